using Ingest.Readers.Pdf.Layout;

namespace Ingest.Readers.Pdf.Tests.Layout;

/// <summary>How real producers place text, drawn in code: words from geometry, columns from gutters, paragraphs across breaks.</summary>
public sealed class LayoutProducerPatternTests
{
    [Fact]
    public void Splits_words_whose_gap_is_drawn_as_character_spacing_after_the_last_letter()
    {
        // Ghostscript writes "A day" as the string "Ad" with Tc 3: the advance of 'A' includes the word gap.
        var page = new SyntheticPage();
        var x = page.Text("one", 72, 700) + 2.5;
        foreach (var c in "Ad")
        {
            var spacing = c == 'A' ? 3.0 : 0;
            page.Add(new PdfGlyph(c.ToString(), x, 700, 5 + spacing, 10, 0, 2.5, 1, false, false, 0) { CharacterSpacing = spacing });
            x += 5 + spacing;
        }

        page.Text("ay later", x, 700);

        Assert.Equal("one A day later", Assert.Single(SyntheticPage.Analyze(page)).Text);
    }

    [Fact]
    public void Reads_words_placed_one_by_one_with_justified_gaps_and_kerning()
    {
        // troff places every word itself: no space glyphs, gaps from 0.2 to 0.5 em, pair kerning inside words.
        var page = new SyntheticPage();
        string[] words = ["However,", "the", "AVOWED", "Tower", "of", "NATO", "was", "overlooked."];
        var x = 72.0;
        for (var i = 0; i < words.Length; i++)
        {
            x = page.Text(words[i], x, 700, kerning: k => k % 2 == 1 ? -0.07 : 0) + ((0.2 + (0.1 * (i % 4))) * 10);
        }

        Assert.Equal(string.Join(' ', words), Assert.Single(SyntheticPage.Analyze(page)).Text);
    }

    [Fact]
    public void Keeps_justified_column_lines_whole_when_wide_gaps_line_up_over_a_few_rows()
    {
        // Justification gives every space of a line the same stretched width (1.2 em here), and in these four lines
        // one space falls at x 149-161 each time: a river of white running down the column, not a gutter.
        var page = new SyntheticPage();
        string[] heads = ["justified text", "stretches each", "measures fully", "rivers running"];
        string[] tails = ["makes lines full", "space to fit the", "from edge to edge", "down the column."];
        for (var r = 0; r < heads.Length; r++)
        {
            var y = 700 - (12 * r);
            var end = page.Text(heads[r], 72, y, wordGapEm: 1.2);
            Assert.Equal(149, end, 3);
            page.Text(tails[r], end + 12, y, wordGapEm: 1.2);
        }

        string[] right = ["The right column is a separate", "text that starts at the top of", "the page and follows the left", "column when read in order."];
        page.Lines(right, 320, 700);

        var blocks = SyntheticPage.Analyze(page).Select(b => b.Text).ToArray();

        Assert.Equal(
            [string.Join(' ', heads.Zip(tails, (h, t) => h + " " + t)), string.Join(' ', right)],
            blocks);
    }

    [Fact]
    public void Keeps_a_line_whole_when_its_stretched_sentence_space_lies_beside_rows_of_the_other_column()
    {
        // TeX stretches the space after a sentence three times as much as a word space: in this loose line it is
        // 1.2 em against 0.5 em. The right column's baselines fall halfway between the left column's (a heading
        // above it shifted them), so every other row of the page is empty on the left, around that space too.
        var page = new SyntheticPage();
        string[] left =
        [
            "a long line of the household accounts begins",
            "was a household.",
            "the keepers kept the weather log in a book and",
            "every night of the year until the station closed.",
        ];
        for (var r = 0; r < left.Length; r++)
        {
            var end = page.Text(left[r], 72, 700 - (12 * r), wordGapEm: 0.5);
            if (r == 1)
            {
                page.Text("A principal keeper and two", end + 12, 700 - (12 * r), wordGapEm: 0.5);
            }
        }

        string[] right = ["The right column is a separate", "text whose baselines lie halfway", "between those of the left one", "and it is read after the left."];
        page.Lines(right, 340, 706);

        var blocks = SyntheticPage.Analyze(page).Select(b => b.Text).ToArray();

        Assert.Equal(
            [string.Join(' ', left).Replace("household. ", "household. A principal keeper and two ", StringComparison.Ordinal), string.Join(' ', right)],
            blocks);
    }

