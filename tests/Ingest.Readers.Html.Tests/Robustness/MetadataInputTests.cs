using System.Diagnostics;
using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Robustness;

/// <summary>
/// Hostile or broken metadata (huge attributes and texts, deep or broken JSON-LD, long addresses) is read in linear
/// time without a crash; the page's text still comes through.
/// </summary>
public sealed class MetadataInputTests
{
    // Far above what linear work on these inputs takes on a loaded machine, far below a backtracking regex's minutes.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    private static readonly string Spaces = new(' ', 200_000);

    public static TheoryData<string, string> HostileInputs => new()
    {
        { $"<meta name=\"author\" content=\"Ilse{Spaces}Marr\">", string.Empty },
        { $"<meta name=\"author\" content=\"ilse@{Spaces}(Ilse Marr)\">", string.Empty },
        { $"<meta property=\"article:published_time\" content=\"2021{Spaces}-03-04\">", string.Empty },
        { $"<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"By {Spaces}x\">", string.Empty },
        { "<script type=\"application/ld+json\">" + new string('[', 100_000) + "</script>", string.Empty },
        { "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"" + new string('\n', 500_000) + "</script>", string.Empty },
        { "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"a\n" + string.Concat(Enumerable.Repeat("\\\"", 100_000)) + "\"}</script>", string.Empty },
        { "<script type=\"application/ld+json\">" + string.Concat(Enumerable.Repeat("{}", 1_000_000)) + "</script>", string.Empty },
        { string.Concat(Enumerable.Repeat("<script type=\"application/ld+json\">" + string.Concat(Enumerable.Repeat("{}", 10_000)) + "</script>", 100)), string.Empty },
        { string.Empty, $"<p class=\"byline\">By Ilse{Spaces}Marr</p>" },
        { string.Empty, "<p class=\"byline\">By " + string.Concat(Enumerable.Repeat("Ilse Marr and ", 20_000)) + "</p>" },
        { string.Empty, "<time>" + string.Concat(Enumerable.Repeat("March 4 ", 50_000)) + "</time>" },
        { string.Empty, "<span class=\"date\">" + string.Concat(Enumerable.Repeat("4 March ", 50_000)) + "</span>" },
        { string.Empty, string.Concat(Enumerable.Repeat("<div class=\"post-meta\">", 2_000)) + "Posted 4 March 2021" + string.Concat(Enumerable.Repeat("</div>", 2_000)) },
        { string.Empty, string.Concat(Enumerable.Repeat("<span class=\"date\">4 March 2021</span>", 20_000)) },
        { string.Empty, string.Concat(Enumerable.Repeat("<div itemscope itemtype=\"https://schema.org/ImageObject\">", 2_000)) + string.Concat(Enumerable.Repeat("<span itemprop=\"author\">Tomas Pyke</span>", 20_000)) },
        { string.Empty, string.Concat(Enumerable.Repeat("<div itemscope itemtype=\"https://schema.org/Photograph\">", 2_000)) + string.Concat(Enumerable.Repeat("<span itemprop=\"creator\">Tomas Pyke</span>", 20_000)) },
        { string.Empty, "<div itemscope itemtype=\"https://schema.org/" + new string(' ', 200_000) + "Photograph\"><span itemprop=\"author\">Tomas Pyke</span></div>" },
        { string.Empty, string.Concat(Enumerable.Repeat("<footer>", 2_000)) + string.Concat(Enumerable.Repeat("<address>Coast Council<br>Harbour Road</address>", 20_000)) },
        { $"<link rel=\"canonical\" href=\"https://tides.example/{string.Concat(Enumerable.Repeat("2021/", 40_000))}\">", string.Empty },
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public async Task Hostile_metadata_is_read_quickly_and_the_text_still_comes_through(string head, string body)
    {
        var watch = Stopwatch.StartNew();

        var document = await HtmlPages.ReadAsync("<!DOCTYPE html><html><head><title>Spring tides</title>" + head + "</head><body>" + body + "<h1>Spring tides</h1>" + HtmlPages.Article() + "</body></html>");

        Assert.True(watch.Elapsed < Limit, $"took {watch.Elapsed}");
        Assert.Contains("Paragraph 5 of the story", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_ld_script_of_a_million_empty_objects_is_read_quickly_and_in_little_memory()
    {
        var html = "<!DOCTYPE html><html><head><title>Spring tides</title><script type=\"application/ld+json\">" + string.Concat(Enumerable.Repeat("{}", 1_000_000))
            + "</script></head><body><h1>Spring tides</h1>" + HtmlPages.Article() + "</body></html>";
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();

        var document = await HtmlPages.ReadAsync(html);

        // Parsing every value took seconds and a JSON document per value (hundreds of megabytes); the parse itself is linear and small.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 100_000_000, $"allocated {GC.GetAllocatedBytesForCurrentThread() - allocated} bytes");
        Assert.Contains("Paragraph 5 of the story", document.Text, StringComparison.Ordinal);
    }
}
