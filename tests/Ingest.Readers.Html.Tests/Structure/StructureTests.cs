using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Structure;

public sealed class StructureTests
{
    [Fact]
    public async Task Headings_carry_their_level()
    {
        var document = await HtmlPages.ReadPageTextAsync("<h1>One</h1><h2>Two</h2><h4>Four</h4><p>Body</p>");

        Assert.Equal(
            [(BlockKind.Heading, 1), (BlockKind.Heading, 2), (BlockKind.Heading, 4), (BlockKind.Paragraph, (int?)null)],
            document.Blocks.Select(b => (b.Kind, b.Level)));
    }

    [Fact]
    public async Task List_items_carry_their_nesting_depth()
    {
        var document = await HtmlPages.ReadPageTextAsync("<ul><li>a</li><li>b<ol><li>b1</li></ol></li></ul>");

        Assert.Equal(
            [("a", 1), ("b", 1), ("b1", 2)],
            document.Blocks.Select(b => (b.GetText(document), b.Level ?? 0)));
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.ListItem, b.Kind));
    }

    [Fact]
    public async Task Quotes_and_figure_captions_are_their_own_kinds()
    {
        var document = await HtmlPages.ReadPageTextAsync("<blockquote><p>To be or not to be.</p></blockquote><figure><img src=a.png><figcaption>A caption.</figcaption></figure>");

        Assert.Equal([BlockKind.Quote, BlockKind.Caption], document.Blocks.Select(b => b.Kind));
        Assert.Equal("To be or not to be.", document.Blocks[0].GetText(document));
        Assert.Equal("A caption.", document.Blocks[1].GetText(document));
    }

    [Fact]
    public async Task Tables_read_cells_by_tab_and_rows_by_line()
    {
        var document = await HtmlPages.ReadPageTextAsync(
            "<table><caption>Losses</caption><thead><tr><th>Side</th><th>Killed</th></tr></thead><tbody><tr><td>Armenia</td><td>3,825</td></tr><tr><td> Azerbaijan </td><td>2,906</td></tr></tbody></table>");

        Assert.Equal([BlockKind.Caption, BlockKind.Table], document.Blocks.Select(b => b.Kind));
        Assert.Equal("Side\tKilled\nArmenia\t3,825\nAzerbaijan\t2,906", document.Blocks[1].GetText(document));
    }

    [Fact]
    public async Task Layout_tables_read_as_paragraphs()
    {
        var document = await HtmlPages.ReadPageTextAsync("<table><tr><td><p>First paragraph.</p><p>Second paragraph.</p></td></tr></table>");

        Assert.Equal(["First paragraph.", "Second paragraph."], document.Blocks.Select(b => b.GetText(document)));
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public async Task Blocks_know_the_source_range_of_their_element()
    {
        const string Html = "<!DOCTYPE html><html><head><title>t</title></head><body>\n<h2 id=\"x\">Heading</h2>\n<p class=\"lead\">Some <b>bold</b> text.</p>\n<ul><li>item</li></ul></body></html>";
        var document = await HtmlPages.ReadAsync(Html, new HtmlReaderOptions { ExtractMainContent = false, IncludeTitle = false });

        var ranges = document.Blocks.Select(b => b.SourceRange is { } r ? Html.Substring(r.Start, r.Length) : null).ToList();
        Assert.Equal(["<h2 id=\"x\">Heading</h2>", "<p class=\"lead\">Some <b>bold</b> text.</p>", "<li>item</li>"], ranges);
    }

    [Fact]
    public async Task Title_block_starts_the_text_and_is_not_repeated_by_the_heading()
    {
        var html = "<html><head><title>The Fall of Karabakh | Site</title><meta property=\"og:site_name\" content=\"Site\"></head><body>"
            + HtmlPages.Article("<h1>The Fall of Karabakh</h1>") + "</body></html>";

        var document = await HtmlPages.ReadAsync(html);

        Assert.Equal(BlockKind.Title, document.Blocks[0].Kind);
        Assert.Equal("The Fall of Karabakh", document.Blocks[0].GetText(document));
        Assert.Single(document.Blocks, b => b.GetText(document) == "The Fall of Karabakh");
        Assert.Equal(6, document.Blocks.Count);
    }
}
