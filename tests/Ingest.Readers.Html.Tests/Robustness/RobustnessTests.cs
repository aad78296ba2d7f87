using System.Diagnostics;
using System.Text;
using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Robustness;

public sealed class RobustnessTests
{
    [Fact]
    public async Task Reads_malformed_markup()
    {
        var document = await HtmlPages.ReadPageTextAsync("<p>Unclosed <b>bold <i>both</b> italic?<p>Second<div><span>in div</p></td></table></html>tail &bogus; &#xZZ; <a href=>x</a");

        Assert.Contains("Unclosed bold both italic?", document.Text, StringComparison.Ordinal);
        Assert.Contains("Second", document.Text, StringComparison.Ordinal);
        Assert.Contains("in div", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    [InlineData("blockquote")]
    public async Task Reads_a_dom_nested_ten_thousand_levels_deep(string tag)
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 10_000; i++)
        {
            html.Append('<').Append(tag).Append('>').Append(i % 1000 == 0 ? "word" + i + " " : string.Empty);
        }

        html.Append("deepest");
        var document = await HtmlPages.ReadAsync(html.ToString(), new HtmlReaderOptions { ExtractMainContent = false, IncludeTitle = false });

        Assert.Contains("word0", document.Text, StringComparison.Ordinal);
        Assert.Contains("word9000", document.Text, StringComparison.Ordinal);
        Assert.Contains("deepest", document.Text, StringComparison.Ordinal);
        Assert.Contains(document.Diagnostics, d => d.Code == "html.depth.limit");
    }

    [Fact]
    public async Task Reads_ten_thousand_levels_deep_when_the_depth_limit_is_lifted()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 10_000)) + "deepest" + string.Concat(Enumerable.Repeat("</div>", 10_000));
        var document = await RunOnSmallStackAsync(() => HtmlPages.ReadAsync(html, new HtmlReaderOptions { MaxNestingDepth = int.MaxValue, ExtractMainContent = false, IncludeTitle = false }));

        Assert.Equal("deepest", document.Text);
    }

    [Fact]
    public async Task Reads_a_ten_megabyte_page_in_reasonable_time()
    {
        var html = new StringBuilder("<html><head><title>Big</title></head><body><nav><a href=/>Home</a></nav><article>", 11_000_000);
        var i = 0;
        while (html.Length < 10_000_000)
        {
            html.Append("<p>Paragraph ").Append(i++).Append(", with some words, commas, and a <a href=\"/l").Append(i).Append("\">link</a> in it.</p>\n");
        }

        html.Append("</article></body></html>");
        var watch = Stopwatch.StartNew();

        var document = await HtmlPages.ReadAsync(html.ToString());

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        Assert.Contains("Paragraph " + (i - 1) + ",", document.Text, StringComparison.Ordinal);
        Assert.True(document.Blocks.Count > i / 2);
    }

    [Fact]
    public async Task Binary_garbage_labelled_html_gives_a_diagnostic_not_a_crash()
    {
        var random = new Random(42);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);

        var document = await HtmlPages.ReadAsync(bytes);

        Assert.Contains(document.Diagnostics, d => d.Code == "html.binary");
    }

    [Fact]
    public async Task Empty_content_gives_a_diagnostic()
    {
        var document = await HtmlPages.ReadAsync(Array.Empty<byte>());

        Assert.Equal(string.Empty, document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "html.no-text");
    }

    [Fact]
    public async Task Honours_cancellation()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => HtmlPages.ReadAsync(Encoding.UTF8.GetBytes("<p>x</p>"), cancellationToken: cts.Token));
    }

    [Fact]
    public async Task Never_fetches_or_runs_anything()
    {
        var document = await HtmlPages.ReadPageTextAsync(
            "<p id=p>static</p><script>document.getElementById('p').textContent = 'scripted';</script><iframe src=\"http://127.0.0.1:9/x\"></iframe><img src=\"http://127.0.0.1:9/y.png\" onerror=\"document.body.innerHTML='gone'\">");

        Assert.Equal("static", document.Text);
    }

    // Runs on a thread with a 256 KB stack: deep recursion anywhere in the read would overflow it.
    private static Task<Document> RunOnSmallStackAsync(Func<Task<Document>> read)
    {
        Document? result = null;
        Exception? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = read().GetAwaiter().GetResult();
                }
                catch (Exception ex)
                {
                    error = ex;
                }
            },
            256 * 1024);
        thread.Start();
        thread.Join();
        return error is null ? Task.FromResult(result!) : Task.FromException<Document>(error);
    }
}
