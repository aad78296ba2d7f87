using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Metadata;

/// <summary>Where a page states when it was published, and which statement wins, on pages written for these tests.</summary>
public sealed class PublishedDateTests
{
    private static readonly DateOnly March4 = new(2021, 3, 4);

    [Theory]
    [InlineData("""<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Spring tides","datePublished":"2021-03-04T08:00:00+01:00"}]}</script>""", "")]
    [InlineData("""<meta property="article:published_time" content="2021-03-04T08:00:00Z">""", "")]
    [InlineData("", "<time datetime=\"2021-03-04\">4 March</time>")]
    [InlineData("", "<span itemprop=\"datePublished\" content=\"2021-03-04\">4 March</span>")]
    [InlineData("", "<time pubdate datetime=\"2021-03-04T08:00\">4 March</time>")]
    public async Task A_date_stated_in_the_head_or_the_article_header_is_the_published_date(string head, string header)
    {
        var document = await ReadAsync(head, "<h1>Spring tides</h1>" + header + HtmlPages.Article());

        Assert.Equal(March4, document.Metadata.Published);
    }

    [Fact]
    public async Task The_time_in_the_article_header_wins_over_a_time_in_the_page_masthead()
    {
        var masthead = "<header><time datetime=\"2024-06-30\">Today</time>" + string.Concat(Enumerable.Range(1, 60).Select(i => $"<a href=\"/s/{i}\">Section {i}</a>")) + "</header>";

        var document = await ReadAsync(string.Empty, masthead + "<h1>Spring tides</h1><p><time datetime=\"2021-03-04\">4 March 2021</time></p>" + HtmlPages.Article());

        Assert.Equal(March4, document.Metadata.Published);
    }

    [Fact]
    public async Task The_time_marked_as_published_wins_over_an_updated_time_beside_it()
    {
        var document = await ReadAsync(
            string.Empty,
            "<h1>Spring tides</h1><p>Updated <time datetime=\"2021-06-30\">30 June</time>, first published <time itemprop=\"datePublished\" datetime=\"2021-03-04\">4 March</time></p>" + HtmlPages.Article());

        Assert.Equal(March4, document.Metadata.Published);
    }

    [Fact]
    public async Task The_times_of_comments_are_not_the_published_date()
    {
        var document = await ReadAsync(string.Empty, "<h1>Spring tides</h1>" + HtmlPages.Article() + "<section id=\"comments\"><p><time datetime=\"2021-06-30\">30 June</time> Nice.</p></section>");

        Assert.Null(document.Metadata.Published);
    }

    [Fact]
    public async Task A_date_in_the_address_path_is_the_published_date_when_the_page_states_none()
    {
        var document = await HtmlPages.ReadAsync(
            "<!DOCTYPE html><html><head><title>Spring tides</title></head><body><h1>Spring tides</h1>" + HtmlPages.Article() + "</body></html>",
            uri: new Uri("https://tides.example.org/2021/03/04/spring-tides/"));

        Assert.Equal(March4, document.Metadata.Published);
    }

    private static Task<Document> ReadAsync(string head, string body)
        => HtmlPages.ReadAsync("<!DOCTYPE html><html><head><title>Spring tides</title>" + head + "</head><body>" + body + "</body></html>");
}
