using Ingest.Readers.Pdf.Fonts;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Fonts;

/// <summary>
/// pdfTeX's bitmap (PK) fonts: Type 3 fonts with glyphs named after their codes (<c>/a28</c>) and no ToUnicode map,
/// read through the TeX text encoding (T1 or OT1) their codes point to.
/// </summary>
public sealed class TexBitmapFontTests
{
    [Fact]
    public void T1_ligatures_dotless_i_quotes_and_dashes_read_as_their_letters()
    {
        // T1: 27-31 ff fi fl ffi ffl, 25 dotless i, 16/17 double quotes, 21 en dash.
        var pdf = BitmapFontPage(
            [16, 17, 21, 25, 27, 28, 29, 30, 31, .. Letters()],
            "(wa\\033le \\034ddle \\035ute o\\036ce ba\\037ing \\020na\\031ve\\021 9\\0256) Tj");

        var document = PdfTestReading.Read(pdf);

        Assert.Equal("waffle fiddle flute office baffling \u201Cna\u0131ve\u201D 9\u20136", document.Text);
    }

    [Fact]
    public void OT1_ligatures_and_dashes_read_as_their_letters_when_the_codes_point_to_OT1()
    {
        // OT1: 11-15 ff fi fl ffi ffl, 123 en dash, 124 em dash.
        var pdf = BitmapFontPage(
            [11, 12, 13, 123, 124, .. Letters()],
            "(e\\013luent \\014nches \\015ask pp 3\\1737 now\\174then) Tj");

        var document = PdfTestReading.Read(pdf);

        Assert.Equal("effluent finches flask pp 3\u20137 now\u2014then", document.Text);
    }

    [Fact]
    public void T1_upper_half_reads_as_central_european_letters_and_latin1()
    {
        var pdf = BitmapFontPage([0xA3, 0xAA, 0xB9, 0xE9, 0xF3, 0xF7, 0xFF, .. Letters()], "(\\252\\363d\\271 \\243ma caf\\351 c\\367ur Stra\\377e) Tj");

        var document = PdfTestReading.Read(pdf);

        Assert.Equal("\u0142\u00F3d\u017A \u010Dma caf\u00E9 c\u0153ur Stra\u00DFe", document.Text);
    }

    [Fact]
    public void Glyph_names_not_named_after_their_codes_are_not_read_as_a_TeX_encoding()
    {
        string?[] names = new string?[256];
        names[28] = "a28";
        names[65] = "g65";
        Assert.False(TexTextEncoding.HasCodeNamedGlyphs(names));
        names[65] = "a65";
        Assert.True(TexTextEncoding.HasCodeNamedGlyphs(names));
        Assert.False(TexTextEncoding.HasCodeNamedGlyphs(new string?[256]));
    }

    [Fact]
    public void The_encoding_with_more_of_its_own_codes_in_use_wins_and_T1_without_any()
    {
        var used = new bool[256];
        Assert.Equal(TexTextLayout.T1, TexTextEncoding.Guess(used));
        used[12] = used[13] = true;
        Assert.Equal(TexTextLayout.Ot1, TexTextEncoding.Guess(used));
        used[28] = used[29] = used[0xE9] = true;
        Assert.Equal(TexTextLayout.T1, TexTextEncoding.Guess(used));
    }

    private static IEnumerable<int> Letters() => Enumerable.Range('a', 26).Concat(Enumerable.Range('A', 26)).Concat(Enumerable.Range('0', 10));

    /// <summary>A page in a Type 3 font made the way pdfTeX embeds a PK font: /aNN names, no /BaseFont, no ToUnicode.</summary>
    private static byte[] BitmapFontPage(int[] codes, string show)
    {
        var differences = string.Join(' ', codes.Order().Select(c => $"{c} /a{c}"));
        var widths = string.Join(' ', Enumerable.Repeat("45.2", 256));
        return new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F34 5 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, string.Empty, $"BT /F34 9.96 Tf 72 700 Td {show} ET")
            .Add(5, "<< /Type /Font /Subtype /Type3 /Name /F34 /FontMatrix [0.011 0 0 0.011 0 0] /FontBBox [-4 -23 91 68] /CharProcs << >> "
                + $"/FirstChar 0 /LastChar 255 /Widths [{widths}] /Encoding << /Type /Encoding /Differences [{differences}] >> /Resources << >> >>")
            .Build();
    }
}
