using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Reading;

public sealed class SimpleFontTextTests
{
    [Fact]
    public void Reads_text_shown_in_a_standard_font()
    {
        var pdf = PdfFileBuilder.SinglePage("BT /F1 12 Tf 72 720 Td (Hello World) Tj ET").Build();

        var document = PdfTestReading.Read(pdf);

        Assert.Equal("Hello World", document.Text);
        Assert.Equal(1, document.Metadata.PageCount);
        Assert.Equal(1, document.Blocks[0].Page);
    }

    [Fact]
    public void Standard_font_without_encoding_uses_the_standard_encoding_and_its_widths()
    {
        var pdf = PdfFileBuilder.SinglePage(
            "BT /F1 10 Tf 72 720 Td (quotes \\047x\\047 and \\256fine) Tj ET",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>").Build();

        var document = PdfTestReading.Read(pdf);

        // StandardEncoding: 047 is quoteright, 256 is the fi ligature, which comes out as letters.
        Assert.Equal("quotes \u2019x\u2019 and fifine", document.Text);
    }

    [Fact]
    public void Differences_remap_codes_by_glyph_name()
    {
        var pdf = PdfFileBuilder.SinglePage(
            "BT /F1 10 Tf 72 720 Td (ABC) Tj ET",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [65 /Eacute /uni0416 /f_f] >> >>").Build();

        var document = PdfTestReading.Read(pdf);

        Assert.Equal("\u00c9\u0416ff", document.Text);
    }

    [Fact]
    public void Tj_with_kerning_and_positioning_operators_yields_the_words()
    {
        var pdf = PdfFileBuilder.SinglePage(
            "BT /F1 12 Tf 14 TL 72 720 Td [(Hel) -20 (lo) 30 ( world)] TJ T* (second) Tj (line) ' ET").Build();

        var document = PdfTestReading.Read(pdf);

        Assert.Contains("Hello world", document.Text);
        Assert.Contains("second", document.Text);
        Assert.Contains("line", document.Text);
    }
}
