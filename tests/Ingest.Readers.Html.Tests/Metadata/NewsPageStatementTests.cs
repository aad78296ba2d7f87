using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Metadata;

/// <summary>
/// Whole news pages (site header, navigation, article header, story, footer) that state their author and date the
/// ways sites commonly do: JSON-LD (a string, an object, an array, a <c>@graph</c> with the person by <c>@id</c>),
/// <c>&lt;meta&gt;</c> tags, <c>rel=author</c>, microdata, byline classes, "By" lines with roles and agencies, a name
/// beside a date, <c>&lt;time&gt;</c> in the header, the address. Values that name no person (a profile address, a
/// mailbox, "Staff", the site) give way to one that does.
/// </summary>
public sealed class NewsPageStatementTests
{
    [Theory]
    [InlineData("""<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":"Ilse Marr","datePublished":"2024-03-05T10:00:00Z"}</script>""", "", "Ilse Marr")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ilse Marr","url":"https://harbourtimes.example/author/ilse-marr"}}</script>""", "", "Ilse Marr")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ilse Marr"},{"@type":"Person","name":"Tomas Berg"}]}</script>""", "", "Ilse Marr;Tomas Berg")]
    [InlineData("""<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"https://harbourtimes.example/#website","name":"The Harbour Times"},{"@type":"Article","@id":"https://harbourtimes.example/x/#article","author":{"@id":"https://harbourtimes.example/#/schema/person/9f1"},"publisher":{"@id":"https://harbourtimes.example/#organization"}},{"@type":"Organization","@id":"https://harbourtimes.example/#organization","name":"The Harbour Times"},{"@type":"Person","@id":"https://harbourtimes.example/#/schema/person/9f1","name":"Ilse Marr"}]}</script>""", "", "Ilse Marr")]
    [InlineData("""<meta name="author" content="Ilse Marr">""", "", "Ilse Marr")]
    [InlineData("""<meta name="author" content="Ilse Marr, Tomas Berg">""", "", "Ilse Marr;Tomas Berg")]
    [InlineData("""<meta property="article:author" content="https://www.facebook.com/harbourtimes">""", """<p class="byline">By Ilse Marr</p>""", "Ilse Marr")]
    [InlineData("""<meta name="author" content="ilse.marr@harbourtimes.example">""", "", "")]
    [InlineData("""<meta name="author" content="The Harbour Times">""", """<span class="author-name">Ilse Marr</span>""", "Ilse Marr")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Staff"}}</script>""", """<p class="byline">By Ilse Marr</p>""", "Ilse Marr")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"The Harbour Times"}}</script>""", """<div class="byline">By <span class="author">Ilse Marr</span></div>""", "Ilse Marr")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"https://harbourtimes.example/author/ilse-marr"}}</script>""", """<p class="byline">By Ilse Marr</p>""", "Ilse Marr")]
    [InlineData("", """<div class="meta">By <a rel="author" href="/staff/ilse-marr">Ilse Marr</a></div>""", "Ilse Marr")]
    [InlineData("", """<div class="meta"><span itemprop="author" itemscope itemtype="https://schema.org/Person">By <span itemprop="name">Ilse Marr</span></span></div>""", "Ilse Marr")]
    [InlineData("", """<div class="c-byline">By <a href="/authors/ilse-marr">Ilse Marr</a> and <a href="/authors/tomas-berg">Tomas Berg</a></div>""", "Ilse Marr;Tomas Berg")]
    [InlineData("", """<p class="byline">By Ilse Marr, Political Editor, and Tomas Berg, Economics Correspondent</p>""", "Ilse Marr;Tomas Berg")]
    [InlineData("", """<p class="byline">By Ilse Marr, Bureau Chief, New York</p>""", "Ilse Marr")]
    [InlineData("", """<p class="byline">By Ilse Marr, Editor and Publisher</p>""", "Ilse Marr")]
    [InlineData("", """<address class="author">By <a rel="author" href="/profile/ilse-marr">Ilse Marr</a></address>""", "Ilse Marr")]
    [InlineData("", """<div class="byline"><span>By <a href="/profiles/ilse-marr">Ilse Marr</a>, CNN</span><div class="timestamp">Updated 10:42 AM EST, Tue March 5, 2024</div></div>""", "Ilse Marr")]
    [InlineData("", """<p class="byline">By Ilse Marr, Associated Press</p>""", "Ilse Marr")]
    [InlineData("", """<p class="byline">By Jan van der Berg and Seán O'Neill-McCarthy</p>""", "Jan van der Berg;Seán O'Neill-McCarthy")]
    [InlineData("", """<div class="byline">By <a href="/author/ilse-marr">Ilse Marr</a> • 5 min read</div>""", "Ilse Marr")]
    [InlineData("", """<figure><img src="p.jpg"><figcaption>The pier in 2019. Photo by Karl Jung</figcaption></figure><p class="byline">By Ilse Marr</p>""", "Ilse Marr")]
    [InlineData("", """<div class="entry-meta"><span class="posted-on">Posted on <a href="/2024/03/05/x/" rel="bookmark"><time class="entry-date published" datetime="2024-03-05T08:00:00+00:00">March 5, 2024</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/ilse/">Ilse Marr</a></span></span></div>""", "Ilse Marr")]
    public async Task The_page_s_author_is_the_person_it_states(string head, string header, string expected)
    {
        var document = await NewsPage.ReadAsync(NewsPage.Build(head, header));

        Assert.Equal(expected, string.Join(";", document.Metadata.Authors));
    }

    [Theory]
    [InlineData("""<p class="article-meta">Ilse Marr | March 5, 2024</p>""")]
    [InlineData("""<div class="post-date">March 5, 2024 · Ilse Marr</div>""")]
    [InlineData("""<div><a href="/@ilsemarr"><img alt="" src="a.jpg"></a><div><a href="/@ilsemarr">Ilse Marr</a></div><span>5 min read</span></div>""")]
    public async Task A_name_beside_the_date_or_linked_to_a_handle_profile_under_the_headline_is_the_author(string header)
    {
        var document = await NewsPage.ReadAsync(NewsPage.Build(header: header));

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("""<p class="article-meta">Reuters | March 5, 2024</p>""")]
    [InlineData("""<p class="article-meta">Harbour News | 5 min read | March 5, 2024</p>""")]
    [InlineData("""<div class="date">Updated | March 5, 2024</div>""")]
    public async Task A_date_line_without_a_person_s_name_gives_no_author(string header)
    {
        var document = await NewsPage.ReadAsync(NewsPage.Build(header: header));

        Assert.Empty(document.Metadata.Authors);
        Assert.Equal(new DateOnly(2024, 3, 5), document.Metadata.Published);
    }

    [Fact]
    public async Task A_name_beside_a_date_in_a_list_of_other_stories_is_not_the_author()
    {
        var page = NewsPage.Build(end: """<div class="related-stories"><h3>More news</h3><ul><li><a href="/a">Storm shuts ferry for a week</a><p class="meta">Karl Jung | March 1, 2024</p></li></ul></div>""");

        var document = await NewsPage.ReadAsync(page);

        Assert.Empty(document.Metadata.Authors);
    }

    [Theory]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2024-03-07T10:00:00Z","datePublished":"2024-03-05T10:00:00Z"}</script>""", "")]
    [InlineData("""<meta property="article:modified_time" content="2024-03-07T10:00:00+00:00"><meta property="article:published_time" content="2024-03-05T10:00:00+00:00">""", "")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-05T23:30:00-05:00"}</script>""", "")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"March 5, 2024"}</script>""", "")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-05 10:00:00"}</script>""", "")]
    [InlineData("""<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2023-01-01T00:00:00Z"},{"@type":"NewsArticle","datePublished":"2024-03-05T10:00:00Z"}]}</script>""", "")]
    [InlineData("""<meta property="og:updated_time" content="2024-03-07T10:00:00+00:00">""", """<time datetime="2024-03-05T10:00:00Z">March 5</time>""")]
    [InlineData("", """<meta itemprop="datePublished" content="2024-03-05"><span>5 March 2024</span>""")]
    [InlineData("", """<p class="dateline">Updated March 6, 2024 | Published March 5, 2024</p>""")]
    [InlineData("", """<div class="article-dates"><p>Last modified on Thu 7 Mar 2024 10.00 GMT</p><p>First published on Tue 5 Mar 2024 08.00 GMT</p></div>""")]
    [InlineData("", """<div class="article-info">Written by <a href="/writers/ilse-marr">Ilse Marr</a> on March 5, 2024</div>""")]
    [InlineData("", """<p>By Ilse Marr, March 5, 2024</p>""")]
    [InlineData("", """<span class="date">March 5, 2024 at 10:00 a.m. EST</span>""")]
    [InlineData("", """<p>Posted <time>Tue 5 Mar 2024 08:00</time></p>""")]
    [InlineData("""<meta property="article:published_time" content="1709632800">""", "")]
    [InlineData("""<meta name="pubdate" content="1709632800000">""", "")]
    public async Task The_published_date_is_the_one_the_page_states_not_the_update(string head, string header)
    {
        var page = NewsPage.Build(head, header, end: """<section class="related"><h2>More</h2><ul><li><a href="/b">Ferry back in service</a><time datetime="2024-03-09">9 March</time></li></ul></section>""");

        var document = await NewsPage.ReadAsync(page);

        Assert.Equal(new DateOnly(2024, 3, 5), document.Metadata.Published);
    }

    [Theory]
    [InlineData("""<meta property="article:published_time" content="1234567890123456">""")]
    [InlineData("""<meta property="article:published_time" content="0000000042">""")]
    public async Task A_number_that_is_not_unix_time_of_the_web_s_years_is_no_date(string head)
    {
        var document = await NewsPage.ReadAsync(NewsPage.Build(head));

        Assert.Null(document.Metadata.Published);
    }

    [Fact]
    public async Task An_embedded_post_s_date_and_credit_are_not_the_page_s()
    {
        var page = NewsPage.Build(inStory: """<blockquote class="twitter-tweet"><p>The market is closing. Sad day.</p>&mdash; Karl Jung (@kjung) <a href="https://x.example/kjung/status/1">March 5, 2024</a></blockquote><blockquote><p>We were told the pier would be repaired.</p><p>By Karl Jung, trader</p></blockquote>""");

        var document = await NewsPage.ReadAsync(page);

        Assert.Null(document.Metadata.Published);
        Assert.Empty(document.Metadata.Authors);
        Assert.Contains("The market is closing. Sad day.", NewsPage.Body(document), StringComparison.Ordinal);
    }
}
