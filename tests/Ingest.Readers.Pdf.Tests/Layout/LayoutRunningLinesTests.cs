namespace Ingest.Readers.Pdf.Tests.Layout;

public sealed class LayoutRunningLinesTests
{
    private static readonly string[] PruningText =
    [
        "Remove crossing branches first, then thin", "the crown so light reaches the fruit.", "Old spurs that carry small apples are cut",
        "back to two buds, and water shoots from", "last summer are taken off at the base.", "A tree pruned hard one winter answers with",
        "a thicket of new growth the next, so the", "work is spread over three or four years.", "Wounds larger than a thumb are left clean",
        "and dry rather than painted over.", "Prunings are burned or chipped for mulch,",
        "and the ladder is moved round the tree so", "that no branch is cut from below.",
    ];

    private static SyntheticPage Page(int number, string body, bool header = true, bool footer = true)
    {
        var page = new SyntheticPage(number);
        if (header)
        {
            page.Text("Annual Report 2023", 250, 760, size: 9);
        }

        page.Lines([body + " starts here", "and continues below."], 72, 700);
        if (footer)
        {
            page.Text("Page " + number.ToString(System.Globalization.CultureInfo.InvariantCulture), 290, 30, size: 9);
        }

        return page;
    }

    [Fact]
    public void Marks_running_headers_and_page_numbers_across_pages()
    {
        var blocks = SyntheticPage.Analyze(Page(1, "One"), Page(2, "Two"), Page(3, "Three"));

        Assert.Equal(3, blocks.Count(b => b.Kind == BlockKind.PageHeader && b.Text == "Annual Report 2023"));
        Assert.Equal(["Page 1", "Page 2", "Page 3"], blocks.Where(b => b.Kind == BlockKind.PageFooter).Select(b => b.Text));
        var body = SyntheticPage.Body(blocks);
        Assert.DoesNotContain("Annual", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Page", body, StringComparison.Ordinal);
        Assert.Contains("Two starts here and continues below.", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_header_row_repeated_at_the_top_of_every_page_stays_content_while_the_running_title_goes()
    {
        var pages = Enumerable.Range(1, 3).Select(n =>
        {
            var page = new SyntheticPage(n);
            page.Text("Harbour Ledger", 260, 770, size: 9);
            string[] cells = ["Berth", "Vessel", "Cargo", "Tonnes", "Pilot"];
            for (var c = 0; c < cells.Length; c++)
            {
                page.Text(cells[c], 72 + (c * 100), 740, size: 10);
            }

            string[] row = ["B" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), "Marlin", "grain", "4,200", "Okafor"];
            for (var c = 0; c < row.Length; c++)
            {
                page.Text(row[c], 72 + (c * 100), 720, size: 10);
            }

            return page;
        }).ToArray();

        var blocks = SyntheticPage.Analyze(pages);

        Assert.Equal(3, blocks.Count(b => b.Kind == BlockKind.PageHeader && b.Text == "Harbour Ledger"));
        var body = SyntheticPage.Body(blocks);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(body, "Tonnes"));
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(body, "Vessel"));
    }

