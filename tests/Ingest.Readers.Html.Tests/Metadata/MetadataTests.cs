using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Metadata;

public sealed class MetadataTests
{
    [Fact]
    public async Task Reads_opengraph_title_site_description_and_canonical_url()
    {
        var document = await ReadHeadAsync(
            "<title>Ceasefire holds - The Courier</title><meta property=\"og:title\" content=\"Ceasefire holds\"><meta property=\"og:site_name\" content=\"The Courier\">"
            + "<meta name=\"description\" content=\"A short summary.\"><link rel=\"canonical\" href=\"/world/ceasefire\">");

        Assert.Equal("Ceasefire holds", document.Metadata.Title);
        Assert.Equal("The Courier", document.Metadata.SiteName);
        Assert.Equal("A short summary.", document.Metadata.Description);
        Assert.Equal(new Uri("https://news.example.com/world/ceasefire"), document.Metadata.CanonicalUrl);
    }

    [Fact]
    public async Task Reads_headline_authors_and_dates_from_json_ld()
    {
        var document = await ReadHeadAsync(
            """
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Courier"},
             {"@type":"NewsArticle","headline":"Shusha falls","datePublished":"2020-11-08T23:30:00+04:00","dateModified":"2020-11-09T10:00:00Z",
              "author":[{"@type":"Person","name":"Clara Weiss"},{"@type":"Person","name":"Alex Lantier"}],"publisher":{"@type":"Organization","name":"WSWS"}}]}
            </script>
            """);

        Assert.Equal("Shusha falls", document.Metadata.Title);
        Assert.Equal(["Clara Weiss", "Alex Lantier"], document.Metadata.Authors);
        Assert.Equal(new DateOnly(2020, 11, 8), document.Metadata.Published);
        Assert.Equal(new DateOnly(2020, 11, 9), document.Metadata.Modified);
        Assert.Equal("WSWS", document.Metadata.SiteName);
    }

    [Fact]
    public async Task Broken_json_ld_is_ignored()
    {
        var document = await ReadHeadAsync("<script type=\"application/ld+json\">{\"headline\": \"oops\",, </script><title>Plain title</title>");

        Assert.Equal("Plain title", document.Metadata.Title);
    }

    [Fact]
    public async Task Reads_article_meta_tags_for_author_and_dates()
    {
        var document = await ReadHeadAsync(
            "<meta name=\"author\" content=\"Alex Lantier\"><meta property=\"article:published_time\" content=\"2020-11-12T05:00:00-05:00\"><meta property=\"article:modified_time\" content=\"2020-11-13\">");

        Assert.Equal(["Alex Lantier"], document.Metadata.Authors);
        Assert.Equal(new DateOnly(2020, 11, 12), document.Metadata.Published);
        Assert.Equal(new DateOnly(2020, 11, 13), document.Metadata.Modified);
    }

    [Fact]
    public async Task Removes_the_site_name_from_the_title_element()
    {
        var document = await ReadHeadAsync("<title>The Courier | Armenia and Azerbaijan sign truce</title><meta property=\"og:site_name\" content=\"The Courier\">");

        Assert.Equal("Armenia and Azerbaijan sign truce", document.Metadata.Title);
    }

    [Fact]
    public async Task Prefers_the_single_h1_when_the_title_element_decorates_it()
    {
        var html = "<html><head><title>Armenia and Azerbaijan sign truce :: World :: Courier Online</title></head><body><h1>Armenia and Azerbaijan sign truce</h1>"
            + HtmlPages.Article() + "</body></html>";

        var document = await HtmlPages.ReadAsync(html);

        Assert.Equal("Armenia and Azerbaijan sign truce", document.Metadata.Title);
    }

    [Fact]
    public async Task Uses_the_h1_when_there_is_no_other_title()
    {
        var document = await HtmlPages.ReadAsync("<html><body><h1>Only a heading</h1>" + HtmlPages.Article() + "</body></html>");

        Assert.Equal("Only a heading", document.Metadata.Title);
    }

    [Fact]
    public async Task Reads_the_byline_element_and_time_datetime()
    {
        var html = "<html><head><title>t</title></head><body><article><header><h1>t</h1><span class=\"byline\">By Clara Weiss</span>"
            + "<time datetime=\"2020-10-05T12:00\">5 October 2020</time></header>" + HtmlPages.Article() + "</article></body></html>";

        var document = await HtmlPages.ReadAsync(html);

        Assert.Equal(["Clara Weiss"], document.Metadata.Authors);
        Assert.Equal(new DateOnly(2020, 10, 5), document.Metadata.Published);
        Assert.DoesNotContain("Clara", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_the_language_of_the_html_element()
    {
        var document = await HtmlPages.ReadAsync("<html lang=\"ru-RU\"><head><title>t</title></head><body><p>Привет</p></body></html>");

        Assert.Equal("ru-RU", document.Metadata.Language);
    }

    private static Task<Document> ReadHeadAsync(string head)
        => HtmlPages.ReadAsync("<!DOCTYPE html><html><head>" + head + "</head><body>" + HtmlPages.Article() + "</body></html>");
}
