using Ingest.Readers.Pdf.Tests.Support;
using Ingest.Testing;
using Xunit.Abstractions;

namespace Ingest.Readers.Pdf.Tests.Layout;

/// <summary>
/// One PDF per producer of the producer corpus (tests/Fixtures/pdf/producers/make-producers.sh: TeX, troff with
/// Ghostscript, LibreOffice, Chromium columns, enscript, WeasyPrint, cairo), made from a text written for the corpus,
/// read back through the whole reader and scored against the ground truth the generator wrote beside it.
/// </summary>
public sealed class ProducerRenditionTests(ITestOutputHelper output)
{
    public static TheoryData<string> Producers()
    {
        var data = new TheoryData<string>();
        foreach (var pdf in Directory.EnumerateFiles(PdfTestReading.FixturePath(Path.Combine("pdf", "producers")), "*.pdf").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(pdf));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Reads_the_producer_rendition_in_order_with_every_word_whole(string name)
    {
        var folder = Path.Combine("pdf", "producers");
        var reference = File.ReadAllText(PdfTestReading.FixturePath(Path.Combine(folder, name + ".txt")));

        var text = PdfTestReading.ReadFixture(Path.Combine(folder, name + ".pdf")).Text;

        var (precision, recall, f1) = WordMetrics.Score(text, reference);
        var bigrams = WordMetrics.BigramRecall(text, reference);
        var split = WordMetrics.SplitWords(text, reference);
        output.WriteLine($"{name}: P {precision:0.0000} R {recall:0.0000} F1 {f1:0.0000} bigram {bigrams:0.0000} split {split.Count} ({string.Join(' ', split)}) leaked {LayoutFurniture.LeakedLines(text)}");

        // The targets for every producer set (latex-type3: pdfTeX bitmap fonts read through the TeX encoding).
        Assert.True(f1 >= 0.995, $"word F1 {f1:0.0000}; first missing in order: {WordMetrics.FirstMissingInOrder(text, reference)}");
        Assert.True(bigrams >= 0.99, $"bigram recall {bigrams:0.0000}");
    }
}
