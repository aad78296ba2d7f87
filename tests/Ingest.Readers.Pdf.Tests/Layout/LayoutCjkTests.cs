using Ingest.Readers.Pdf.Layout;

namespace Ingest.Readers.Pdf.Tests.Layout;

/// <summary>Chinese and Japanese text: full-width glyphs, no spaces between words, tight line spacing.</summary>
public sealed class LayoutCjkTests
{
    /// <summary>Draws full-width glyphs (one em wide) from x along the baseline y; the font's space is half an em, as in many CJK fonts.</summary>
    private static double Ideographs(SyntheticPage page, string text, double x, double y, double size = 10)
    {
        foreach (var c in text)
        {
            page.Add(new PdfGlyph(c.ToString(), x, y, size, size, 0, 0.5 * size, 7, false, false, 0));
            x += size;
        }

        return x;
    }

    [Fact]
    public void A_latin_word_a_quarter_em_from_ideographs_is_a_word_of_its_own()
    {
        var page = new SyntheticPage();
        var x = Ideographs(page, "程序", 100, 700);
        x = page.Text("DYNA", x + 2.5, 700);
        Ideographs(page, "系列", x + 2.5, 700);

        Assert.Equal("程序 DYNA 系列", Assert.Single(SyntheticPage.Analyze(page)).Text);
    }

    [Fact]
    public void Two_lines_set_solid_are_read_one_after_the_other()
    {
        // Full-width glyphs on a pitch of 1.05 em: the lines nearly touch, and each must stay whole.
        var page = new SyntheticPage();
        Ideographs(page, "本公司董事会保证本报告", 72, 700, size: 12);
        Ideographs(page, "所载资料不存在虚假记载", 72, 700 - 12.6, size: 12);

        Assert.Equal("本公司董事会保证本报告 所载资料不存在虚假记载", Assert.Single(SyntheticPage.Analyze(page)).Text);
    }

    [Fact]
    public void Two_lines_of_different_sizes_set_close_are_not_interleaved()
    {
        // A short 9 pt line whose baseline is 0.55 em under the 12 pt line above it (a unit note under a table
        // heading): ideographs are never set as subscripts, so it is a line of its own.
        var page = new SyntheticPage();
        Ideographs(page, "年度报告摘要说明", 72, 700, size: 12);
        Ideographs(page, "单位：元", 80, 700 - 6.6, size: 9);

        var text = string.Join(" ", SyntheticPage.Analyze(page).Select(b => b.Text));

        Assert.Contains("年度报告摘要说明", text, StringComparison.Ordinal);
        Assert.Contains("单位：元", text, StringComparison.Ordinal);
    }
}
