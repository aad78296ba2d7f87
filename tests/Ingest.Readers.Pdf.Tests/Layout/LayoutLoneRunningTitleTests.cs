namespace Ingest.Readers.Pdf.Tests.Layout;

/// <summary>
/// Running titles of a page where nothing repeats (a one-page document, a first page): only positive evidence of page
/// furniture makes a header or footer of them; a letter's date, closing sentence or signature is its own text.
/// </summary>
public sealed class LayoutLoneRunningTitleTests
{
    private static readonly string[] Letter =
    [
        "Thank you for your note about the hall booking, which", "came after the committee had drawn up the rota. We have",
        "checked the diary and the Tuesday evening is free from", "the spring onwards; the key can be collected from the",
        "caretaker on the morning of each meeting. The heating", "is on a timer and will come on an hour before you arrive,",
        "and the chairs are stacked in the store behind the stage.", "Please leave the hall as you found it and lock the side door.",
        "We look forward to welcoming the choir again this year", "and hope the new arrangement suits everyone involved.",
        "The deposit is returned once the keys have come back.", "A map of the car park is printed on the reverse side.",
    ];

    /// <summary>Lays out the letter from y down; returns the baseline under its last line and its right edge.</summary>
    private static (double Y, double Right) Body(SyntheticPage page, double y)
    {
        var right = 0.0;
        foreach (var line in Letter)
        {
            right = Math.Max(right, page.Text(line, 72, y));
            y -= 12;
        }

        return (y, right);
    }

    [Fact]
    public void A_one_page_letters_signature_under_its_closing_stays_body()
    {
        var page = new SyntheticPage(1);
        var (y, _) = Body(page, 300);
        page.Text("With best wishes,", 72, y - 6);
        page.Text("Margaret Holloway", 72, y - 54);

        var blocks = SyntheticPage.Analyze(page);

        Assert.DoesNotContain(blocks, b => b.Kind == BlockKind.PageFooter);
        Assert.EndsWith("Margaret Holloway", SyntheticPage.Body(blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_sentence_set_apart_at_a_one_page_notices_foot_stays_body()
    {
        var page = new SyntheticPage(1);
        Body(page, 300);
        page.Text("The hall is closed on public holidays.", 72, 100);

        var blocks = SyntheticPage.Analyze(page);

        Assert.DoesNotContain(blocks, b => b.Kind == BlockKind.PageFooter);
        Assert.EndsWith("The hall is closed on public holidays.", SyntheticPage.Body(blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_line_set_apart_at_the_text_margin_without_other_evidence_stays_body()
    {
        // Neither centred nor under footnotes: its place alone does not make it a footer.
        var page = new SyntheticPage(1);
        Body(page, 300);
        page.Text("Hall Bookings Secretary", 72, 100);

        var blocks = SyntheticPage.Analyze(page);

        Assert.DoesNotContain(blocks, b => b.Kind == BlockKind.PageFooter);
        Assert.EndsWith("Hall Bookings Secretary", SyntheticPage.Body(blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_size_line_centred_under_a_one_page_text_is_a_footer()
    {
        const string footer = "Village Hall Management Committee";
        var width = new SyntheticPage(1).Text(footer, 0, 0);
        var page = new SyntheticPage(1);
        var (_, right) = Body(page, 500);
        page.Text(footer, (0.5 * (72 + right)) - (0.5 * width), 60);

        var blocks = SyntheticPage.Analyze(page);

        Assert.Equal(footer, Assert.Single(blocks, b => b.Kind == BlockKind.PageFooter).Text);
        Assert.DoesNotContain(footer, SyntheticPage.Body(blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_size_line_under_the_footnotes_of_a_one_page_text_is_a_footer()
    {
        var page = new SyntheticPage(1);
        Body(page, 500);
        page.Text("1 The rota for the year is pinned up in the entrance.", 72, 140, size: 8);
        page.Text("Village Hall Management Committee", 72, 60);

        var blocks = SyntheticPage.Analyze(page);

        Assert.Equal("Village Hall Management Committee", Assert.Single(blocks, b => b.Kind == BlockKind.PageFooter).Text);
        Assert.Contains("pinned up in the entrance.", SyntheticPage.Body(blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_over_a_bold_subject_line_on_a_first_page_stays_body()
    {
        var page = new SyntheticPage(1);
        page.Text("14 March 2027", 72, 740);
        page.Text("Re: the spring hall booking", 72, 700, bold: true);
        Body(page, 680);

        var blocks = SyntheticPage.Analyze(page);

        Assert.DoesNotContain(blocks, b => b.Kind == BlockKind.PageHeader);
        Assert.StartsWith("14 March 2027", SyntheticPage.Body(blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_over_a_bold_heading_on_a_first_page_stays_body()
    {
        var page = new SyntheticPage(1);
        page.Text("Every member should read this before Tuesday.", 72, 740);
        page.Text("Minutes", 72, 700, bold: true);
        Body(page, 680);
        var second = new SyntheticPage(2);
        Body(second, 720);

        var blocks = SyntheticPage.Analyze(page, second);

        Assert.DoesNotContain(blocks, b => b.Kind == BlockKind.PageHeader);
        Assert.StartsWith("Every member should read this before Tuesday.", SyntheticPage.Body(blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_name_at_body_size_over_a_bold_heading_on_a_first_page_is_a_header()
    {
        var page = new SyntheticPage(1);
        page.Text("Village Hall Newsletter", 72, 760);
        page.Text("Minutes", 72, 700, bold: true);
        Body(page, 680);

        var blocks = SyntheticPage.Analyze(page);

        Assert.Equal("Village Hall Newsletter", Assert.Single(blocks, b => b.Kind == BlockKind.PageHeader).Text);
        Assert.StartsWith("Minutes", SyntheticPage.Body(blocks), StringComparison.Ordinal);
    }
}
