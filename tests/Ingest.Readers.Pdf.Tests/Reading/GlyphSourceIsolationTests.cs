using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Reading;

public sealed class GlyphSourceIsolationTests
{
    [Fact]
    public void Reading_with_the_own_engine_never_loads_PdfPig()
    {
        var pdf = PdfFileBuilder.SinglePage("BT /F1 12 Tf 72 720 Td (Own engine only) Tj ET").Build();

        var document = PdfTestReading.Read(pdf);

        Assert.Equal("Own engine only", document.Text);
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name!.StartsWith("UglyToad.PdfPig", StringComparison.Ordinal));
        Assert.Null(new PdfReaderOptions().GlyphSource);
    }
}
