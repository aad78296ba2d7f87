using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ingest.Readers.Office.Spreadsheet;
using Ingest.Readers.Office.Tests.TestSupport;

namespace Ingest.Readers.Office.Tests.Spreadsheet;

/// <summary>Numbers appear as Excel shows them: the number format of the cell style applied to the stored value.</summary>
public sealed class XlsxNumberFormatTests
{
    // Custom formats (ids from 164, as Excel numbers them); the cell style index is the position in this list.
    private static readonly (uint FormatId, string? Code)[] Styles =
    [
        (0, null), (14, null), (164, "yyyy-mm-dd"), (10, null), (165, "0.0%"), (4, null), (166, "dd/mm/yyyy hh:mm"),
        (167, "#,##0.00 [$€-407]"), (49, null), (21, null), (18, null), (168, "[h]:mm"), (169, "d mmmm yyyy"), (170, "[Red]0.00;[Blue]-0.00"),
        (12, null), (13, null), (171, "# ?/8"), (172, "?/?"), (173, "#,##0 ??/??"),
    ];

    private static async Task<string> CellAsync(string value, int style, bool date1904 = false)
    {
        var bytes = Workbook(value, style, date1904);
        var document = await OfficeReading.ReadAsync(new XlsxReader(), bytes, "formats.xlsx");
        return document.Blocks.Single(b => b.Kind == BlockKind.Table).GetText(document);
    }

    [Theory]
    [InlineData("46024", 1, "1/2/2026")]
    [InlineData("46024", 2, "2026-01-02")]
    [InlineData("46024.75", 6, "02/01/2026 18:00")]
    [InlineData("46024", 12, "2 January 2026")]
    [InlineData("59", 2, "1900-02-28")]
    [InlineData("61", 2, "1900-03-01")]
    [InlineData("0.5", 9, "12:00:00")]
    [InlineData("0.75", 10, "6:00 PM")]
    [InlineData("1.5", 11, "36:00")]
    public async Task Dates_and_times_are_shown_from_their_serial_number(string value, int style, string shown)
        => Assert.Equal(shown, await CellAsync(value, style));

    [Theory]
    [InlineData("0.256", 3, "25.60%")]
    [InlineData("0.256", 4, "25.6%")]
    [InlineData("1234567.891", 5, "1,234,567.89")]
    [InlineData("1234.5", 7, "1,234.50 €")]
    [InlineData("-2.5", 13, "-2.50")]
    public async Task Percentages_decimals_separators_and_currency_follow_the_format(string value, int style, string shown)
        => Assert.Equal(shown, await CellAsync(value, style));

    [Theory]
    [InlineData("1.5", 14, "1 1/2")]
    [InlineData("0.75", 14, "3/4")]
    [InlineData("-2.25", 14, "-2 1/4")]
    [InlineData("3.14159265", 14, "3 1/7")]
    [InlineData("3.14159265", 15, "3 14/99")]
    [InlineData("0.3333", 15, "1/3")]
    [InlineData("2", 14, "2")]
    [InlineData("1.98", 14, "2")]
    [InlineData("0", 14, "0")]
    [InlineData("0.3", 16, "2/8")]
    [InlineData("1.5", 17, "3/2")]
    [InlineData("12345.5", 18, "12,345 1/2")]
    public async Task Fractions_show_the_closest_fraction_the_placeholders_allow(string value, int style, string shown)
        => Assert.Equal(shown, await CellAsync(value, style));

    [Theory]
    [InlineData("0.1", 0, "0.1")]
    [InlineData("42", 8, "42")]
    public async Task General_and_text_formats_keep_the_stored_value(string value, int style, string shown)
        => Assert.Equal(shown, await CellAsync(value, style));

    [Fact]
    public async Task The_1904_date_system_counts_from_1904()
        => Assert.Equal("1904-01-02", await CellAsync("1", 2, date1904: true));

    private static byte[] Workbook(string value, int style, bool date1904)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new WorkbookProperties { Date1904 = date1904 }, new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(Styles.Where(s => s.Code is not null).Select(s => new NumberingFormat { NumberFormatId = s.FormatId, FormatCode = s.Code })),
                new CellFormats(Styles.Select(s => new CellFormat { NumberFormatId = s.FormatId, ApplyNumberFormat = true })));
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(new Row(new Cell { CellReference = "A1", CellValue = new CellValue(value), StyleIndex = (uint)style })));
            workbook.Workbook.Sheets!.Append(new Sheet { Name = "Formats", SheetId = 1, Id = workbook.GetIdOfPart(sheet) });
        }

        return stream.ToArray();
    }
}
