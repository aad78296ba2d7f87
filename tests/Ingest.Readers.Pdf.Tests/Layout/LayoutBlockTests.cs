namespace Ingest.Readers.Pdf.Tests.Layout;

public sealed class LayoutBlockTests
{
    [Fact]
    public void Separates_paragraphs_by_line_spacing()
    {
        var page = new SyntheticPage();
        var y = page.Lines(["First paragraph line one", "first paragraph line two."], 72, 700);
        page.Lines(["Second paragraph starts", "after a wider gap."], 72, y - 10);

        var blocks = SyntheticPage.Analyze(page);

        Assert.Equal(["First paragraph line one first paragraph line two.", "Second paragraph starts after a wider gap."], blocks.Select(b => b.Text));
        Assert.All(blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public void Separates_paragraphs_by_first_line_indent()
    {
        var page = new SyntheticPage();
        page.Text("An indented first line of the paragraph", 90, 700);
        page.Text("continues flush left across the whole", 72, 688);
        page.Text("measure until it ends.", 72, 676);
        page.Text("A second indented paragraph follows", 90, 664);
        page.Text("at the same spacing.", 72, 652);

        var blocks = SyntheticPage.Analyze(page);

        Assert.Equal(2, blocks.Count);
        Assert.StartsWith("A second", blocks[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_two_columns_one_after_the_other()
    {
        var page = new SyntheticPage();
        page.Text("A Two Column Title", 72, 740, size: 16);
        string[] left = ["left column one", "left column two", "left column three", "left column four"];
        string[] right = ["right column one", "right column two", "right column three", "right column four"];
        page.Lines(left, 72, 700);
        page.Lines(right, 72 + 90 + 12, 700);

        var blocks = SyntheticPage.Analyze(page);

        Assert.Equal(
            ["A Two Column Title", string.Join(' ', left), string.Join(' ', right)],
            blocks.Select(b => b.Text));
    }

    [Fact]
    public void Reads_column_sections_separated_by_a_full_width_heading()
    {
        var page = new SyntheticPage();
        page.Lines(["top left one", "top left two", "top left three"], 72, 700);
        page.Lines(["top right one", "top right two", "top right three"], 180, 700);
        page.Text("Full Width Section Heading Across", 72, 640, size: 14, bold: true);
        page.Lines(["low left one", "low left two", "low left three"], 72, 610);
        page.Lines(["low right one", "low right two", "low right three"], 180, 610);

        var texts = SyntheticPage.Analyze(page).Select(b => b.Text).ToArray();

        Assert.Equal(
            ["top left one top left two top left three", "top right one top right two top right three", "Full Width Section Heading Across",
             "low left one low left two low left three", "low right one low right two low right three"],
            texts);
    }

    [Fact]
    public void Recognizes_headings_with_levels()
    {
        var page = new SyntheticPage();
        page.Text("Main Title", 72, 740, size: 20, bold: true);
        page.Text("A Section", 72, 710, size: 14, bold: true);
        page.Lines(["Body text in a regular weight", "with two lines of content."], 72, 690);
        page.Text("A bold subsection", 72, 655, bold: true);
        page.Lines(["More body text goes here", "and also ends normally."], 72, 638);

        var blocks = SyntheticPage.Analyze(page);

        Assert.Equal(
            [(BlockKind.Heading, (int?)1), (BlockKind.Heading, 2), (BlockKind.Paragraph, null), (BlockKind.Heading, 3), (BlockKind.Paragraph, null)],
            blocks.Select(b => (b.Kind, b.Level)));
    }

    [Fact]
    public void Starts_a_list_item_at_each_bullet()
    {
        var page = new SyntheticPage();
        page.Text("• first item", 72, 700);
        page.Text("wraps here", 84, 688);
        page.Text("• second item", 72, 676);

        var blocks = SyntheticPage.Analyze(page);

        Assert.Equal(["• first item wraps here", "• second item"], blocks.Select(b => b.Text));
        Assert.All(blocks, b => Assert.Equal(BlockKind.ListItem, b.Kind));
    }
}
