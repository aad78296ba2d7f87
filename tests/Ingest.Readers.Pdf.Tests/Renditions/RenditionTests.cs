using Ingest.Readers.Pdf.Tests.Support;
using Ingest.Testing;

namespace Ingest.Readers.Pdf.Tests.Renditions;

/// <summary>The fixtures rendered by LibreOffice and Chromium (tests/Fixtures/pdf/make-renditions.sh) read back word for word.</summary>
public sealed class RenditionTests
{
    public static TheoryData<string, string> Renditions()
    {
        var data = new TheoryData<string, string>();
        foreach (var producer in new[] { "libreoffice", "chromium" })
        {
            foreach (var id in new[] { "000_8356487e95b370c0", "001_dfc885e2c315c131", "002_d984472c41d3493e", "003_d83d9bb4bc8cd208", "004_1616c7d502a30445" })
            {
                data.Add(producer, id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Renditions))]
    public void Rendition_text_matches_the_fixture_words(string producer, string id)
    {
        var reference = File.ReadAllText(PdfTestReading.FixturePath(id + ".txt"));
        var document = PdfTestReading.ReadFixture(Path.Combine("pdf", $"{producer}-{id}.pdf"));

        var (_, _, f1) = WordMetrics.Score(document.Text, reference);

        Assert.True(f1 >= 0.995, $"word F1 {f1:0.0000} < 0.995 for {producer}-{id}; first missing in order: {WordMetrics.FirstMissingInOrder(document.Text, reference)}");
        Assert.True(document.Metadata.PageCount >= 1);
        Assert.All(document.Blocks, b => Assert.NotNull(b.Page));
        Assert.Equal(producer == "chromium" ? "Skia/PDF" : "LibreOffice", document.Metadata.Extra["producer"][..Math.Min(document.Metadata.Extra["producer"].Length, producer == "chromium" ? 8 : 11)]);
    }
}
