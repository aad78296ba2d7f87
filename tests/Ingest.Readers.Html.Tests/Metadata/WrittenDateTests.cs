using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Metadata;

/// <summary>
/// Published dates stated in ways the other date tests do not cover: other languages' month names, two dates on one
/// line, publishing systems' compact stamps, dates in the address written as eight digits, and the last update as the
/// date of last resort; with the counter-cases (a sentence, a planet, a relative time).
/// </summary>
public sealed class WrittenDateTests
{
    private static readonly Uri UndatedUri = new("https://tides.example.org/news/spring-tides");

    [Theory]
    [InlineData("<p>Veröffentlicht am 5. März 2024</p>")]
    [InlineData("<span class=\"date\">5. März 2024, 10:00 Uhr</span>")]
    [InlineData("<p>Dienstag, 5. März 2024</p>")]
    [InlineData("<span class=\"date\">Publié le 5 mars 2024 à 10h00</span>")]
    [InlineData("<time>5 mars 2024</time>")]
    [InlineData("<span class=\"date\">5 de marzo de 2024</span>")]
    [InlineData("<p>Publicado el 5 de marzo de 2024 a las 10:00</p>")]
    [InlineData("<span class=\"date\">5 marzo 2024</span>")]
    [InlineData("<span class=\"date\">5 de março de 2024</span>")]
    [InlineData("<p>Gepubliceerd op 5 maart 2024 om 10:00</p>")]
    [InlineData("<span class=\"date\">5 марта 2024 г.</span>")]
    [InlineData("<time>5 marca 2024</time>")]
    [InlineData("<span class=\"date\">2024年3月5日 10:00</span>")]
    [InlineData("<span class=\"date\">2024년 3월 5일</span>")]
    public async Task A_date_written_in_another_language_is_read(string line)
    {
        var document = await ReadAsync(string.Empty, line);

        Assert.Equal(new DateOnly(2024, 3, 5), document.Metadata.Published);
    }

    [Theory]
    [InlineData("<span class=\"date\">Updated 6 March 2024, published 5 March 2024</span>")]
    [InlineData("<p>Published 5 March 2024 · Updated 6 March 2024</p>")]
    [InlineData("<p>Updated 6 March 2024</p><p>Published 5 March 2024</p>")]
    [InlineData("<p>Publié le 5 mars 2024 à 10h00, mis à jour le 6 mars 2024 à 12h00</p>")]
    [InlineData("<p>Aktualisiert am 6. März 2024, 10:00 Uhr</p><p>Veröffentlicht am 5. März 2024</p>")]
    public async Task Of_a_published_and_an_updated_date_the_published_one_is_taken(string lines)
    {
        var document = await ReadAsync(string.Empty, lines);

        Assert.Equal(new DateOnly(2024, 3, 5), document.Metadata.Published);
    }

    [Theory]
    [InlineData("""<meta name="pdate" content="20240305">""", "")]
    [InlineData("""<meta name="ptime" content="20240305101500">""", "")]
    [InlineData("""<meta name="DISPLAYDATE" content="March 5, 2024">""", "")]
    [InlineData("""<meta itemprop="dateCreated" content="2024-03-05">""", "")]
    [InlineData("""<meta name="OriginalPublicationDate" content="2024/03/05 10:00:00">""", "")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Spring tides","datePublished":"2024-03-05T23:30:00-05:00"}</script>""", "")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Spring tides","datePublished":"March 5, 2024"}</script>""", "")]
    [InlineData("", "<time>2024-03-05T10:00:00Z</time>")]
    [InlineData("", "<p class=\"byline\">By Ilse Marr, March 5th, 2024</p>")]
    public async Task A_date_stated_in_a_publishing_system_s_own_form_is_read_as_written(string head, string header)
    {
        var document = await ReadAsync(head, header);

        Assert.Equal(new DateOnly(2024, 3, 5), document.Metadata.Published);
    }

    [Theory]
    [InlineData("https://tides.example.org/news/20240305/spring-tides")]
    [InlineData("https://tides.example.org/news/spring-tides-20240305.html")]
    public async Task A_date_of_eight_digits_in_the_address_is_the_published_date(string address)
    {
        var document = await HtmlPages.ReadAsync(Page(string.Empty, string.Empty), uri: new Uri(address));

        Assert.Equal(new DateOnly(2024, 3, 5), document.Metadata.Published);
    }

    [Theory]
    [InlineData("https://tides.example.org/2024/03/spring-tides")]
    [InlineData("https://tides.example.org/news/story/12345678/spring-tides")]
    [InlineData("https://tides.example.org/news/story/202403051234/spring-tides")]
    [InlineData("https://tides.example.org/news/story/20241305/spring-tides")]
    public async Task A_month_alone_or_an_identifier_in_the_address_is_no_date(string address)
    {
        var document = await HtmlPages.ReadAsync(Page(string.Empty, string.Empty), uri: new Uri(address));

        Assert.Null(document.Metadata.Published);
    }

    [Theory]
    [InlineData("https://tides.example.org/2024/03/05/spring-tides", 5)]
    [InlineData("https://tides.example.org/news/spring-tides", 6)]
    public async Task The_last_update_is_the_date_only_when_neither_the_page_nor_its_address_states_another(string address, int day)
    {
        var document = await HtmlPages.ReadAsync(Page(string.Empty, "<p>Last updated 6 March 2024</p>"), uri: new Uri(address));

        Assert.Equal(new DateOnly(2024, 3, day), document.Metadata.Published);
    }

    [Fact]
    public async Task A_date_followed_by_an_update_time_is_the_published_date()
    {
        // The address's date (a day earlier, as a page filed before midnight) is the fallback this must beat.
        var document = await HtmlPages.ReadAsync(Page(string.Empty, "<p>March 5, 2024 Updated 3:45 p.m.</p>"), uri: new Uri("https://tides.example.org/2024/03/04/spring-tides"));

        Assert.Equal(new DateOnly(2024, 3, 5), document.Metadata.Published);
    }

    [Fact]
    public async Task The_date_in_a_photo_caption_is_not_the_published_date()
    {
        var document = await ReadAsync(string.Empty, "<figure><img src=\"/a.jpg\" alt=\"\"><figcaption><time datetime=\"2019-01-01\">1 Jan 2019</time></figcaption></figure><p class=\"date\">March 5, 2024</p>");

        Assert.Equal(new DateOnly(2024, 3, 5), document.Metadata.Published);
    }

    [Theory]
    [InlineData("<p>El 5 de marzo de 2024 el consejo votó la reforma del puerto.</p>")]
    [InlineData("<span class=\"date\">Mars 2024 mission</span>")]
    [InlineData("<p>5 hours ago</p>")]
    [InlineData("<span class=\"date\">31. Februar 2024</span>")]
    public async Task A_sentence_a_month_without_a_day_or_a_relative_time_is_no_published_date(string line)
    {
        var document = await ReadAsync(string.Empty, line);

        Assert.Null(document.Metadata.Published);
    }

    private static Task<Document> ReadAsync(string head, string header)
        => HtmlPages.ReadAsync(Page(head, header), uri: UndatedUri);

    private static string Page(string head, string header)
        => "<!DOCTYPE html><html><head><title>Spring tides</title>" + head + "</head><body><h1>Spring tides</h1>" + header + HtmlPages.Article() + "</body></html>";
}
