using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Metadata;

/// <summary>Metadata written in the wrappers and places that real pages use, on pages written for these tests.</summary>
public sealed class MetadataFallbackTests
{
    [Theory]
    [InlineData("<![CDATA[ {0} ]]>")]
    [InlineData("//<![CDATA[\n{0}\n//]]>")]
    [InlineData("<!-- {0} -->")]
    public async Task Json_ld_wrapped_in_cdata_or_a_comment_is_read(string wrapper)
    {
        var json = """{"@type":"BlogPosting","headline":"Tide tables revised","datePublished":"2021-03-04","author":{"@type":"Person","name":"Oona Brae"}}""";
        var document = await ReadHeadAsync("<script type=\"application/ld+json\">" + wrapper.Replace("{0}", json, StringComparison.Ordinal) + "</script>");

        Assert.Equal(new DateOnly(2021, 3, 4), document.Metadata.Published);
        Assert.Equal(["Oona Brae"], document.Metadata.Authors);
    }

    [Fact]
    public async Task The_date_in_the_canonical_address_is_the_last_resort_for_the_published_date()
    {
        var document = await ReadHeadAsync("<title>Tide tables revised</title><link rel=\"canonical\" href=\"https://harbour.example.org/news/2019/07/21/tide-tables/\">");

        Assert.Equal(new DateOnly(2019, 7, 21), document.Metadata.Published);
    }

    [Fact]
    public async Task An_address_with_a_year_and_month_only_gives_no_date()
    {
        var document = await ReadHeadAsync("<title>Archive</title><link rel=\"canonical\" href=\"https://harbour.example.org/2019/07/\">");

        Assert.Null(document.Metadata.Published);
    }

    [Fact]
    public async Task A_social_handle_gives_way_to_the_byline_in_the_page()
    {
        var document = await HtmlPages.ReadAsync(
            "<html><head><meta name=\"twitter:creator\" content=\"@obrae\"><meta name=\"author\" content=\"@obrae\"></head><body>"
            + "<div class=\"byline\">By Oona Brae</div>" + HtmlPages.Article() + "</body></html>");

        Assert.Equal(["Oona Brae"], document.Metadata.Authors);
    }

    [Fact]
    public async Task A_json_ld_headline_unlike_the_page_title_is_not_the_title()
    {
        var document = await ReadHeadAsync(
            "<title>Brackish lagoon - Coastal Atlas</title><meta property=\"og:title\" content=\"Brackish lagoon\">"
            + """<script type="application/ld+json">{"@type":"Article","name":"Brackish lagoon","headline":"shallow body of water separated from the sea"}</script>""");

        Assert.Equal("Brackish lagoon", document.Metadata.Title);
    }

    private static Task<Document> ReadHeadAsync(string head)
        => HtmlPages.ReadAsync("<!DOCTYPE html><html><head>" + head + "</head><body>" + HtmlPages.Article() + "</body></html>");
}
