using Ingest.Readers.Pdf.Layout;

namespace Ingest.Readers.Pdf.Tests.Layout;

public sealed class LayoutWordTests
{
    [Fact]
    public void Splits_words_at_gaps_when_spaces_are_not_drawn()
    {
        var page = new SyntheticPage();
        page.Text("The quick brown fox", 72, 700);

        var blocks = SyntheticPage.Analyze(page);

        Assert.Equal("The quick brown fox", Assert.Single(blocks).Text);
    }

    [Fact]
    public void Splits_words_at_space_glyphs_even_without_a_gap()
    {
        var page = new SyntheticPage();

        // Fake spaces: the space glyph is drawn but the next word starts right after the previous one.
        page.Text("alpha beta gamma", 72, 700, spaceGlyphs: true, wordGapEm: 0);

        Assert.Equal("alpha beta gamma", Assert.Single(SyntheticPage.Analyze(page)).Text);
    }

    [Fact]
    public void A_space_glyph_drawn_over_a_letter_does_not_split_its_word()
    {
        var page = new SyntheticPage();

        // A table cell padded with a run of spaces whose last one overlaps the right-aligned number after it.
        page.Text("capital", 72, 700);
        page.Text("        ", 108, 700, spaceGlyphs: true);
        page.Text("30,000", 125, 700);

        Assert.Equal("capital 30,000", Assert.Single(SyntheticPage.Analyze(page)).Text);
    }

    [Fact]
    public void Splits_short_words_whose_gaps_are_half_the_gaps_of_the_line()
    {
        var page = new SyntheticPage();

        // A date set in two fonts: digits whose space is half an em, ideographs a full em wide, a quarter-em gap
        // between each run; word gaps are six of the line's ten gaps.
        var x = 72.0;
        foreach (var run in new[] { "2010", "\u5E74", "8", "\u6708", "17", "\u65E5" })
        {
            var ideograph = run[0] > '\u2E80';
            foreach (var c in run)
            {
                var advance = ideograph ? 10 : 5;
                page.Add(new PdfGlyph(c.ToString(), x, 700, advance, 10, 0, ideograph ? 3 : 5, ideograph ? 2 : 1, false, false, 0));
                x += advance;
            }

            x += 2.5;
        }

        Assert.Equal("2010 \u5E74 8 \u6708 17 \u65E5", Assert.Single(SyntheticPage.Analyze(page)).Text);
    }

    [Fact]
    public void Ignores_kerning_inside_words_and_finds_spaces_made_by_kerning()
    {
        var page = new SyntheticPage();

        // TJ kerning nudges letters by up to 0.06 em either way; the word gaps come from a -300 TJ offset.
        page.Text("Typography AVAILABLE Wave", 72, 700, wordGapEm: 0.3, kerning: i => (i % 3 - 1) * 0.06);

        Assert.Equal("Typography AVAILABLE Wave", Assert.Single(SyntheticPage.Analyze(page)).Text);
    }

    [Fact]
    public void Reads_letter_spaced_text_without_spurious_spaces()
    {
        var page = new SyntheticPage();

        // Character spacing (Tc) that the advance does not include: 0.12 em between all letters.
        page.Text("spaced out heading text", 72, 700, letterGapEm: 0.12, wordGapEm: 0.45);

        Assert.Equal("spaced out heading text", Assert.Single(SyntheticPage.Analyze(page)).Text);
    }

    [Fact]
    public void Keeps_justified_lines_whole_despite_wide_word_gaps()
    {
        var page = new SyntheticPage();

        // Word spacing (Tw) of a justified line: gaps of 1.4 em, one of them wider than a narrow gutter.
        page.Text("justified lines stretch their word gaps", 72, 700, wordGapEm: 1.4, spaceGlyphs: true);
        page.Text("to fill the measure of the column", 72, 688, wordGapEm: 0.3);

        var block = Assert.Single(SyntheticPage.Analyze(page));

        Assert.Equal("justified lines stretch their word gaps to fill the measure of the column", block.Text);
    }

    [Fact]
    public void Keeps_glyphs_drawn_twice_for_fake_bold_once()
    {
        var page = new SyntheticPage();
        page.Text("Bold claim", 72, 700, bold: true);
        page.Text("Bold claim", 72.3, 700.2, bold: true);

        Assert.Equal("Bold claim", Assert.Single(SyntheticPage.Analyze(page)).Text);
    }

    [Fact]
    public void Keeps_real_double_letters()
    {
        var page = new SyntheticPage();
        page.Text("llama attitude", 72, 700);

        Assert.Equal("llama attitude", Assert.Single(SyntheticPage.Analyze(page)).Text);
    }

    [Fact]
    public void Drops_soft_hyphens_inside_words()
    {
        var page = new SyntheticPage();
        var x = page.Text("hyphen", 72, 700);
        page.Add(new PdfGlyph("\u00AD", x, 700, 0, 10, 0, 2.5, 1, false, false, 0));
        page.Text("ation", x, 700);

        Assert.Equal("hyphenation", Assert.Single(SyntheticPage.Analyze(page)).Text);
    }

    [Fact]
    public void Survives_degenerate_glyphs()
    {
        var page = new SyntheticPage();
        page.Add(new PdfGlyph("x", double.NaN, 700, 5, 10, 0, 2.5, 1, false, false, 0));
        page.Add(new PdfGlyph("y", 72, double.PositiveInfinity, 5, 10, 0, 2.5, 1, false, false, 0));
        page.Add(new PdfGlyph("z", 72, 700, double.NaN, 0, double.NaN, double.NaN, 1, false, false, 0));
        page.Add(new PdfGlyph(string.Empty, 80, 700, 5, 10, 0, 2.5, 1, false, false, 0));
        page.Text("ok", 90, 700);

        var blocks = SyntheticPage.Analyze(page, new SyntheticPage(2));

        Assert.Contains(blocks, b => b.Text.Contains("ok", StringComparison.Ordinal));
        Assert.Empty(PdfLayoutAnalyzer.Analyze([], CancellationToken.None));
    }

    [Fact]
    public void Skips_lines_of_unmapped_glyphs()
    {
        var page = new SyntheticPage();
        for (var i = 0; i < 5; i++)
        {
            page.Add(new PdfGlyph(string.Empty, 72 + (i * 5), 760, 5, 10, 0, 2.5, 1, false, false, 0));
            page.Add(new PdfGlyph(string.Empty, 72 + (i * 5), 30, 5, 10, 0, 2.5, 1, false, false, 0));
        }

        page.Text("readable", 72, 700);

        Assert.Equal("readable", Assert.Single(SyntheticPage.Analyze(page, new SyntheticPage(2))).Text);
    }
}