    [Fact]
    public void Rows_of_the_other_column_do_not_make_a_wide_word_space_a_gutter()
    {
        // A loose line's widest space (1.2 em) beside rows of the left column, whose baselines fall halfway between
        // this column's: those rows are empty here, but their text ends far to the left, so they show no gutter.
        var page = new SyntheticPage();
        string[] left = ["The left column is a separate", "text whose baselines lie halfway", "between those of the right one", "and it is read before the right."];
        page.Lines(left, 72, 706);
        string[] right =
        [
            "a long line of the household accounts begins",
            "with a household,",
            "the keepers kept the weather log in a book and",
            "every night of the year until the station closed.",
        ];
        for (var r = 0; r < right.Length; r++)
        {
            var end = page.Text(right[r], 300, 700 - (12 * r), wordGapEm: 0.5);
            if (r == 1)
            {
                page.Text("a principal keeper and two", end + 12, 700 - (12 * r), wordGapEm: 0.5);
            }
        }

        var blocks = SyntheticPage.Analyze(page).Select(b => b.Text).ToArray();

        Assert.Equal(
            [string.Join(' ', left), string.Join(' ', right).Replace("household, ", "household, a principal keeper and two ", StringComparison.Ordinal)],
            blocks);
    }

    [Theory]
    [InlineData(10.0, 0.33)]
    [InlineData(15.0, 0.5)]
    public void Reads_a_short_two_column_stretch_whose_left_lines_end_sentences_column_by_column(double gutter, double wordGapEm)
    {
        // Four rows of two columns set with their usual word spaces: the gutter after each left line's full stop is
        // no sentence space stretched with a loose line, since no space of those rows is stretched at all.
        var page = new SyntheticPage();
        string[] left = ["the wind rose at dusk.", "the sea grew very wild.", "the boat came in late.", "the crew went to bed."];
        string[] right = ["The second column starts", "here and runs down the", "right side of the page", "beside the first column."];
        var widest = left.Max(l => page.Text(l, 72, 900, wordGapEm: wordGapEm));
        page = new SyntheticPage();
        for (var r = 0; r < left.Length; r++)
        {
            var y = 700 - (12 * r);
            page.Text(left[r], 72, y, wordGapEm: wordGapEm);
            page.Text(right[r], widest + gutter, y, wordGapEm: wordGapEm);
        }

        Assert.Equal([string.Join(' ', left), string.Join(' ', right)], SyntheticPage.Analyze(page).Select(b => b.Text));
    }

    [Fact]
    public void Reads_a_true_two_column_page_column_by_column()
    {
        var page = new SyntheticPage();
        string[] left = ["a column of text runs down the", "left half of the page for many", "lines before the reader moves", "on to the second column, which", "is read after the first one."];
        string[] right = ["The second column starts here", "and runs down the right half", "of the page with lines that", "share their baselines with the", "lines of the first column."];
        page.Lines(left, 72, 700);
        page.Lines(right, 72 + 180, 700);

        Assert.Equal([string.Join(' ', left), string.Join(' ', right)], SyntheticPage.Analyze(page).Select(b => b.Text));
    }

    [Fact]
    public void Continues_a_paragraph_over_a_page_break_when_the_sentence_does()
    {
        var first = new SyntheticPage(1);
        first.Lines(["The committee met twice in the", "autumn and agreed to meet again in"], 72, 100);
        var second = new SyntheticPage(2);
        second.Lines(["the spring of the following year.", "A new chapter starts here."], 72, 720);
        second.Lines(["Another paragraph begins after a gap."], 72, 680);

        var blocks = SyntheticPage.Analyze(first, second);

        Assert.Equal(
            ["The committee met twice in the autumn and agreed to meet again in the spring of the following year. A new chapter starts here.",
             "Another paragraph begins after a gap."],
            blocks.Select(b => b.Text));
        Assert.Equal(1, blocks[0].PageNumber);
    }

    [Fact]
    public void Starts_a_new_paragraph_after_a_page_break_when_the_sentence_ended()
    {
        var first = new SyntheticPage(1);
        first.Lines(["The committee met twice in the", "autumn and then adjourned."], 72, 100);
        var second = new SyntheticPage(2);
        second.Lines(["The spring meeting was shorter."], 72, 720);

        Assert.Equal(
            ["The committee met twice in the autumn and then adjourned.", "The spring meeting was shorter."],
            SyntheticPage.Analyze(first, second).Select(b => b.Text));
    }
}
