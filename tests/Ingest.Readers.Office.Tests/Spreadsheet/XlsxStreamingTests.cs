using DocumentFormat.OpenXml.Spreadsheet;
using SheetText = DocumentFormat.OpenXml.Spreadsheet.Text;
using Ingest.Readers.Office.Spreadsheet;
using Ingest.Readers.Office.Tests.TestSupport;
using static Ingest.Readers.Office.Tests.TestSupport.GeneratedPackages;

namespace Ingest.Readers.Office.Tests.Spreadsheet;

public sealed class XlsxStreamingTests
{
    [Fact]
    public async Task Cells_resolve_shared_inline_boolean_and_number_values_in_their_columns()
    {
        var bytes = Xlsx(
            [("Budget", w =>
            {
                Row(w, new Cell { CellReference = "A1", DataType = CellValues.SharedString, CellValue = new CellValue("0") },
                    new Cell { CellReference = "C1", DataType = CellValues.InlineString, InlineString = new InlineString(new SheetText("inline")) });
                Row(w, new Cell { CellReference = "B2", CellValue = new CellValue("3.5") },
                    new Cell { CellReference = "C2", DataType = CellValues.Boolean, CellValue = new CellValue("1") });
            }),
            ("Empty", _ => { })],
            ["Item"]);

        var document = await OfficeReading.ReadAsync(new XlsxReader(), bytes);

        Assert.Equal(["Budget", "Item\t\tinline\n\t3.5\tTRUE", "Empty"], document.Blocks.Select(b => b.GetText(document)));
        Assert.Equal("4", document.Metadata.Extra["cells"]);
        Assert.Equal("2", document.Metadata.Extra["sheets"]);
    }

    [Fact]
    public async Task A_sheet_over_the_row_limit_is_cut_with_a_warning()
    {
        var bytes = Xlsx(
            [("Big", w =>
            {
                for (var r = 1; r <= 5000; r++)
                {
                    Row(w, new Cell { CellReference = $"A{r}", CellValue = new CellValue(r) });
                }
            })],
            []);

        var document = await OfficeReading.ReadAsync(new XlsxReader(new OfficeReaderOptions { MaxRowsPerSheet = 100 }), bytes);

        var table = Assert.Single(document.Blocks, b => b.Kind == BlockKind.Table);
        Assert.Equal(100, table.GetText(document).Split('\n').Length);
        Assert.EndsWith("\n100", table.GetText(document), StringComparison.Ordinal);
        var warning = Assert.Single(document.Diagnostics, d => d.Code == "xlsx.rows-truncated");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
    }
}
