using System.Diagnostics;
using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Robustness;

/// <summary>
/// Extreme shapes of what the content rules look at (note references and notes, spans in paragraphs, captioned
/// figures, buttons) are read in linear time and keep the story.
/// </summary>
public sealed class ExtractionInputTests
{
    // Far above what linear work on these inputs takes on a loaded machine, far below quadratic work's minutes.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    public static TheoryData<string> HostileBodies => new()
    {
        "<p>" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<sup><a href=\"#n{i}\">[{i}]</a></sup>")) + "</p><ol>"
            + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<li id=\"n{i}\"><a href=\"/s{i}\">Source {i}</a></li>")) + "</ol>",
        "<p>" + string.Concat(Enumerable.Repeat("<a href=\"#same\">x</a>", 50_000)) + "</p>",
        "<p>" + string.Concat(Enumerable.Repeat("<span><a href=\"/a\">credit</a></span>", 2_000)) + "</p>",
        "<p>" + string.Concat(Enumerable.Repeat("<span>", 400)) + "<a href=\"/a\">credit</a>" + string.Concat(Enumerable.Repeat("</span>", 400)) + "</p>",
        string.Concat(Enumerable.Repeat("<figure><img src=\"/a.jpg\"><figcaption>Caption <a href=\"/c\">credit</a></figcaption></figure>", 10_000)),
        string.Concat(Enumerable.Repeat("<div><p>Some words of a widget.</p><button>Next</button><input type=\"button\" value=\"Back\"></div>", 10_000)),
    };

    [Theory]
    [MemberData(nameof(HostileBodies))]
    public async Task Extreme_shapes_are_read_quickly_and_the_story_still_comes_through(string body)
    {
        var watch = Stopwatch.StartNew();

        var document = await HtmlPages.ReadAsync("<!DOCTYPE html><html><head><title>Spring tides</title></head><body><h1>Spring tides</h1>"
            + HtmlPages.Article(body) + "</body></html>");

        Assert.True(watch.Elapsed < Limit, $"took {watch.Elapsed}");
        Assert.Contains("Paragraph 5 of the story", document.Text, StringComparison.Ordinal);
    }
}
