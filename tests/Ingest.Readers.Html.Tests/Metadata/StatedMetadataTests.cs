using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Metadata;

/// <summary>
/// The general ways news and blog pages state their published date and author (schema.org JSON-LD, OpenGraph and
/// other meta vocabularies, microdata, microformats, bylines), one page written for these tests per way.
/// </summary>
public sealed class StatedMetadataTests
{
    private static readonly DateOnly March4 = new(2021, 3, 4);

    [Theory]
    [InlineData("""<script type="application/ld+json">{"@type":"ReportageNewsArticle","headline":"Spring tides","datePublished":"2021-03-04T08:00:00Z"}</script>""")]
    [InlineData("""<script type="application/ld+json">{"@type":["NewsArticle","Article"],"headline":"Spring tides","datePublished":"2021-03-04"}</script>""")]
    [InlineData("""<script type="application/ld+json">{"@type":"BlogPosting","headline":"Spring tides","dateCreated":"2021-03-04"}</script>""")]
    [InlineData("""<script type="application/ld+json">{"@type":"VideoObject","name":"Spring tides","uploadDate":"2021-03-04T08:00:00Z"}</script>""")]
    [InlineData("""<script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"Spring tides","datePublished":"2021-03-04"},{"@type":"NewsArticle","headline":"Spring tides"}]}</script>""")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Spring tides\",\"description\":\"Two\nlines\",\"datePublished\":\"2021-03-04\"}</script>")]
    [InlineData("""<script type="application/ld+json; charset=utf-8">{"@type":"NewsArticle","headline":"Spring tides","datePublished":"2021-03-04"}</script>""")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"BreadcrumbList\",\"itemListElement\":[]}\n{\"@type\":\"NewsArticle\",\"headline\":\"Spring tides\",\"datePublished\":\"2021-03-04\"}</script>")]
    [InlineData("""<script type="application/ld+json">window.__ld = {"@type":"NewsArticle","headline":"Spring tides","datePublished":"2021-03-04"};</script>""")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Spring tides","author":{"name":"Ilse Marr"}}</script><script type="application/ld+json">{"@type":"WebPage","name":"Spring tides","datePublished":"2021-03-04"}</script>""")]
    [InlineData("""<meta property="og:article:published_time" content="2021-03-04T08:00:00Z">""")]
    [InlineData("""<meta property="article:published" content="2021-03-04T08:00:00Z">""")]
    [InlineData("""<meta name="DC.date.issued" content="2021-03-04">""")]
    [InlineData("""<meta name="dcterms.issued" content="2021-03-04">""")]
    [InlineData("""<meta name="dcterms.date" content="2021-03-04">""")]
    [InlineData("""<meta name="DC.date" content="2021-03-04">""")]
    [InlineData("""<meta name="parsely-pub-date" content="2021-03-04T08:00:00Z">""")]
    [InlineData("""<meta name="sailthru.date" content="2021-03-04 08:00:00">""")]
    [InlineData("""<meta itemprop="datePublished" content="2021-03-04">""")]
    [InlineData("""<meta name="publish-date" content="2021-03-04">""")]
    [InlineData("""<meta name="publish_date" content="2021-03-04">""")]
    [InlineData("""<meta name="publishdate" content="2021-03-04">""")]
    [InlineData("""<meta name="citation_publication_date" content="2021/03/04">""")]
    [InlineData("""<meta property="article:published_date" content="2021-03-04">""")]
    [InlineData("""<meta name="cms.publish-time" content="2021-03-04T08:00:00Z">""")]
    [InlineData("""<meta property="article:published_time" content="Thursday"><meta name="pubdate" content="2021-03-04">""")]
    [InlineData("""<meta property="article:published_time" content="Thu, 04 Mar 2021 08:00:00 GMT">""")]
    [InlineData("""<meta property="article:published_time" content="2021-03-04 08:00:00 +0100">""")]
    [InlineData("""<meta property="article:published_time" content="Thursday, March 4, 2021">""")]
    [InlineData("""<meta property="article:published_time" content="March 4, 2021 at 8:00 a.m. EST">""")]
    [InlineData("""<meta name="date" content="2021/03/04">""")]
    [InlineData("""<meta name="article:publication_date" content="2021-03-04">""")]
    [InlineData("""<meta name="parsely-page" content='{"title":"Spring tides","pub_date":"2021-03-04T08:00:00Z","author":"Ilse Marr"}'>""")]
    public async Task A_date_stated_in_the_head_is_the_published_date(string head)
    {
        var document = await ReadAsync(head, "<h1>Spring tides</h1>" + HtmlPages.Article());

        Assert.Equal(March4, document.Metadata.Published);
    }

    [Theory]
    [InlineData("<header><h1>Spring tides</h1><time class=\"dt-published\" datetime=\"2021-03-04T08:00\">4 March</time></header>")]
    [InlineData("<header><h1>Spring tides</h1><time>March 4, 2021</time></header>")]
    [InlineData("<header><h1>Spring tides</h1><time>2021-03-04</time></header>")]
    [InlineData("<div class=\"h-entry\"><h1 class=\"p-name\">Spring tides</h1><data class=\"dt-published\" value=\"2021-03-04\">4 March</data></div>")]
    [InlineData("<div class=\"h-entry\"><h1 class=\"p-name\">Spring tides</h1><span class=\"dt-published\">2021-03-04 08:00</span></div>")]
    [InlineData("<div class=\"hentry\"><h1 class=\"entry-title\">Spring tides</h1><abbr class=\"published\" title=\"2021-03-04T08:00:00Z\">4 March</abbr></div>")]
    [InlineData("<h1>Spring tides</h1><span itemprop=\"datePublished\">2021-03-04</span>")]
    [InlineData("<h1>Spring tides</h1><meta itemprop=\"datePublished\" content=\"2021-03-04\">")]
    [InlineData("<h1>Spring tides</h1><p class=\"byline\">By Ilse Marr | March 4, 2021</p>")]
    [InlineData("<h1>Spring tides</h1><div class=\"post-meta\">Posted on 4 March 2021 by Ilse Marr</div>")]
    [InlineData("<h1>Spring tides</h1><span class=\"article-date\">Published: Mar. 4, 2021, 8:00 a.m.</span>")]
    [InlineData("<div class=\"entry-meta\"><span class=\"date\">4th March 2021</span></div><h1>Spring tides</h1>")]
    [InlineData("<h1>Spring tides</h1><p>Updated <time class=\"updated\" datetime=\"2021-06-30\">30 June</time></p><p>First published <time datetime=\"2021-03-04\">4 March</time></p>")]
    [InlineData("<h1>Spring tides</h1><p><time itemprop=\"dateModified\" datetime=\"2021-06-30\">30 June</time> <time datetime=\"2021-03-04\">4 March</time></p>")]
    [InlineData("<h1>Spring tides</h1><time datetime=\"08:00\">March 4, 2021, 8:00</time>")]
    [InlineData("<h1>Spring tides</h1><div class=\"article-date\">04.03.2021, 08:00 Uhr</div>")]
    [InlineData("<h1>Spring tides</h1><div class=\"timestamp\">Posted 2021/03/04 08:00</div>")]
    [InlineData("<h1>Spring tides</h1><p>March 4, 2021</p>")]
    [InlineData("<h1>Spring tides</h1><div>Published: Thursday, 4 March 2021, 08:00 GMT</div>")]
    [InlineData("<h1>Spring tides</h1><p>Updated <time class=\"updated\" datetime=\"2021-03-04\">4 March</time></p>")]
    public async Task A_date_stated_in_the_article_header_is_the_published_date(string header)
    {
        var document = await ReadAsync(string.Empty, header + HtmlPages.Article());

        Assert.Equal(March4, document.Metadata.Published);
    }

    [Theory]
    [InlineData("https://tides.example.org/2021/03/04/spring-tides/")]
    [InlineData("https://tides.example.org/news/2021/3/4/spring-tides")]
    [InlineData("https://tides.example.org/2021-03-04/spring-tides")]
    [InlineData("https://tides.example.org/news/2021/03/04/spring-tides.html")]
    [InlineData("https://tides.example.org/world/2021/mar/04/spring-tides")]
    public async Task A_date_in_the_address_path_is_the_published_date(string address)
    {
        var document = await HtmlPages.ReadAsync("<!DOCTYPE html><html><head><title>Spring tides</title></head><body><h1>Spring tides</h1>" + HtmlPages.Article() + "</body></html>", uri: new Uri(address));

        Assert.Equal(March4, document.Metadata.Published);
    }

    [Theory]
    [InlineData("""<script type="application/ld+json">{"@type":"ReportageNewsArticle","headline":"Spring tides","author":{"@type":"Person","name":"Ilse Marr"}}</script>""")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Spring tides","author":{"@type":"Person","givenName":"Ilse","familyName":"Marr"}}</script>""")]
    [InlineData("""<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Spring tides","author":[{"@id":"https://tides.example/#/p/1"}]},{"@type":"Person","@id":"https://tides.example/#/p/1","name":"Ilse Marr"}]}</script>""")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Spring tides\",\"description\":\"Two\nlines\",\"author\":{\"@type\":\"Person\",\"name\":\"Ilse Marr\"}}</script>")]
    [InlineData("""<meta property="og:article:author" content="Ilse Marr">""")]
    [InlineData("""<meta property="article:author" content="https://www.facebook.com/tides"><meta name="author" content="Ilse Marr">""")]
    [InlineData("""<meta name="sailthru.author" content="Ilse Marr">""")]
    [InlineData("""<meta name="byl" content="By Ilse Marr">""")]
    [InlineData("""<meta name="dcterms.creator" content="Ilse Marr">""")]
    [InlineData("""<meta property="og:author" name="author" content="Ilse Marr">""")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Spring tides","author":{"@id":"#imarr"}}</script><script type="application/ld+json">{"@type":"Person","@id":"#imarr","givenName":"Ilse","familyName":"Marr"}</script>""")]
    [InlineData("""<meta name="parsely-page" content='{"title":"Spring tides","pub_date":"2021-03-04T08:00:00Z","authors":["Ilse Marr"]}'>""")]
    [InlineData("""<meta name="parsely-page" content='{"title":"Spring tides", broken'><meta name="author" content="Ilse Marr">""")]
    [InlineData("""<script type="application/ld+json">{"@type":"Organization","name":"Tides Daily"}{"@type":"NewsArticle","headline":"Spring tides","author":{"@type":"Person","name":"Ilse Marr"}}</script>""")]
    [InlineData("""<meta itemprop="author" content="Ilse Marr">""")]
    [InlineData("""<meta name="citation_author" content="Marr, Ilse">""")]
    [InlineData("""<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ilse Marr"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes">""")]
    public async Task A_name_stated_in_the_head_is_the_author(string head)
    {
        var document = await ReadAsync(head, "<h1>Spring tides</h1>" + HtmlPages.Article());

        Assert.Single(document.Metadata.Authors);
        Assert.Contains("Marr", document.Metadata.Authors[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class=\"h-entry\"><h1 class=\"p-name\">Spring tides</h1><a class=\"p-author h-card\" href=\"/\">Ilse Marr</a></div>")]
    [InlineData("<h1>Spring tides</h1><span class=\"p-author\">Ilse Marr</span>")]
    [InlineData("<h1>Spring tides</h1><span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><meta itemprop=\"name\" content=\"Ilse Marr\"></span>")]
    [InlineData("<h1>Spring tides</h1><div class=\"author\"><a href=\"/author/ilse-marr\">Ilse Marr</a></div>")]
    [InlineData("<h1>Spring tides</h1><p><span class=\"by\">By</span> <a href=\"/people/ilse-marr\">Ilse Marr</a></p>")]
    [InlineData("<header><h1>Spring tides</h1><p class=\"article-meta\">By <a href=\"/p/1\">Ilse Marr</a> · 4 March 2021</p></header>")]
    [InlineData("<h1>Spring tides</h1><p class=\"byline\">By Ilse Marr, Associated Press</p>")]
    [InlineData("<h1>Spring tides</h1><p class=\"byline\">BY ILSE MARR</p>")]
    [InlineData("<h1>Spring tides</h1><div class=\"byline\"><span class=\"byline__name\">Ilse Marr</span><span class=\"byline__title\">Harbour Correspondent</span></div>")]
    [InlineData("<h1>Spring tides</h1><p>By <a href=\"/p/1\">Ilse Marr</a> on March 4, 2021</p>")]
    [InlineData("<h1>Spring tides</h1><div><a href=\"/by/ilse-marr\">Ilse Marr</a></div>")]
    [InlineData("<h1>Spring tides</h1><p class=\"byline\">By Ilse Marr<br>Staff Writer</p>")]
    [InlineData("<h1>Spring tides</h1><div class=\"byline\">By Ilse Marr<br>Harbour Correspondent</div>")]
    [InlineData("<h1>Spring tides</h1><div class=\"author\">Ilse Marr <span class=\"role\">Senior Reporter</span></div>")]
    [InlineData("<h1>Spring tides</h1><p>By Ilse Marr, Harbour Correspondent, in Kiel</p>")]
    [InlineData("<h1>Spring tides</h1><p>By Ilse Marr<br>Chief White House Correspondent</p>")]
    [InlineData("<h1>Spring tides</h1><p class=\"byline\">Ilse Marr / Reuters</p>")]
    [InlineData("<h1>Spring tides</h1><p class=\"byline\">By Ilse Marr @imarr</p>")]
    [InlineData("<h1>Spring tides</h1><p class=\"byline\">By Ilse Marr, CNN Business</p>")]
    [InlineData("<h1>Spring tides</h1><div><a href=\"https://tides.example/profile/ilsemarr\">Ilse Marr</a></div>")]
    [InlineData("<h1>Spring tides</h1><div><a href=\"/autor/ilse-marr/\">Ilse Marr</a></div>")]
    public async Task A_name_stated_in_the_markup_is_the_author(string header)
    {
        var document = await ReadAsync(string.Empty, header + HtmlPages.Article());

        Assert.Single(document.Metadata.Authors);
        Assert.Equal("ilse marr", document.Metadata.Authors[0].ToLowerInvariant());
    }

    [Theory]
    [InlineData("""<meta property="article:author" content="Ilse Marr"><meta property="article:author" content="Tomas Pyke">""", "")]
    [InlineData("""<meta name="author" content="Ilse Marr, Tomas Pyke">""", "")]
    [InlineData("""<meta name="author" content="Ilse Marr and Tomas Pyke">""", "")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Spring tides","author":[{"@type":"Person","name":"Ilse Marr"},{"@type":"Person","name":"Tomas Pyke"}]}</script>""", "")]
    [InlineData("", "<p class=\"byline\">By Ilse Marr and Tomas Pyke, Reuters</p>")]
    [InlineData("", "<p class=\"byline\">By Ilse Marr, Tomas Pyke and Reuters</p>")]
    public async Task Two_stated_authors_are_both_kept(string head, string byline)
    {
        var document = await ReadAsync(head, "<h1>Spring tides</h1>" + byline + HtmlPages.Article());

        Assert.Equal(["Ilse Marr", "Tomas Pyke"], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("<h1>Spring tides</h1><p class=\"clock\">10:30</p><time>Today, 10:30</time>")]
    [InlineData("<h1>Spring tides</h1><span class=\"date-label\">Today</span>")]
    [InlineData("<h1>Spring tides</h1>")]
    [InlineData("<h1>Spring tides</h1><span class=\"date\">31.02.2021</span>")]
    [InlineData("<h1>Spring tides</h1><table><tr><td>March 4, 2021</td><td>High water</td></tr></table>")]
    [InlineData("<h1>Spring tides</h1><p>March 4, 2021 was the day the council met to hear the harbour master on the dredging.</p>")]
    [InlineData("<h1>Spring tides</h1><table class=\"infobox vevent\"><tr><th>First released</th><td>March 4, 2021 <span class=\"dtstart published\">2021-03-04</span></td></tr></table>")]
    public async Task A_page_that_states_no_date_has_none(string header)
    {
        var document = await HtmlPages.ReadAsync(
            "<!DOCTYPE html><html><head><title>Spring tides</title><meta name=\"twitter:label1\" content=\"Est. reading time\"><meta name=\"twitter:data1\" content=\"4 minutes\"></head><body>" + header + HtmlPages.Article() + "</body></html>",
            uri: new Uri("https://tides.example.org/news/spring-tides"));

        Assert.Null(document.Metadata.Published);
        Assert.Empty(document.Metadata.Authors);
    }

    [Fact]
    public async Task The_dates_in_a_list_of_other_stories_are_not_the_published_date()
    {
        var related = "<aside class=\"related\"><ul>" + string.Concat(Enumerable.Range(1, 4).Select(i => $"<li><a href=\"/s/{i}\">Other story {i}</a> <span class=\"date\">June {i}, 2020</span></li>")) + "</ul></aside>";

        var document = await ReadAsync(string.Empty, "<h1>Spring tides</h1>" + HtmlPages.Article() + related);

        Assert.Null(document.Metadata.Published);
    }

    private static Task<Document> ReadAsync(string head, string body)
        => HtmlPages.ReadAsync("<!DOCTYPE html><html><head><title>Spring tides</title>" + head + "</head><body>" + body + "</body></html>");
}
