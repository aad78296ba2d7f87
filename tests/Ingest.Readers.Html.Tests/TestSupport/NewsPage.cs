namespace Ingest.Readers.Html.Tests.TestSupport;

/// <summary>
/// A whole news page as sites lay one out: the site's header and navigation, an <c>&lt;article&gt;</c> with its own
/// header (headline, then what the test puts there) and body, the site's footer. Tests put the author and date
/// statements in the head, the article header or the body, and check what the reader takes from the page.
/// </summary>
internal static class NewsPage
{
    /// <summary>The story's paragraphs, each with words found nowhere else on the page.</summary>
    public static readonly string[] Story =
    [
        "The harbour council voted on Tuesday to close the old fish market after inspectors found cracks in the pier that had been patched for a decade.",
        "Traders who have sold from the quay since the 1980s said the decision came without warning and left them weeks to find new stalls.",
        "Engineers estimate the repairs will cost about four million euros, money the town says it does not have until the regional budget is settled.",
        "A public meeting is planned for next month, when residents will be able to question the engineers and the mayor about the timetable.",
    ];

    /// <summary>The page's headline.</summary>
    public const string Headline = "Harbour council closes the old fish market";

    /// <summary>The page's address.</summary>
    public static readonly Uri Address = new("https://harbourtimes.example/news/fish-market-closes");

    /// <summary>Builds the page: <paramref name="head"/> in the head, <paramref name="header"/> under the headline, <paramref name="inStory"/> after the second paragraph, <paramref name="end"/> after the last.</summary>
    public static string Build(string head = "", string header = "", string inStory = "", string end = "")
        => "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Headline + " | The Harbour Times</title>"
            + "<meta property=\"og:site_name\" content=\"The Harbour Times\">" + head + "</head><body>"
            + "<header class=\"site-header\"><a href=\"/\" class=\"logo\">The Harbour Times</a><nav><ul><li><a href=\"/news\">News</a></li>"
            + "<li><a href=\"/sport\">Sport</a></li><li><a href=\"/business\">Business</a></li></ul></nav></header>"
            + "<main><article class=\"article\"><header class=\"article-header\"><h1>" + Headline + "</h1>" + header + "</header>"
            + "<div class=\"article-body\"><p>" + Story[0] + "</p><p>" + Story[1] + "</p>" + inStory + "<p>" + Story[2] + "</p><p>" + Story[3] + "</p>" + end + "</div>"
            + "</article></main><footer class=\"site-footer\"><p>The Harbour Times, Quay Street 4</p><ul><li><a href=\"/about\">About us</a></li>"
            + "<li><a href=\"/privacy\">Privacy</a></li></ul></footer></body></html>";

    /// <summary>Reads a page built by <see cref="Build"/> from <see cref="Address"/> or <paramref name="uri"/>.</summary>
    public static Task<Document> ReadAsync(string page, Uri? uri = null) => HtmlPages.ReadAsync(page, uri: uri ?? Address);

    /// <summary>The text of every block but the title: the article as the reader gives it.</summary>
    public static string Body(Document document)
        => string.Join("\n", document.Blocks.Where(b => b.Kind != BlockKind.Title).Select(b => b.GetText(document)));
}
