using Ingest.Readers.Pdf.Layout;
using Ingest.Readers.Pdf.Tests.Support;

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

    [Fact]
    public void Ideographs_spread_by_typed_spaces_read_as_one_word_and_a_space_before_a_solid_run_stays()
    {
        // A table heading typed with a space between its characters ("期 末 数", the spaces drawn in a Latin font, as
        // office producers do), and a section heading whose number is set off by spaces from a title set solid.
        const string toUnicode = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange "
            + "9 beginbfchar <0001> <671F> <0002> <672B> <0003> <6570> <0004> <7B2C> <0005> <8282> <0006> <8BA1> <0007> <7B97> "
            + "<0008> <7EFC> <0009> <5408> endbfchar endcmap end end";
        const string content = "BT /F2 10 Tf 72 720 Td <0001> Tj /F1 10 Tf ( ) Tj /F2 10 Tf <0002> Tj /F1 10 Tf ( ) Tj /F2 10 Tf <0003> Tj ET "
            + "BT /F2 10 Tf 72 680 Td <0004> Tj /F1 10 Tf ( 2 ) Tj /F2 10 Tf <0005> Tj /F1 10 Tf ( ) Tj /F2 10 Tf <0006000700080009> Tj ET";
        var pdf = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, string.Empty, content)
            .Add(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
            .Add(6, "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Song /Encoding /Identity-H /DescendantFonts [7 0 R] /ToUnicode 8 0 R >>")
            .Add(7, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Song /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>")
            .AddStream(8, string.Empty, toUnicode)
            .Build();

        var lines = PdfTestReading.Read(pdf).Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["期末数", "第 2 节 计算综合"], lines);
    }

    /// <summary>
    /// Draws each character of <paramref name="text"/> full-width with a space glyph (half an em) drawn after it,
    /// the next character <paramref name="gapsEm"/> ems further on (one entry per gap).
    /// </summary>
    private static void SpacedCharacters(SyntheticPage page, string text, double x, double y, params double[] gapsEm)
    {
        const double size = 10;
        for (var c = 0; c < text.Length; c++)
        {
            page.Add(new PdfGlyph(text[c].ToString(), x, y, size, size, 0, 0.5 * size, 7, false, false, 0));
            x += size;
            if (c < gapsEm.Length)
            {
                page.Add(new PdfGlyph(" ", x, y, 0.5 * size, size, 0, 0.5 * size, 7, false, false, 0));
                x += gapsEm[c] * size;
            }
        }
    }

    [Fact]
    public void Han_characters_each_alone_at_even_spaced_gaps_read_as_one_word()
    {
        var page = new SyntheticPage();
        SpacedCharacters(page, "东南西北", 72, 700, 0.5, 0.5, 0.5);

        Assert.Equal("东南西北", Assert.Single(SyntheticPage.Analyze(page)).Text);
    }

    [Theory]
    [InlineData("１２３")]
    [InlineData("あいう")]
    [InlineData("东南あ")]
    public void Full_width_digits_or_kana_spread_by_spaces_stay_separate(string characters)
    {
        var page = new SyntheticPage();
        SpacedCharacters(page, characters, 72, 700, 0.5, 0.5);

        Assert.Equal(string.Join(' ', characters.ToCharArray()), Assert.Single(SyntheticPage.Analyze(page)).Text);
    }

    [Fact]
    public void Han_characters_at_uneven_spaced_gaps_stay_separate()
    {
        // Letter-spacing repeats one gap; gaps of half an em and nearly one em are items set apart, not one word.
        var page = new SyntheticPage();
        SpacedCharacters(page, "甲乙丙", 72, 700, 0.5, 0.95);

        Assert.Equal("甲 乙 丙", Assert.Single(SyntheticPage.Analyze(page)).Text);
    }
}
