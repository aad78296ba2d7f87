using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Fonts;

/// <summary>The non-embedded standard symbol fonts read through their built-in encodings.</summary>
public sealed class StandardSymbolFontTests
{
    [Fact]
    public void ZapfDingbats_codes_read_as_the_dingbats_their_glyph_names_stand_for()
    {
        // Built-in encoding: 0x21 is a1 (upper blade scissors), 0xAC is a120 (circled digit one), 0x6C is a71 (black circle).
        var pdf = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, string.Empty, "BT /F2 12 Tf 72 700 Td (Marks:) Tj /F1 12 Tf 50 0 Td <21AC6C> Tj ET")
            .Add(5, "<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>")
            .Add(6, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
            .Build();

        var document = PdfTestReading.Read(pdf);

        Assert.Equal("Marks: \u2701\u2460\u25CF", document.Text);
    }
}
