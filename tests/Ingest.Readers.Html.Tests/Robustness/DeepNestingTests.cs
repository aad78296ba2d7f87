using System.Text;
using Ingest.Readers.Html.Parsing;
using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Robustness;

/// <summary>Pages nested far deeper than any real page: read flattened, and stopped when their budget runs out.</summary>
public sealed class DeepNestingTests
{
    private static string NestedDivs(int count)
    {
        var html = new StringBuilder("<html><body>", (count * 11) + 64);
        for (var i = 0; i < count; i++)
        {
            html.Append("<div>");
        }

        html.Append("deepest words");
        for (var i = 0; i < count; i++)
        {
            html.Append("</div>");
        }

        return html.Append("</body></html>").ToString();
    }

    [Fact]
    public async Task Two_hundred_thousand_nested_divs_are_read_flattened_with_a_diagnostic()
    {
        var document = await HtmlPages.ReadAsync(NestedDivs(200_000), new HtmlReaderOptions { IncludeTitle = false });

        Assert.Equal("deepest words", document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "html.depth.limit");
    }

    [Fact]
    public async Task Flattening_keeps_the_text_and_source_offsets_of_shallow_elements()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<section>", 20)) + "<p>kept <b>bold</b> text</p>" + "</body></html>";
        var document = await HtmlPages.ReadAsync(html, new HtmlReaderOptions { IncludeTitle = false, ExtractMainContent = false, MaxNestingDepth = 8 });

        Assert.Equal("kept bold text", document.Text);
        var range = Assert.Single(document.Blocks).SourceRange;
        Assert.NotNull(range);
        Assert.StartsWith("<p>kept", html[range.Value.Start..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flattening_blanks_whole_tags_whose_quoted_values_hold_a_tag_end()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<section data-note=\"a>b\">", 20)) + "<p>kept</p>" + string.Concat(Enumerable.Repeat("</section>", 20)) + "</body></html>";
        var document = await HtmlPages.ReadAsync(html, new HtmlReaderOptions { IncludeTitle = false, ExtractMainContent = false, MaxNestingDepth = 8 });

        Assert.Equal("kept", document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "html.depth.limit");
    }

    [Fact]
    public async Task A_slash_at_the_end_of_an_unquoted_value_leaves_the_element_open()
    {
        // "<a href=x/>" is an open link whose address is "x/": with the link counted, the span is the fourth level.
        var html = "<html><body><div><div><a href=x/>link <span>deep</span></a></div></div></body></html>";
        var document = await HtmlPages.ReadAsync(html, new HtmlReaderOptions { IncludeTitle = false, ExtractMainContent = false, MaxNestingDepth = 3 });

        Assert.Equal("link deep", document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "html.depth.limit");
    }

    [Fact]
    public async Task A_slash_after_a_quoted_value_still_closes_nothing_in_html()
    {
        var html = "<html><body><div><div><a href=\"x\"/>link <span>deep</span></a></div></div></body></html>";
        var document = await HtmlPages.ReadAsync(html, new HtmlReaderOptions { IncludeTitle = false, ExtractMainContent = false, MaxNestingDepth = 3 });

        Assert.Equal("link deep", document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "html.depth.limit");
    }

    [Fact]
    public async Task Self_closed_html_elements_count_as_open_towards_the_depth()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div class=\"clear\"/>", 12)) + "<p>kept</p></body></html>";
        var document = await HtmlPages.ReadAsync(html, new HtmlReaderOptions { IncludeTitle = false, ExtractMainContent = false, MaxNestingDepth = 8 });

        Assert.Equal("kept", document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "html.depth.limit");
    }

    [Fact]
    public async Task Self_closed_elements_inside_svg_do_not_deepen_the_page()
    {
        var shapes = string.Concat(Enumerable.Repeat("<path d=\"M0 0L1 1\"/><circle r=\"2\"/>", 20));
        var html = "<html><body><section><div><svg viewBox=\"0 0 4 4\">" + shapes + "</svg><p>after the figure</p></div></section></body></html>";
        var document = await HtmlPages.ReadAsync(html, new HtmlReaderOptions { IncludeTitle = false, ExtractMainContent = false, MaxNestingDepth = 8 });

        Assert.Equal("after the figure", document.Text);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "html.depth.limit");
    }

    [Theory]
    [InlineData("<section><section><section><section><section><section><section><section><svg></svg></section></section></section></section></section></section></section></section>")]
    [InlineData("<svg><foreignObject>")]
    [InlineData("<svg><b>out of the figure</b>")]
    public void Self_closed_html_tags_after_foreign_content_has_ended_count_as_open(string prefix)
    {
        // A blanked svg, an integration point and a breakout tag each leave foreign content: the twelve "<div/>" open
        // twelve divs in the parser, so the linear pass must blank the heading after them (the parser's own depth cap
        // would flatten it too, but only after the quadratic work the pass exists to avoid).
        var html = "<html><body>" + prefix + string.Concat(Enumerable.Repeat("<div class=\"clear\"/>", 12)) + "<h2>Heading</h2></body></html>";

        var (limited, flattened) = NestingLimiter.Limit(html, 8, CancellationToken.None);

        Assert.True(flattened);
        Assert.DoesNotContain("<h2>", limited, StringComparison.Ordinal);
        Assert.Equal(html.Length, limited.Length);
    }

    [Fact]
    public void Self_closed_shapes_inside_an_svg_leave_the_heading_after_the_figure_alone()
    {
        var html = "<html><body><svg>" + string.Concat(Enumerable.Repeat("<path d=\"M0 0\"/>", 12)) + "</svg><h2>Heading</h2></body></html>";

        var (limited, flattened) = NestingLimiter.Limit(html, 8, CancellationToken.None);

        Assert.False(flattened);
        Assert.Equal(html, limited);
    }

    [Fact]
    public async Task A_budget_that_runs_out_stops_the_read_of_a_deeply_nested_page()
    {
        // A page that takes far longer than the budget on any machine. The budget runs out on a thread of its own: a
        // timer's callback needs a pool thread, and with the pool busy it could fire only after the read had finished.
        var bytes = Encoding.UTF8.GetBytes(NestedDivs(2_000_000));
        using var budget = new CancellationTokenSource();
        var expiry = new Thread(() =>
        {
            Thread.Sleep(5);
            budget.Cancel();
        });
        expiry.Start();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => HtmlPages.ReadAsync(bytes, cancellationToken: budget.Token));
        expiry.Join();
    }
}
