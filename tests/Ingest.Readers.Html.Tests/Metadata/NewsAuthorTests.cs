using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Metadata;

/// <summary>
/// Ways news pages state their authors that the other author tests do not cover (credit words of opinion pieces and
/// agencies, closing credit lines, other languages' byline words, the publication after the reporter), with the
/// counter-cases: a sentence opening with "By", a site or paper beside a person, links in navigation.
/// </summary>
public sealed class NewsAuthorTests
{
    private static readonly Uri TidesUri = new("https://tides.example.org/news/spring-tides");

    // A site whose host name shares no word with the papers the tests name.
    private static readonly Uri NewsUri = new("https://news.example.com/spring-tides");

    [Theory]
    [InlineData("""<script type="application/ld+json">{"@type":["NewsArticle"],"headline":"Spring tides","author":{"@type":["Person"],"name":"Ilse Marr"}}</script>""", "Ilse Marr")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Spring tides","author":{"@type":"Person","name":"By Ilse Marr"}}</script>""", "Ilse Marr")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Spring tides","author":["Ilse Marr","Tomas Pyke"]}</script>""", "Ilse Marr;Tomas Pyke")]
    [InlineData("""<script type="application/ld+json">{"@type":"BlogPosting","headline":"Spring tides","author":[{"@type":"Organization","name":"Tides Daily"},{"@type":"Person","name":"Ilse Marr"}]}</script>""", "Ilse Marr")]
    [InlineData("""<meta property="article:author" content="https://tides.example.org/author/ilse-marr">""", "")]
    public async Task A_json_ld_or_meta_statement_gives_the_people_it_names_and_no_address(string head, string expected)
    {
        var document = await ReadAsync(head, "<h1>Spring tides</h1>" + HtmlPages.Article());

        Assert.Equal(expected, string.Join(";", document.Metadata.Authors));
    }

    [Theory]
    [InlineData("""<meta property="article:author" content="https://tides.example.org/author/ilse-marr">""")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Spring tides","author":{"@type":"Person","name":"Tides Daily"},"publisher":{"@type":"Organization","name":"Tides Daily"}}</script>""")]
    [InlineData("""<meta name="author" content="Tides Daily"><meta property="og:site_name" content="Tides Daily"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Spring tides","author":{"@type":"Organization","name":"Tides Daily"}}</script>""")]
    public async Task The_person_in_the_byline_wins_over_a_profile_address_or_the_site_s_own_name(string head)
    {
        var document = await ReadAsync(head, "<h1>Spring tides</h1><p class=\"byline\">By Ilse Marr</p>" + HtmlPages.Article());

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("<p class=\"byline\">Opinion by Ilse Marr</p>", "Ilse Marr")]
    [InlineData("<p>Analysis by Ilse Marr, CNN</p>", "Ilse Marr")]
    [InlineData("<p>Commentary by Ilse Marr and Tomas Pyke</p>", "Ilse Marr;Tomas Pyke")]
    [InlineData("<p class=\"byline\">Words by Ilse Marr | Photos by Tomas Pyke</p>", "Ilse Marr")]
    [InlineData("<div class=\"byline\">By <a href=\"/p/1\">Ilse Marr</a>, <a href=\"/p/2\">Tomas Pyke</a> and <a href=\"/p/3\">Ola Berg</a></div>", "Ilse Marr;Tomas Pyke;Ola Berg")]
    [InlineData("<p class=\"byline\">By Ilse Marr and Tomas Pyke | Updated March 5, 2024</p>", "Ilse Marr;Tomas Pyke")]
    [InlineData("<p class=\"byline\">By Ilse Marr, Staff Writer | March 5, 2024</p>", "Ilse Marr")]
    [InlineData("<p class=\"byline\">By Dr. Ilse Marr</p>", "Dr. Ilse Marr")]
    [InlineData("<p>By Siobhán O’Neill and Tomas Pyke</p>", "Siobhán O’Neill;Tomas Pyke")]
    [InlineData("<p>By Иван Петров</p>", "Иван Петров")]
    [InlineData("<div class=\"contributor\">Ilse Marr</div>", "Ilse Marr")]
    [InlineData("<div class=\"by-line\">By Ilse Marr</div>", "Ilse Marr")]
    [InlineData("<p>By Ilse Marr, staff writer.</p>", "Ilse Marr")]
    [InlineData("<p>By Ilse Marr in Kiel for the Harbour Gazette.</p>", "Ilse Marr")]
    public async Task A_byline_under_the_headline_gives_its_people_without_credits_roles_or_dates(string byline, string expected)
    {
        var document = await ReadAsync(string.Empty, "<h1>Spring tides</h1>" + byline + HtmlPages.Article());

        Assert.Equal(expected, string.Join(";", document.Metadata.Authors));
    }

    [Theory]
    [InlineData("<p class=\"author\">Door Ilse Marr</p>")]
    [InlineData("<p class=\"byline\">Av Ilse Marr</p>")]
    [InlineData("<span class=\"autore\">di Ilse Marr</span>")]
    [InlineData("<p>Von Ilse Marr, dpa</p>")]
    public async Task A_byline_word_of_another_language_is_not_part_of_the_name(string byline)
    {
        var document = await ReadAsync(string.Empty, "<h1>Spring tides</h1>" + byline + HtmlPages.Article());

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("<p>(Reporting by Ilse Marr in Kiel; Editing by Tomas Pyke)</p>", "Ilse Marr")]
    [InlineData("<p>Reporting by Ilse Marr and Tomas Pyke; Editing by Ola Berg</p>", "Ilse Marr;Tomas Pyke")]
    [InlineData("<p>Reporting by Ilse Marr; Additional reporting by Tomas Pyke; Writing by Ola Berg; Editing by Per Holm</p>", "Ilse Marr;Tomas Pyke")]
    public async Task An_agency_s_closing_credit_line_gives_the_reporters_not_the_editors(string credit, string expected)
    {
        // The credit closes a long story, far below the headline, as agencies print it.
        var story = string.Concat(Enumerable.Range(1, 60).Select(i => $"<p>Paragraph {i} of the story, with <a href=\"/x{i}\">a link</a> and <b>some</b> detail, written as a reporter writes.</p>"));

        var document = await ReadAsync(string.Empty, "<h1>Spring tides</h1><article>" + story + credit + "</article>");

        Assert.Equal(expected, string.Join(";", document.Metadata.Authors));
    }

    [Theory]
    [InlineData("<p class=\"byline\">By Ilse Marr, Tides Harbour</p>", "https://tidesharbour.example/news/spring-tides")]
    [InlineData("<p class=\"byline\">By Ilse Marr, The Harbour Daily</p>", "https://news.example.com/spring-tides")]
    [InlineData("<p class=\"byline\">By Ilse Marr, Coast Weekly</p>", "https://news.example.com/spring-tides")]
    public async Task The_publication_after_the_reporter_is_not_a_second_author(string byline, string address)
    {
        var document = await ReadAsync(string.Empty, "<h1>Spring tides</h1>" + byline + HtmlPages.Article(), new Uri(address));

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("""<meta name="author" content="Ilse Marr (Reuters)">""", "")]
    [InlineData("", "<div class=\"byline\"><span>By Ilse Marr</span><span>Harbour Gazette</span></div>")]
    [InlineData("", "<div class=\"byline\"><span>Ilse Marr</span><span>The Harbour Times</span></div>")]
    public async Task The_paper_set_apart_from_the_reporter_by_a_bracket_or_its_own_element_is_not_part_of_the_name(string head, string byline)
    {
        var document = await ReadAsync(head, "<h1>Spring tides</h1>" + byline + HtmlPages.Article(), NewsUri);

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Fact]
    public async Task A_publication_named_after_two_reporters_leaves_both_reporters()
    {
        var document = await ReadAsync("""<meta name="author" content="Tides Daily">""", "<h1>Spring tides</h1><span class=\"byline\">By Ilse Marr and Tomas Pyke, Tides Daily</span>" + HtmlPages.Article());

        Assert.Equal(["Ilse Marr", "Tomas Pyke"], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("""<meta name="author" content="Harbour Gazette Staff"><meta property="article:author" content="Ilse Marr">""", "<h1>Spring tides</h1>")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Spring tides","author":{"@type":"Person","name":"The Associated Press"}}</script>""", "<h1>Spring tides</h1><p class=\"byline\">By Ilse Marr</p>")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Spring tides","author":{"@type":"Person","name":"Metro Desk"}}</script>""", "<h1>Spring tides</h1><p class=\"byline\">By Ilse Marr</p>")]
    public async Task A_person_stated_anywhere_wins_over_a_paper_or_desk_stated_first(string head, string body)
    {
        var document = await ReadAsync(head, body + HtmlPages.Article(), NewsUri);

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Fact]
    public async Task A_desk_is_the_author_when_the_page_names_no_person()
    {
        var document = await ReadAsync("""<meta name="author" content="Editorial Board">""", "<h1>Spring tides</h1>" + HtmlPages.Article());

        Assert.Equal(["Editorial Board"], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("<div class=\"byline\">By Ilse Marr <a href=\"mailto:i@x.example\">Email</a> <a href=\"https://x.example/imarr\">Twitter</a></div>")]
    [InlineData("<div class=\"byline\"><a href=\"/p/1\">Ilse Marr</a><a href=\"https://x.example/imarr\">Follow</a></div>")]
    public async Task The_contact_and_social_links_of_a_byline_are_not_part_of_the_name(string byline)
    {
        var document = await ReadAsync(string.Empty, "<h1>Spring tides</h1>" + byline + HtmlPages.Article());

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Fact]
    public async Task The_credit_in_a_photo_caption_is_not_the_author()
    {
        var document = await ReadAsync(string.Empty, "<h1>Spring tides</h1><figure><img src=\"/a.jpg\" alt=\"\"><figcaption><span>By Tomas Pyke</span></figcaption></figure>"
            + "<p>The quay at dawn, as the story opens.</p><p class=\"story-meta\">By Ilse Marr</p>" + HtmlPages.Article());

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("<p>By Friday at noon the quay was shut.</p>")]
    [InlineData("<p>By March, the council had voted.</p>")]
    [InlineData("<p>By Christmas, the new quay was open</p>")]
    [InlineData("<p>By Ilse Marr’s own account the quay was calm.</p>")]
    [InlineData("<p>KIEL, Germany (AP) — The harbour was shut.</p>")]
    [InlineData("<nav><a href=\"/author/ola-berg\">Ola Berg</a></nav>")]
    public async Task A_sentence_opening_with_by_a_dateline_or_a_menu_link_names_no_author(string markup)
    {
        var document = await ReadAsync("<link rel=\"author\" href=\"/about\">", "<h1>Spring tides</h1>" + markup + HtmlPages.Article());

        Assert.Empty(document.Metadata.Authors);
    }

    private static Task<Document> ReadAsync(string head, string body, Uri? uri = null)
        => HtmlPages.ReadAsync("<!DOCTYPE html><html><head><title>Spring tides</title>" + head + "</head><body>" + body + "</body></html>", uri: uri ?? TidesUri);
}
