using Ingest.Readers.Office.Spreadsheet;
using Ingest.Readers.Office.Tests.TestSupport;
using Ingest.Readers.Office.Word;
using Ingest.Testing;

namespace Ingest.Readers.Office.Tests.Fixtures;

/// <summary>
/// Markup as Word and Excel write it, beyond what LibreOffice's conversions contain (hand-written by
/// tests/Fixtures/formats/make-other-producers.py, with the words each file must give).
/// </summary>
public sealed class OtherProducerFixtureTests
{
    [Fact]
    public async Task Word_markup_gives_exactly_the_visible_words()
    {
        var document = await ReadAsync(new DocxReader(), "word-like.docx");

        var (precision, recall, _) = WordMetrics.Score(OfficeReading.TextWithoutTables(document), await ReferenceAsync("word-like.txt"));
        Assert.Equal(1.0, precision);
        Assert.Equal(1.0, recall);
    }

    [Fact]
    public async Task Word_headings_come_from_localised_styles_styles_based_on_them_and_outline_levels()
    {
        var document = await ReadAsync(new DocxReader(), "word-like.docx");

        var headings = document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => $"{b.Level}\t{b.GetText(document)}");
        Assert.Equal((await ReferenceAsync("word-like.headings")).Split('\n', StringSplitOptions.RemoveEmptyEntries), headings);
        Assert.Equal("Annual report of the rowing club", document.Metadata.Title);
    }

    [Fact]
    public async Task Tracked_moves_deletions_field_codes_and_text_box_fallbacks_are_not_read_twice_or_at_all()
    {
        var document = await ReadAsync(new DocxReader(), "word-like.docx");
        var text = OfficeReading.TextWithoutTables(document);

        Assert.Single(document.Blocks, b => b.GetText(document).Contains("Moved sentence appears once", StringComparison.Ordinal));
        Assert.DoesNotContain("thirty", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PAGE", text, StringComparison.Ordinal);
        Assert.Single(document.Blocks, b => b.GetText(document).Contains("Sidebar quote", StringComparison.Ordinal));
        Assert.Contains("Henley hosts the next race.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Excel_markup_gives_every_cell_as_excel_shows_it()
    {
        var document = await ReadAsync(new XlsxReader(new OfficeReaderOptions()), "excel-like.xlsx");

        var tables = document.Blocks.Where(b => b.Kind == BlockKind.Table).Select(b => b.GetText(document)).ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal("Station\tRainfall\tChecked\nNorth ridge\t42.5\tTRUE\nTokyo\t85\tFALSE\nStation total\t127.5\t#N/A\nSums\t0.3\t3.3\t123456789012345", tables[0]);
        Assert.Equal("Inline rich text\t7\nSecond row\t8", tables[1]);
    }

    private static async Task<Document> ReadAsync(IDocumentReader reader, string name)
        => await OfficeReading.ReadAsync(reader, await File.ReadAllBytesAsync(OfficeReading.FixturePath("formats/producers/" + name)), name);

    private static Task<string> ReferenceAsync(string name) => File.ReadAllTextAsync(OfficeReading.FixturePath("formats/producers/" + name));
}
