using Ingest.Readers.Office.Presentation;
using Ingest.Readers.Office.Spreadsheet;
using Ingest.Readers.Office.Tests.TestSupport;
using Ingest.Readers.Office.Word;
using Ingest.Testing;

namespace Ingest.Readers.Office.Tests.Fixtures;

/// <summary>The five fixture texts converted by LibreOffice (tests/Fixtures/formats/make-formats.py) read back.</summary>
public sealed class ConvertedFixtureTests
{
    public static TheoryData<string> Fixtures() => new(
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt").Select(Path.GetFileNameWithoutExtension).Order()!);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Docx_text_matches_the_fixture_and_its_headings(string fixture)
    {
        var reference = await File.ReadAllTextAsync(OfficeReading.FixturePath(fixture + ".txt"));
        var document = await OfficeReading.ReadAsync(new DocxReader(), await File.ReadAllBytesAsync(OfficeReading.FixturePath($"formats/office/{fixture}.docx")));

        var (_, _, f1) = WordMetrics.Score(OfficeReading.TextWithoutTables(document), reference);
        Assert.True(f1 >= 0.995, $"word F1 {f1:F4}");
        var headings = document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.Level, Text: b.GetText(document).Replace("*", string.Empty, StringComparison.Ordinal))).ToList();
        var expected = OfficeReading.FixtureHeadings(reference).Select((h, i) => ((int?)(i == 0 ? 1 : 2), h.Replace("*", string.Empty, StringComparison.Ordinal))).ToList();
        Assert.Equal(expected, headings);
        Assert.Equal(expected[0].Item2, document.Metadata.Title);
        Assert.Contains("Ingest fixtures", document.Metadata.Authors);
        Assert.StartsWith("/word/document.xml#/body/p[", document.Metadata.Extra["provenance"].Split('\n')[0].Split('\t')[1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Pptx_text_with_notes_matches_the_fixture_and_slide_titles_are_its_headings(string fixture)
    {
        var reference = await File.ReadAllTextAsync(OfficeReading.FixturePath(fixture + ".txt"));
        var document = await OfficeReading.ReadAsync(new PptxReader(), await File.ReadAllBytesAsync(OfficeReading.FixturePath($"formats/office/{fixture}.pptx")));

        var (_, _, f1) = WordMetrics.Score(OfficeReading.TextWithoutTables(document), reference);
        Assert.True(f1 >= 0.995, $"word F1 {f1:F4}");
        var titles = document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.GetText(document).Replace("*", string.Empty, StringComparison.Ordinal));
        Assert.Equal(OfficeReading.FixtureHeadings(reference).Select(h => h.Replace("*", string.Empty, StringComparison.Ordinal)), titles);
        Assert.Equal(document.Metadata.PageCount, document.Blocks.Max(b => b.Page));
        Assert.Contains("notesSlide", document.Metadata.Extra["provenance"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Xlsx_cells_match_the_fixture_under_the_sheet_name(string fixture)
    {
        var reference = await File.ReadAllTextAsync(OfficeReading.FixturePath(fixture + ".txt"));
        var document = await OfficeReading.ReadAsync(new XlsxReader(), await File.ReadAllBytesAsync(OfficeReading.FixturePath($"formats/office/{fixture}.xlsx")));

        var sheet = Assert.Single(document.Blocks, b => b.Kind == BlockKind.Heading);
        Assert.Equal(fixture, sheet.GetText(document));
        var table = Assert.Single(document.Blocks, b => b.Kind == BlockKind.Table);
        var (_, _, f1) = WordMetrics.Score(table.GetText(document), reference);
        Assert.True(f1 >= 0.995, $"word F1 {f1:F4}");
        Assert.Equal(table.GetText(document).Split('\n').Length.ToString(System.Globalization.CultureInfo.InvariantCulture), document.Metadata.Extra["cells"]);
    }
}
