using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Metadata;

/// <summary>Which of several author statements in a page's markup names its author, on pages written for these tests.</summary>
public sealed class AuthorRankingTests
{
    [Fact]
    public async Task The_byline_beside_the_headline_wins_over_a_teaser_byline_earlier_in_the_page()
    {
        var document = await ReadAsync(
            "<div class=\"top-stories\"><div class=\"teaser\"><a href=\"/a\">Ferry fares rise</a> <span class=\"byline\">By Tomas Pyke</span></div></div>"
            + "<h1>Spring tides</h1><p class=\"byline\">By Ilse Marr</p>" + HtmlPages.Article());

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Fact]
    public async Task A_name_beside_the_headline_wins_over_a_byline_class_far_from_it()
    {
        var farAway = string.Concat(Enumerable.Range(1, 300).Select(i => $"<span>{i}</span>"));
        var document = await ReadAsync(
            "<div class=\"author-of-the-week\">Tomas Pyke</div>" + farAway + "<h1>Spring tides</h1><p>By Ilse Marr</p>" + HtmlPages.Article());

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Fact]
    public async Task The_authors_of_comments_are_not_the_author_of_the_article()
    {
        var document = await ReadAsync(
            "<h1>Spring tides</h1>" + HtmlPages.Article()
            + "<section id=\"comments\"><div class=\"comment\"><span class=\"comment-author\">Tomas Pyke</span><p>Great piece.</p></div></section>");

        Assert.Empty(document.Metadata.Authors);
    }

    [Fact]
    public async Task A_byline_inside_navigation_or_an_aside_is_not_the_author()
    {
        var document = await ReadAsync(
            "<aside><span class=\"byline\">By Tomas Pyke</span></aside><nav><a class=\"author\" href=\"/x\">Tomas Pyke</a></nav>"
            + "<h1>Spring tides</h1>" + HtmlPages.Article());

        Assert.Empty(document.Metadata.Authors);
    }

    [Fact]
    public async Task The_meta_block_of_an_article_in_its_own_aside_names_the_author()
    {
        var document = await HtmlPages.ReadAsync(
            "<!DOCTYPE html><html><head><title>Spring tides</title></head><body class=\"single with-sidebar sidebar-primary\"><h1>Tides blog</h1><article><h2>Spring tides</h2>"
            + string.Concat(Enumerable.Range(1, 5).Select(i => $"<p>Paragraph {i} of the story, with enough words, commas, and detail to read like prose written by a reporter.</p>"))
            + "<aside><p><span itemprop=\"author\" itemscope><span itemprop=\"name\">Ilse Marr</span></span> \u2014 2021-03-04</p></aside></article></body></html>");

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("<a class=\"author-link\" href=\"/authors/\">Authors</a>")]
    [InlineData("<div class=\"author\">About the author</div>")]
    [InlineData("<span class=\"byline\">View all posts</span>")]
    public async Task A_label_in_byline_markup_gives_way_to_the_name(string label)
    {
        var document = await ReadAsync(label + "<h1>Spring tides</h1><div class=\"byline\">Ilse Marr</div>" + HtmlPages.Article());

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Fact]
    public async Task A_microdata_author_may_give_its_name_in_a_meta_content_attribute()
    {
        var document = await ReadAsync(
            "<h1>Spring tides</h1><div itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><meta itemprop=\"name\" content=\"Ilse Marr\"><img src=\"/i.jpg\" alt=\"\"></div>"
            + HtmlPages.Article());

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("<p>Posted by Ilse Marr on March 4, 2021</p>")]
    [InlineData("<p>Author: Ilse Marr</p>")]
    [InlineData("<p>Written by Ilse Marr | 4 March 2021</p>")]
    [InlineData("<div class=\"writer\">Ilse Marr</div>")]
    [InlineData("<div class=\"contributor-name\">Ilse Marr</div>")]
    [InlineData("<div id=\"by-line\">Ilse Marr</div>")]
    [InlineData("<div class=\"byline\">Ilse Marr Updated 4 March 2021</div>")]
    [InlineData("<div class=\"byline\">By Ilse Marr for the Harbour Gazette</div>")]
    [InlineData("<div class=\"byline\">Ilse Marr, Harbour Correspondent</div>")]
    [InlineData("<p><a href=\"https://tides.example.org/contributors/ilse-marr\">Ilse Marr</a> · 4 March 2021</p>")]
    public async Task Common_ways_of_stating_the_author_beside_the_headline_give_the_name(string line)
    {
        var document = await ReadAsync("<h1>Spring tides</h1>" + line + HtmlPages.Article());

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Fact]
    public async Task A_byline_listing_three_people_with_commas_gives_three_authors()
    {
        var document = await ReadAsync("<h1>Spring tides</h1><p class=\"byline\">By Ilse Marr, Tomas Pyke and Ada Quill</p>" + HtmlPages.Article());

        Assert.Equal(["Ilse Marr", "Tomas Pyke", "Ada Quill"], document.Metadata.Authors);
    }

    [Fact]
    public async Task A_link_to_an_author_page_far_from_the_headline_names_no_author()
    {
        var document = await ReadAsync("<h1>Spring tides</h1>" + HtmlPages.Article()
            + string.Concat(Enumerable.Range(1, 300).Select(i => $"<span>{i}</span>")) + "<a href=\"https://tides.example.org/authors/tomas-pyke\">Tomas Pyke</a>");

        Assert.Empty(document.Metadata.Authors);
    }

    [Fact]
    public async Task The_name_in_an_author_box_at_the_end_is_the_author_when_nothing_else_names_one()
    {
        var document = await ReadAsync("<h1>Spring tides</h1>" + HtmlPages.Article()
            + "<div class=\"author-box\"><h4 class=\"author-name\">Ilse Marr</h4><p>Ilse Marr has covered the harbour since 2009 and writes about the sea.</p></div>");

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    private static Task<Document> ReadAsync(string body)
        => HtmlPages.ReadAsync("<!DOCTYPE html><html><head><title>Spring tides</title></head><body>" + body + "</body></html>");
}
