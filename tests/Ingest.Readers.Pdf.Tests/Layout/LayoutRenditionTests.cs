using System.Globalization;
using Ingest.Readers.Pdf.Tests.Support;
using Ingest.Testing;
using Xunit.Abstractions;

namespace Ingest.Readers.Pdf.Tests.Layout;

/// <summary>
/// The fixtures rendered by tests/Fixtures/pdf/layout/make-layouts.sh (two columns, justified and hyphenated,
/// running headers and page numbers, rotated pages) read back through the whole reader, with pdftotext's
/// figures on the same files printed beside ours when it is installed.
/// </summary>
public sealed class LayoutRenditionTests(ITestOutputHelper output)
{
    private static readonly string[] Layouts = ["two-columns", "justified-hyphenated", "running-headers", "rotated"];
    private static readonly string[] Fixtures = ["000_8356487e95b370c0", "001_dfc885e2c315c131", "004_1616c7d502a30445"];

    public static TheoryData<string, string> Renditions()
    {
        var data = new TheoryData<string, string>();
        foreach (var layout in Layouts)
        {
            foreach (var id in Fixtures)
            {
                data.Add(layout, id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Renditions))]
    public void Reads_the_layout_rendition_in_order_with_every_word_whole(string layout, string id)
    {
        var reference = File.ReadAllText(PdfTestReading.FixturePath(id + ".txt"));
        var path = Path.Combine("pdf", "layout", $"{layout}-{id[..3]}.pdf");

        var text = PdfTestReading.ReadFixture(path).Text;

        var (precision, recall, f1) = WordMetrics.Score(text, reference);
        var bigrams = WordMetrics.BigramRecall(text, reference);
        var split = WordMetrics.SplitWords(text, reference);
        output.WriteLine(Figures("ingest", layout, id, precision, recall, f1, bigrams, split.Count));
        if (PopplerTextExtraction.Extract(PdfTestReading.FixturePath(path), physicalLayout: false) is { } poppler)
        {
            var p = WordMetrics.Score(poppler, reference);
            output.WriteLine(Figures("pdftotext", layout, id, p.Precision, p.Recall, p.F1, WordMetrics.BigramRecall(poppler, reference), WordMetrics.SplitWords(poppler, reference).Count));
        }

        Assert.True(f1 >= 0.995, $"word F1 {f1:0.0000}; first missing in order: {WordMetrics.FirstMissingInOrder(text, reference)}");
        Assert.True(bigrams >= 0.99, $"bigram recall {bigrams:0.0000}");
        Assert.Empty(split);
        foreach (var word in LayoutFurniture.Words)
        {
            Assert.DoesNotContain(word, text, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(@"Page \d+ of \d+", text);
    }

    [Fact]
    public void Returns_running_headers_and_page_numbers_as_page_furniture()
    {
        var document = PdfTestReading.ReadFixture(Path.Combine("pdf", "layout", "running-headers-000.pdf"), new PdfReaderOptions { IncludePageFurniture = true });

        var headers = document.Blocks.Where(b => b.Kind == BlockKind.PageHeader).Select(b => b.GetText(document)).ToList();
        var footers = document.Blocks.Where(b => b.Kind == BlockKind.PageFooter).Select(b => b.GetText(document)).ToList();

        Assert.Equal(document.Metadata.PageCount, headers.Count);
        Assert.All(headers, h => Assert.Equal("Quarterly Review of Regional Affairs", h));
        Assert.Contains("Confidential draft circulated for comment", footers);
        Assert.Contains($"Page 2 of {document.Metadata.PageCount}", footers);
    }

    [Fact]
    public void Reads_headings_of_the_two_column_rendition_with_levels()
    {
        var document = PdfTestReading.ReadFixture(Path.Combine("pdf", "layout", "two-columns-000.pdf"));

        var headings = document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.GetText(document), b.Level)).ToList();

        Assert.Contains(("The Fall of Karabakh", (int?)1), headings);
        Assert.Contains(("The Results of the Conflict", (int?)2), headings);
    }

    private static string Figures(string tool, string layout, string id, double precision, double recall, double f1, double bigrams, int split)
        => string.Create(CultureInfo.InvariantCulture, $"{tool,-9} {layout}-{id[..3]}: P {precision:0.0000} R {recall:0.0000} F1 {f1:0.0000} bigram {bigrams:0.0000} split {split}");
}
