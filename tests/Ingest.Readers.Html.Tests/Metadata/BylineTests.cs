using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Metadata;

/// <summary>Authors and dates stated in the ways real pages state them, on pages written for these tests.</summary>
public sealed class BylineTests
{
    [Fact]
    public async Task A_json_ld_author_given_by_reference_is_the_person_of_that_id_in_the_graph()
    {
        var document = await ReadHeadAsync("""
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebPage","@id":"https://tides.example.org/p/#webpage","name":"Spring tides"},
              {"@type":"Article","@id":"https://tides.example.org/p/#article","headline":"Spring tides","author":{"@id":"https://tides.example.org/#/person/7"}},
              {"@type":"Person","@id":"https://tides.example.org/#/person/7","name":"Ilse Marr"}]}</script>
            """);

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Fact]
    public async Task The_json_ld_page_author_stands_in_when_the_article_node_names_none()
    {
        var document = await ReadHeadAsync("""
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebPage","@id":"https://tides.example.org/p/#webpage","name":"Spring tides","author":{"@type":"Person","name":"Ilse Marr"}},
              {"@type":"NewsArticle","headline":"Spring tides","datePublished":"2021-03-04"}]}</script>
            """);

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Fact]
    public async Task An_author_field_of_a_mailbox_spread_over_runs_of_spaces_gives_the_display_name()
    {
        var document = await ReadHeadAsync("""<meta name="author" content="  Ilse      Marr   <ilse@tides.example>  ">""");

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Fact]
    public async Task A_json_ld_author_of_an_address_after_200000_spaces_names_nobody_and_does_not_stall_the_read()
    {
        // The mailbox pattern backtracked over the whole run before the text was collapsed: minutes for this field.
        var author = "x" + new string(' ', 200_000) + "@";
        var document = await ReadHeadAsync("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Spring tides\",\"author\":\"" + author + "\"}</script>");

        Assert.Empty(document.Metadata.Authors);
    }

    [Fact]
    public async Task Every_author_of_a_json_ld_author_array_is_kept_in_order()
    {
        var document = await ReadHeadAsync("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Spring tides","author":[{"@type":"Person","name":"Ilse Marr"},"Tomas Pyke"]}</script>""");

        Assert.Equal(["Ilse Marr", "Tomas Pyke"], document.Metadata.Authors);
    }

    [Fact]
    public async Task The_json_ld_published_date_wins_over_a_differing_meta_tag()
    {
        var document = await ReadHeadAsync(
            """<meta property="article:published_time" content="2021-06-30T10:00:00Z"><script type="application/ld+json">{"@type":"BlogPosting","headline":"Spring tides","datePublished":"2021-03-04T08:00:00Z"}</script>""");

        Assert.Equal(new DateOnly(2021, 3, 4), document.Metadata.Published);
    }

    [Fact]
    public async Task The_name_element_inside_a_byline_is_the_author_without_the_date_beside_it()
    {
        var document = await ReadBodyAsync(
            "<div class=\"article-meta\"><span class=\"byline\">By <a rel=\"author\" href=\"/staff/imarr\">Ilse Marr</a> | 4 March 2021, 08:00</span></div>");

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Fact]
    public async Task A_byline_naming_two_people_gives_two_authors()
    {
        var document = await ReadBodyAsync("<p class=\"byline\">By Ilse Marr and Tomas Pyke</p>");

        Assert.Equal(["Ilse Marr", "Tomas Pyke"], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("<p>By Ilse Marr</p>")]
    [InlineData("<div>By Ilse Marr, Harbour Correspondent</div>")]
    [InlineData("<p><span>By</span> <a href=\"/staff/7\">Ilse Marr</a></p>")]
    [InlineData("<p>By Ilse Marr · 4 March 2021</p>")]
    public async Task A_line_reading_by_and_a_name_gives_the_author(string line)
    {
        var document = await ReadBodyAsync(line);

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("<p>By contrast, the harbour stayed calm all week.</p>")]
    [InlineData("<p>By Monday the water had risen past the quay and the road to the lighthouse was shut.</p>")]
    public async Task A_sentence_opening_with_by_names_no_author(string line)
    {
        var document = await ReadBodyAsync(line);

        Assert.Empty(document.Metadata.Authors);
    }

    [Fact]
    public async Task The_address_element_names_the_author_when_nothing_else_does()
    {
        var document = await ReadBodyAsync("<address>Ilse Marr</address>");

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Fact]
    public async Task A_microdata_author_gives_its_name_property_not_its_links()
    {
        var document = await ReadBodyAsync(
            "<div itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><span itemprop=\"name\">Ilse Marr</span> <a href=\"/rss\">Follow</a> <a href=\"mailto:i@example.org\">Email</a></div>");

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    private static Task<Document> ReadHeadAsync(string head)
        => HtmlPages.ReadAsync("<!DOCTYPE html><html><head><title>Spring tides</title>" + head + "</head><body>" + HtmlPages.Article() + "</body></html>");

    private static Task<Document> ReadBodyAsync(string beforeArticle)
        => HtmlPages.ReadAsync("<!DOCTYPE html><html><head><title>Spring tides</title></head><body><h1>Spring tides</h1>" + beforeArticle + HtmlPages.Article() + "</body></html>");
}
