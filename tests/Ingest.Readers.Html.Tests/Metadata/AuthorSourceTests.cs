using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Metadata;

/// <summary>Every way a page states its author, and which statement wins when several disagree, on pages written for these tests.</summary>
public sealed class AuthorSourceTests
{
    [Theory]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Spring tides","author":{"@type":"Person","name":"Ilse Marr"}}</script>""")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Spring tides","author":"Ilse Marr"}</script>""")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Spring tides","author":[{"@type":"Person","name":["Ilse Marr"]}]}</script>""")]
    [InlineData("""<script type="application/ld+json">{"@type":"Article","headline":"Spring tides","creator":["Ilse Marr"]}</script>""")]
    [InlineData("""<script type="application/ld+json">[{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"Spring tides","author":{"@type":"Person","name":"Ilse Marr"}}]}]</script>""")]
    [InlineData("""<script type="application/ld+json">{"@type":"WebPage","name":"Spring tides","author":{"@type":"Person","name":"Ilse Marr"}}</script>""")]
    [InlineData("""<meta name="author" content="Ilse Marr">""")]
    [InlineData("""<meta property="article:author" content="Ilse Marr">""")]
    [InlineData("""<meta name="parsely-author" content="Ilse Marr">""")]
    [InlineData("""<meta name="DC.creator" content="Ilse Marr">""")]
    [InlineData("""<meta name="author" content="By Ilse Marr">""")]
    [InlineData("""<meta name="author" content="imarr@tides.example (Ilse Marr)">""")]
    [InlineData("""<meta name="author" content="Ilse Marr <imarr@tides.example>">""")]
    public async Task A_name_stated_in_the_head_is_the_author(string head)
    {
        var document = await ReadAsync(head, string.Empty);

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("<p>By <a rel=\"author\" href=\"/people/imarr\">Ilse Marr</a></p>")]
    [InlineData("<div itemprop=\"author\" itemscope><span itemprop=\"name\">Ilse Marr</span></div>")]
    [InlineData("<div class=\"hentry\"><span class=\"vcard\"><span class=\"fn\">Ilse Marr</span></span></div>")]
    [InlineData("<article class=\"h-entry\"><div class=\"h-card\"><a class=\"p-name u-url\" href=\"/me\">Ilse Marr</a></div></article>")]
    [InlineData("<p class=\"byline\">By Ilse Marr | Reuters</p>")]
    [InlineData("<p class=\"byline\">By Ilse Marr, Reuters</p>")]
    [InlineData("<p class=\"byline\">By Ilse Marr, The Harbour Times</p>")]
    [InlineData("<p class=\"byline\">By Ilse Marr March 4, 2021</p>")]
    [InlineData("<p class=\"byline\">By Ilse Marr Thursday, 4 March 2021</p>")]
    [InlineData("<p class=\"byline\">Ilse Marr | Staff Writer</p>")]
    [InlineData("<p>Posted on March 4, 2021 by Ilse Marr</p>")]
    [InlineData("<p>Published 4 March 2021, 08:00 by <a href=\"/people/imarr\">Ilse Marr</a></p>")]
    [InlineData("<p>Written by: Ilse Marr</p>")]
    [InlineData("<p>Autor: Ilse Marr</p>")]
    [InlineData("<p class=\"meta\">Written by Ilse Marr Edited by Tomas Pyke</p>")]
    [InlineData("<p>Story by Ilse Marr Photographs by Tomas Pyke</p>")]
    [InlineData("<p class=\"byline\">By Ilse Marr, Staff Writer</p>")]
    [InlineData("<p>— by Ilse Marr</p>")]
    [InlineData("<div class=\"author-name\">Ilse Marr</div><div class=\"author-title\">Harbour Correspondent</div>")]
    public async Task A_name_stated_in_the_markup_is_the_author_without_what_surrounds_it(string byline)
    {
        var document = await ReadAsync(string.Empty, byline);

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("<p class=\"byline\">By Ilse Marr and Tomas Pyke | Reuters</p>")]
    [InlineData("<p class=\"byline\">By <a rel=\"author\" href=\"/p/1\">Ilse Marr</a> and <a rel=\"author\" href=\"/p/2\">Tomas Pyke</a></p>")]
    [InlineData("<p>By <span itemprop=\"author\">Ilse Marr</span> and <span itemprop=\"author\">Tomas Pyke</span></p>")]
    [InlineData("<p>By <span class=\"author\">Ilse Marr</span>, <span class=\"author\">Tomas Pyke</span></p>")]
    public async Task A_byline_of_two_people_gives_both(string byline)
    {
        var document = await ReadAsync(string.Empty, byline);

        Assert.Equal(["Ilse Marr", "Tomas Pyke"], document.Metadata.Authors);
    }

    [Fact]
    public async Task A_byline_in_capitals_splits_at_a_capital_and()
    {
        var document = await ReadAsync(string.Empty, "<p class=\"byline\">BY ILSE MARR AND TOMAS PYKE</p>");

        Assert.Equal(["ILSE MARR", "TOMAS PYKE"], document.Metadata.Authors);
    }

    [Fact]
    public async Task A_json_ld_author_string_naming_two_people_gives_both()
    {
        var document = await ReadAsync("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Spring tides","author":"By Ilse Marr and Tomas Pyke"}</script>""", string.Empty);

        Assert.Equal(["Ilse Marr", "Tomas Pyke"], document.Metadata.Authors);
    }

    [Fact]
    public async Task A_name_written_surname_first_stays_one_author()
    {
        var document = await ReadAsync("""<meta name="author" content="Marr, Ilse">""", string.Empty);

        Assert.Equal(["Marr, Ilse"], document.Metadata.Authors);
    }

    [Fact]
    public async Task Structured_data_wins_over_a_byline_in_the_text()
    {
        var document = await ReadAsync("""<meta name="author" content="Ilse Marr">""", "<p class=\"byline\">By Tomas Pyke</p>");

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("""<meta property="og:site_name" content="Tides Daily"><meta name="author" content="Tides Daily">""")]
    [InlineData("""<meta name="author" content="news.example.com">""")]
    [InlineData("""<meta name="author" content="Staff">""")]
    [InlineData("""<meta name="author" content="newsroom@tides.example">""")]
    [InlineData("""<meta name="author" content="https://www.facebook.com/tidesdaily"><meta property="article:author" content="https://www.facebook.com/imarr">""")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Spring tides","author":{"@type":"Organization","name":"Harbour Wire"}}</script>""")]
    [InlineData("""<script type="application/ld+json">{"@graph":[{"@type":["NewsMediaOrganization"],"@id":"#org","name":"Harbour Wire"},{"@type":"NewsArticle","headline":"Spring tides","author":[{"@id":"#org"}]}]}</script>""")]
    public async Task A_person_in_the_byline_wins_over_a_head_statement_naming_the_site_or_nobody(string head)
    {
        var document = await ReadAsync(head, "<p class=\"byline\">By Ilse Marr</p>");

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Fact]
    public async Task The_site_is_the_author_when_the_page_states_it_and_names_no_person()
    {
        var document = await ReadAsync("""<meta property="og:site_name" content="Tides Daily"><meta name="author" content="Tides Daily">""", string.Empty);

        Assert.Equal(["Tides Daily"], document.Metadata.Authors);
    }

    [Fact]
    public async Task An_hcard_outside_an_entry_describes_the_subject_not_the_author()
    {
        var document = await ReadAsync(string.Empty, "<table class=\"infobox vcard\"><tr><th class=\"fn org\">Harbour Wire Company</th></tr></table><div class=\"vcard\"><span class=\"fn\">Tomas Pyke</span></div>");

        Assert.Empty(document.Metadata.Authors);
    }

    [Theory]
    [InlineData("""<meta name="author" content="Staff">""")]
    [InlineData("""<meta name="author" content="admin">""")]
    [InlineData("""<meta name="author" content="https://tides.example.org/about">""")]
    [InlineData("""<meta name="author" content="mailto:newsroom@tides.example">""")]
    public async Task A_value_that_names_nobody_is_no_author(string head)
    {
        var document = await ReadAsync(head, string.Empty);

        Assert.Empty(document.Metadata.Authors);
    }

    [Fact]
    public async Task Writers_named_in_the_page_header_do_not_hide_the_byline_under_the_headline()
    {
        // A columnists' menu of thirty author-page links before the article, each marked as an author.
        var menu = string.Concat(Enumerable.Range(1, 30).Select(i => $"<li class=\"author-item\"><a href=\"/author/w{i}\">Writer Number{i}</a></li>"));
        var document = await HtmlPages.ReadAsync("<!DOCTYPE html><html><head><title>Spring tides</title></head><body><header><ul class=\"columnists\">" + menu
            + "</ul></header><h1>Spring tides</h1><p class=\"byline\">By Ilse Marr</p>" + HtmlPages.Article() + "</body></html>");

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Fact]
    public async Task A_link_to_an_author_page_under_a_headline_set_in_h2_is_the_author()
    {
        var document = await HtmlPages.ReadAsync("<!DOCTYPE html><html><head><title>Spring tides | Tides Daily</title><meta property=\"og:site_name\" content=\"Tides Daily\"></head><body><div class=\"logo\">Tides Daily</div>"
            + "<h2 class=\"headline\">Spring tides</h2><div class=\"story-info\"><a href=\"/writer/ilse_marr/\">Ilse Marr</a></div>" + HtmlPages.Article() + "</body></html>");

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    private static Task<Document> ReadAsync(string head, string byline)
        => HtmlPages.ReadAsync("<!DOCTYPE html><html><head><title>Spring tides</title>" + head + "</head><body><h1>Spring tides</h1>" + byline + HtmlPages.Article() + "</body></html>");
}
