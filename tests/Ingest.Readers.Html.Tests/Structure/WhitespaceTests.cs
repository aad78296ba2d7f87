using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Structure;

public sealed class WhitespaceTests
{
    [Fact]
    public async Task Collapses_whitespace_runs_and_trims_blocks()
    {
        var document = await HtmlPages.ReadPageTextAsync("<p>\n   Many \t\t spaces\r\n and   lines   </p>");

        Assert.Equal("Many spaces and lines", document.Text);
    }

    [Fact]
    public async Task Line_breaks_start_new_lines_and_double_breaks_new_paragraphs()
    {
        var document = await HtmlPages.ReadPageTextAsync("<div>First line<br>second line <br/> third<br><br>Next paragraph</div>");

        Assert.Equal("First line\nsecond line\nthird\n\nNext paragraph", document.Text);
        Assert.Equal(2, document.Blocks.Count);
    }

    [Fact]
    public async Task Inline_elements_flow_and_block_elements_break()
    {
        var document = await HtmlPages.ReadPageTextAsync("<div>An <b>inline</b><i>word</i> and <span>span</span><div>block</div>tail</div>");

        Assert.Equal(["An inlineword and span", "block", "tail"], document.Blocks.Select(b => b.GetText(document)));
    }

    [Fact]
    public async Task Non_breaking_spaces_become_spaces()
    {
        var document = await HtmlPages.ReadPageTextAsync("<p>10&nbsp;000&nbsp;km&#160;away</p>");

        Assert.Equal("10 000 km away", document.Text);
    }

    [Fact]
    public async Task Pre_keeps_its_whitespace_and_line_breaks()
    {
        var document = await HtmlPages.ReadPageTextAsync("<pre>\nif (x)\n    y();\n\n  z();   </pre>");

        var block = Assert.Single(document.Blocks);
        Assert.Equal(BlockKind.Code, block.Kind);
        Assert.Equal("if (x)\n    y();\n\n  z();", block.GetText(document));
    }

    [Fact]
    public async Task Scripts_styles_and_hidden_elements_are_not_text()
    {
        var document = await HtmlPages.ReadPageTextAsync(
            "<p>Seen</p><script>var hidden = 1;</script><style>p{}</style><p hidden>h1</p><p style=\"display: none\">h2</p><div aria-hidden=\"true\">h3</div><noscript>h4</noscript>");

        Assert.Equal("Seen", document.Text);
    }
}
