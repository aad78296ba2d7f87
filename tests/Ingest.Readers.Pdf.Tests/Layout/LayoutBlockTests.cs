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
        string[] left = ["the left column has its own lines", "which a reader finishes before", "moving over to the right column", "at the top of the page again."];
        string[] right = ["the right column starts here and", "shares its baselines with the", "left column, so rows must be cut", "at the gutter between them."];
        page.Lines(left, 72, 700);
        page.Lines(right, 72 + 170, 700);

        var blocks = SyntheticPage.Analyze(page);

        Assert.Equal(
            ["A Two Column Title", string.Join(' ', left), string.Join(' ', right)],
            blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_larger_heading_running_up_to_a_narrow_gutter_is_not_joined_to_the_next_column()
    {
        // The gutter is one body em wide (10 pt), less than 0.8 em of the 14 pt heading beside it.
        var page = new SyntheticPage();
        const string heading = "Winter Quarters of the";
        page.Text(heading, 260 - 10 - (heading.Length * SyntheticPage.CharWidth(14)), 700, size: 14, bold: true);
        page.Text("Hill Farms", 72, 683, size: 14, bold: true);
        string[] left = ["the herd is brought down to the", "lower barns when the first", "snow settles on the pasture."];
        string[] right = ["hay is stacked under the eaves", "from late summer, enough for", "five months of feeding, and the", "water troughs are lagged with", "straw against the frost."];
        page.Lines(left, 72, 660);
        page.Lines(right, 260, 700);

        var texts = SyntheticPage.Analyze(page).Select(b => b.Text).ToArray();

        Assert.Equal([heading + " Hill Farms", string.Join(' ', left), string.Join(' ', right)], texts);
    }

    [Fact]
    public void Reads_column_sections_separated_by_a_full_width_heading()
    {
        var page = new SyntheticPage();
        string[] topLeft = ["top left column line number one", "top left column line number two", "top left column line three ends."];
        string[] topRight = ["top right column line number one", "top right column line number two", "top right column line three ends"];
        string[] lowLeft = ["low left column line number one.", "low left column line number two", "low left column line three ends."];
        string[] lowRight = ["low right column line number one", "low right column line number two", "low right column line three ends"];
        page.Lines(topLeft, 72, 700);
        page.Lines(topRight, 242, 700);
        page.Text("Full Width Section Heading Across Both Columns", 72, 640, size: 14, bold: true);
        page.Lines(lowLeft, 72, 610);
        page.Lines(lowRight, 242, 610);

        var texts = SyntheticPage.Analyze(page).Select(b => b.Text).ToArray();

        Assert.Equal(
            [string.Join(' ', topLeft), string.Join(' ', topRight), "Full Width Section Heading Across Both Columns", string.Join(' ', lowLeft), string.Join(' ', lowRight)],
            texts);
    }

    [Fact]
    public void Keeps_a_table_together_between_paragraphs()
    {
        var page = new SyntheticPage();
        page.Lines(["A paragraph introduces the table", "that follows it on the page."], 72, 700);
        string[][] rows = [["Country", "Capital", "Population"], ["Armenia", "Yerevan", "2.8 million"], ["Azerbaijan", "Baku", "10.1 million"], ["Georgia", "Tbilisi", "3.7 million"]];
        var y = 670.0;
        foreach (var row in rows)
        {
            page.Text(row[0], 72, y);
            page.Text(row[1], 160, y);
            page.Text(row[2], 240, y);
            y -= 12;
        }

        page.Lines(["A closing paragraph comes after", "the table and reads on."], 72, y - 12);

        var blocks = SyntheticPage.Analyze(page);

        Assert.Equal([BlockKind.Paragraph, BlockKind.Table, BlockKind.Paragraph], blocks.Select(b => b.Kind));
        Assert.Equal(
            "Country\tCapital\tPopulation\nArmenia\tYerevan\t2.8 million\nAzerbaijan\tBaku\t10.1 million\nGeorgia\tTbilisi\t3.7 million",
            blocks[1].Text);
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
