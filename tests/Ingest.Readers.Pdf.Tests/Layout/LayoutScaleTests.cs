using System.Diagnostics;
using Ingest.Readers.Pdf.Layout;
using Xunit.Abstractions;

namespace Ingest.Readers.Pdf.Tests.Layout;

public sealed class LayoutScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void Analyzes_a_hundred_dense_two_column_pages_quickly()
    {
        var pages = new SyntheticPage[100];
        // Every line starts with a capital, so no column reads as the continuation of the one before it.
        const string Line = "Dense column text with many words";
        for (var p = 0; p < pages.Length; p++)
        {
            // Each page's lines differ, so nothing repeats like a running header.
            var tag = new string((char)('A' + (p % 26)), 1 + (p / 26));
            pages[p] = new SyntheticPage(p + 1);
            for (var l = 0; l < 55; l++)
            {
                pages[p].Text(Line + " " + tag, 40, 760 - (l * 12), size: 9);
                pages[p].Text(tag + " " + Line, 320, 760 - (l * 12), size: 9);
            }
        }

        var built = pages.Select(p => p.Build()).ToArray();
        var glyphs = built.Sum(p => p.Glyphs.Count);
        PdfLayoutAnalyzer.Analyze(built[..2], CancellationToken.None);

        var watch = Stopwatch.StartNew();
        var blocks = PdfLayoutAnalyzer.Analyze(built, CancellationToken.None);
        watch.Stop();

        output.WriteLine($"{glyphs} glyphs on {built.Length} pages in {watch.ElapsedMilliseconds} ms: {glyphs / watch.Elapsed.TotalSeconds:N0} glyphs/s");
        Assert.Equal(200, blocks.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Stops_when_cancelled()
    {
        var page = new SyntheticPage();
        page.Text("text", 72, 700);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => PdfLayoutAnalyzer.Analyze([page.Build()], cancellation.Token));
    }
}
