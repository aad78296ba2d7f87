using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Metadata;

/// <summary>Pages that the metadata rules read wrongly before the review of session 36, one page per finding.</summary>
public sealed class ReviewedMetadataTests
{
    private static readonly DateOnly March4 = new(2021, 3, 4);

    [Theory]
    [InlineData("<p class=\"byline\">By Ilse Marr, Chief Political Correspondent</p>", "Ilse Marr")]
    [InlineData("<p class=\"byline\">By Ilse Marr, Senior Staff Writer</p>", "Ilse Marr")]
    [InlineData("<p class=\"byline\">By John Paul White Reporter</p>", "John Paul White")]
    [InlineData("<p class=\"byline\">By Ilse Marr Harbour</p>", "Ilse Marr Harbour")]
    public async Task A_role_after_the_name_is_not_an_author_and_does_not_cut_the_surname(string byline, string author)
    {
        var document = await ReadBodyAsync(byline);

        Assert.Equal([author], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("<p>Mayor Ilse Marr resigned on 4 March 2021.</p>")]
    [InlineData("<p>4 March 2021 — the council votes.</p>")]
    [InlineData("<p>Sunday 4 March 2021 was the day the council voted.</p>")]
    public async Task A_story_sentence_that_opens_like_a_date_is_not_the_published_date(string sentence)
    {
        var document = await HtmlPages.ReadAsync(
            "<!DOCTYPE html><html><head><title>Spring tides</title></head><body><h1>Spring tides</h1>" + HtmlPages.Article(sentence) + "</body></html>",
            uri: new Uri("https://tides.example.org/2020/06/30/spring-tides/"));

        Assert.Equal(new DateOnly(2020, 6, 30), document.Metadata.Published);
    }

    [Theory]
    [InlineData("<p>Published: Thursday, 4 March 2021 at 8:00 a.m. EST</p>")]
    [InlineData("<p>4 March 2021, 08:00 GMT</p>")]
    [InlineData("<div>Posted on March 4, 2021 | 08:00</div>")]
    public async Task A_plain_date_line_under_the_headline_is_still_the_published_date(string line)
    {
        var document = await ReadBodyAsync(line);

        Assert.Equal(March4, document.Metadata.Published);
    }

    [Theory]
    [InlineData("<span class=\"date\">Mayor 4, 2021</span>")]
    [InlineData("<span class=\"date\">Mariners 12, 2020</span>")]
    [InlineData("<span class=\"date\">Augsburg 3, 2021</span>")]
    [InlineData("<span class=\"date\">12 Marines 2021</span>")]
    public async Task A_word_that_opens_with_a_month_name_is_no_month(string line)
    {
        var document = await ReadBodyAsync(line);

        Assert.Null(document.Metadata.Published);
    }

    [Fact]
    public async Task The_date_of_a_book_under_review_is_not_the_published_date()
    {
        var document = await ReadHeadAsync("""
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"Review","name":"Spring tides","itemReviewed":{"@id":"#book"}},
              {"@type":"Book","@id":"#book","name":"The Sea","datePublished":"1987-05-01"}]}</script>
            """);

        Assert.Null(document.Metadata.Published);
    }

    [Fact]
    public async Task An_updated_date_line_does_not_beat_the_published_date_beside_it()
    {
        var document = await ReadBodyAsync("<span class=\"updated\">Updated March 6, 2021</span> <span class=\"date\">March 4, 2021</span>");

        Assert.Equal(March4, document.Metadata.Published);
    }

    [Fact]
    public async Task A_name_of_initials_in_capitals_after_and_is_a_second_author()
    {
        var document = await ReadBodyAsync("<p class=\"byline\">By Ilse Marr and AJ Jones</p>");

        Assert.Equal(["Ilse Marr", "AJ Jones"], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("<p class=\"byline\">By Ilse Marr, AP</p>")]
    [InlineData("<p class=\"byline\">By Ilse Marr, CNN Business</p>")]
    public async Task An_agency_after_the_name_is_not_an_author(string byline)
    {
        var document = await ReadBodyAsync(byline);

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("<div class=\"byline\"><span class=\"section-name\">Politics</span> <a class=\"author-name\">Ilse Marr</a></div>")]
    [InlineData("<div class=\"byline\"><span class=\"site-name\">Tides Daily</span> <span class=\"byline__name\">Ilse Marr</span></div>")]
    [InlineData("<div class=\"byline\"><span class=\"username\">imarr</span> <span class=\"author-name\">Ilse Marr</span></div>")]
    public async Task A_section_site_or_user_name_in_a_byline_is_not_an_author(string byline)
    {
        var document = await ReadBodyAsync(byline);

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    private static Task<Document> ReadHeadAsync(string head)
        => HtmlPages.ReadAsync("<!DOCTYPE html><html><head><title>Spring tides</title>" + head + "</head><body><h1>Spring tides</h1>" + HtmlPages.Article() + "</body></html>");

    private static Task<Document> ReadBodyAsync(string beforeArticle)
        => HtmlPages.ReadAsync("<!DOCTYPE html><html><head><title>Spring tides</title></head><body><h1>Spring tides</h1>" + beforeArticle + HtmlPages.Article() + "</body></html>");
}
