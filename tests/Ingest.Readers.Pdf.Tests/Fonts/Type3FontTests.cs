using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Fonts;

/// <summary>
/// Type 3 fonts: glyph procedures in a glyph space of the font's own (<c>/FontMatrix</c>), names the producer made up,
/// Latin-1 codes and symbol glyphs.
/// </summary>
public sealed class Type3FontTests
{
    [Theory]
    [InlineData("[1 0 0 1 0 0]", "[0 0 1 1]", "0.6 0.6 0.6", "BT /F1 12 Tf 72 700 Td (ABC) Tj ET")]
    [InlineData("[0.01 0 0 0.01 0 0]", "[0 0 100 100]", "60 60 60", "BT /F1 1 Tf 24 0 0 24 72 700 Tm (ABC) Tj ET")]
    [InlineData("[0.001 0 0 -0.001 0 0]", "[0 0 1000 1000]", "600 600 600", "BT /F1 12 Tf 72 700 Td (ABC) Tj ET")]
    [InlineData("[0.5 0 0 0.5 0 0]", "[0 0 2 2]", "1.2 1.2 1.2", "BT /F1 6 Tf 2 0 0 2 72 700 Tm (ABC) Tj ET")]
    [InlineData("[1 0 0 1 0 0]", "[0 0 0 0]", "0.6 0.6 0.6", "q 10 0 0 10 0 0 cm BT /F1 1.2 Tf 7.2 70 Td (ABC) Tj ET Q")]
    public void Text_comes_out_whatever_the_font_matrix_and_the_text_matrix_it_is_concatenated_with(string fontMatrix, string box, string widths, string content)
    {
        var pdf = Type3Page(fontMatrix, box, $"/FirstChar 65 /LastChar 67 /Widths [{widths}]", "65 /g1 /g2 /g3", content);

        var document = PdfTestReading.Read(pdf);

        Assert.Equal("ABC", document.Text);
    }

    [Fact]
    public void Without_widths_the_advances_come_from_the_glyph_procedures_in_the_font_matrix_space()
    {
        // Glyph space of one unit per em: a default advance of 500 units would throw every glyph 500 ems apart.
        var pdf = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, string.Empty, "BT /F1 12 Tf 72 700 Td (test) Tj ET")
            .Add(5, "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1 1] /FontMatrix [1 0 0 1 0 0] /CharProcs << /g1 6 0 R /g2 7 0 R /g3 8 0 R >> "
                + "/Encoding << /Type /Encoding /Differences [101 /g2 115 /g3 116 /g1] >> /Resources << >> >>")
            .AddStream(6, string.Empty, "0.35 0 0 0 0.3 0.7 d1 0 0 0.3 0.7 re f")
            .AddStream(7, string.Empty, "0.55 0 d0 0 0 0.5 0.5 re f")
            .AddStream(8, string.Empty, "0.5 0 0 0 0.45 0.5 d1 0 0 0.45 0.5 re f")
            .Build();

        var document = PdfTestReading.Read(pdf);

        Assert.Equal("test", document.Text);
    }

    [Fact]
    public void Latin1_codes_with_made_up_names_keep_their_accented_letters()
    {
        var pdf = Type3Page("[0.001 0 0 0.001 0 0]", "[0 0 1000 1000]", "/FirstChar 97 /LastChar 255 /Widths [" + string.Join(' ', Enumerable.Repeat(500, 159)) + "]",
            "99 /g99 102 /g102 97 /g97 233 /g233 234 /g234 235 /g235 252 /g252", "BT /F1 12 Tf 72 700 Td (caf\\351 \\352\\353\\374) Tj ET");

        var document = PdfTestReading.Read(pdf);

        Assert.Equal("caf\u00e9 \u00ea\u00eb\u00fc", document.Text);
    }

    [Fact]
    public void Symbol_glyphs_with_descriptive_names_are_not_read_as_the_letters_of_their_codes()
    {
        // A music font: its glyphs are named for what they draw, and those names are not characters. Scattered over
        // the page at many heights, read as the letters of their codes they became one-letter paragraphs.
        var symbols = string.Join(' ', Enumerable.Range(0, 20).Select(i => $"{120 + (i * 37 % 300)} {200 + (i * 53 % 400)} Td ({(char)('A' + (i % 3))}) Tj"));
        var pdf = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, string.Empty, $"BT /F2 12 Tf 72 740 Td (Allegro moderato) Tj ET BT /F1 12 Tf {symbols} ET")
            .Add(5, "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << >> "
                + "/Encoding << /Type /Encoding /Differences [65 /sharp /flat /clef] >> /FirstChar 65 /LastChar 67 /Widths [600 600 600] >>")
            .Add(6, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
            .Build();

        var document = PdfTestReading.Read(pdf);

        Assert.Equal("Allegro moderato", document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "pdf.font.unmapped-glyphs");
    }

    private static byte[] Type3Page(string fontMatrix, string box, string widths, string differences, string content) => new PdfFileBuilder()
        .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
        .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
        .AddStream(4, string.Empty, content)
        .Add(5, $"<< /Type /Font /Subtype /Type3 /FontBBox {box} /FontMatrix {fontMatrix} /CharProcs << >> "
            + $"/Encoding << /Type /Encoding /Differences [{differences}] >> {widths} /Resources << >> >>")
        .Build();
}