    [Fact]
    public void Keeps_page_blocks_in_header_body_footer_order()
    {
        var blocks = SyntheticPage.Analyze(Page(1, "One"), Page(2, "Two"));

        Assert.Equal(
            [BlockKind.PageHeader, BlockKind.Paragraph, BlockKind.PageFooter, BlockKind.PageHeader, BlockKind.Paragraph, BlockKind.PageFooter],
            blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Marks_a_bare_page_number_at_the_page_foot_even_on_one_page()
    {
        var page = new SyntheticPage(1);
        page.Lines(["Only page of text."], 72, 700);
        page.Text("1", 300, 30);

        var blocks = SyntheticPage.Analyze(page);

        Assert.Equal([BlockKind.Paragraph, BlockKind.PageFooter], blocks.Select(b => b.Kind));
    }

    [Fact]
    public void A_running_title_beside_the_page_number_is_furniture_even_on_a_lone_page()
    {
        var page = new SyntheticPage(5);
        page.Text("Notes on Field Drainage", 72, 740, size: 9);
        page.Text("5", 530, 740, size: 9);
        page.Lines(["Clay soils hold water long after rain.", "Tile drains carry it off."], 72, 700);

        var blocks = SyntheticPage.Analyze(page);

        Assert.Equal("Clay soils hold water long after rain. Tile drains carry it off.", SyntheticPage.Body(blocks));
        Assert.Equal(2, blocks.Count(b => b.Kind == BlockKind.PageHeader));
    }

    [Fact]
    public void A_last_body_line_beside_the_page_number_stays_body_text()
    {
        // The line ends its paragraph one line pitch under the line above: it is text that reached the foot, not a title.
        var page = new SyntheticPage(3);
        page.Lines(["Ditches were dug by hand in those years", "and lined with stone."], 72, 90);
        page.Text("3", 530, 78);

        var body = SyntheticPage.Body(SyntheticPage.Analyze(page));

        Assert.Equal("Ditches were dug by hand in those years and lined with stone.", body);
    }

    [Fact]
    public void A_header_only_the_second_page_carries_is_marked_by_its_place_and_size()
    {
        var first = new SyntheticPage(1);
        first.Lines(["Orchard Pruning", "Cut in late winter, before the sap rises."], 72, 740);
        var second = new SyntheticPage(2);
        second.Text("Notes for Fruit Growers", 72, 760, size: 9);
        second.Lines(PruningText, 72, 720);

        var blocks = SyntheticPage.Analyze(first, second);

        Assert.Equal("Notes for Fruit Growers", Assert.Single(blocks, b => b.Kind == BlockKind.PageHeader).Text);
        Assert.DoesNotContain("Notes", SyntheticPage.Body(blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_page_documents_header_set_smaller_than_its_body_is_marked()
    {
        var page = new SyntheticPage(1);
        page.Text("Notes for Fruit Growers", 250, 760, size: 9);
        page.Lines(PruningText, 72, 720);

        var blocks = SyntheticPage.Analyze(page);

        Assert.Equal("Notes for Fruit Growers", Assert.Single(blocks, b => b.Kind == BlockKind.PageHeader).Text);
        Assert.StartsWith("Remove crossing branches", SyntheticPage.Body(blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_page_title_in_the_body_size_stays_body()
    {
        var page = new SyntheticPage(1);
        page.Text("Pruning Old Apple Trees", 72, 760);
        page.Lines(PruningText, 72, 720);

        var blocks = SyntheticPage.Analyze(page);

        Assert.DoesNotContain(blocks, b => b.Kind == BlockKind.PageHeader);
        Assert.StartsWith("Pruning Old Apple Trees", SyntheticPage.Body(blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_top_line_over_a_page_with_little_text_stays_body()
    {
        var first = new SyntheticPage(1);
        first.Lines(["Cut in late winter, before the sap rises."], 72, 740);
        var second = new SyntheticPage(2);
        second.Text("Notes for Fruit Growers", 72, 760, size: 9);
        second.Lines(PruningText.Take(2), 72, 720);

        var blocks = SyntheticPage.Analyze(first, second);

        Assert.DoesNotContain(blocks, b => b.Kind == BlockKind.PageHeader);
    }

    [Theory]
    [InlineData(14.0, false, 720.0)]
    [InlineData(10.0, true, 720.0)]
    [InlineData(10.0, false, 748.0)]
    public void A_larger_or_bold_heading_or_a_line_at_one_pitch_above_the_text_stays_body(double size, bool bold, double textTop)
    {
        var first = new SyntheticPage(1);
        first.Lines(["Cut in late winter, before the sap rises."], 72, 740);
        var second = new SyntheticPage(2);
        second.Text("Thinning the Crown", 72, 760, size: size, bold: bold);
        second.Lines(PruningText, 72, textTop);

        var blocks = SyntheticPage.Analyze(first, second);

        Assert.DoesNotContain(blocks, b => b.Kind == BlockKind.PageHeader);
        Assert.Contains("Thinning the Crown", SyntheticPage.Body(blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void Does_not_mark_body_text_that_differs_across_pages()
    {
        var first = new SyntheticPage(1);
        first.Lines(["A heading at the top", "with its text."], 72, 760);
        var second = new SyntheticPage(2);
        second.Lines(["Something else on top", "and more text."], 72, 760);

        var blocks = SyntheticPage.Analyze(first, second);

        Assert.All(blocks, b => Assert.NotEqual(BlockKind.PageHeader, b.Kind));
    }
}
