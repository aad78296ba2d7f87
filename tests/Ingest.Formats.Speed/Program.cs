using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;
using Ingest;
using Ingest.Readers.Office.Spreadsheet;
using Ingest.Readers.Office.Word;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Document = Ingest.Document;

// Speed of the DOCX and XLSX readers on one thread, on generated documents:
// a DOCX of the five fixture texts repeated (paragraph per fixture paragraph) and an XLSX of rows x 10 cells.
// dotnet run -c Release --project tests/Ingest.Formats.Speed -- [docx-megabytes=20] [xlsx-rows=200000]
// Text check instead of speed: dotnet run -c Release --project tests/Ingest.Formats.Speed -- compare FOLDER [--show]
if (args.Length > 1 && args[0] == "compare")
{
    return await OfficeComparison.RunAsync(args[1], args.Contains("--show"));
}

var docxMegabytes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
var xlsxRows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200_000;

var paragraphs = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt").Order()
    .SelectMany(f => File.ReadAllText(f).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
    .Where(p => p.Length > 0).ToArray();
var docx = Docx(paragraphs, docxMegabytes << 20);
var xlsx = Xlsx(xlsxRows, 10);

await MeasureAsync("docx", new DocxReader(), docx, d => $"{d.Text.Length / 1e6:F1} M chars", d => d.Text.Length / 1e6, "MB/s of text (chars/1e6)");
await MeasureAsync("xlsx", new XlsxReader(new Ingest.Readers.Office.OfficeReaderOptions { MaxRowsPerSheet = int.MaxValue }), xlsx, d => $"{d.Metadata.Extra["cells"]} cells", d => long.Parse(d.Metadata.Extra["cells"], CultureInfo.InvariantCulture) * 60.0 / 1e6, "million cells/min");
return 0;

static async Task MeasureAsync(string name, IDocumentReader reader, byte[] bytes, Func<Document, string> size, Func<Document, double> amount, string unit)
{
    await ReadAsync(reader, bytes);
    var best = double.MaxValue;
    var bestCpu = double.MaxValue;
    Document? document = null;
    using var process = Process.GetCurrentProcess();
    for (var run = 0; run < 3; run++)
    {
        // The machine may be shared: CPU time of the process (one reading thread plus the GC) is steadier than the clock.
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        document = await ReadAsync(reader, bytes);
        best = Math.Min(best, clock.Elapsed.TotalSeconds);
        process.Refresh();
        bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {bytes.Length / 1e6:F1} MB file, {size(document!)}, best of 3: {best:F2} s wall, {amount(document!) / best:F1} {unit}; {bestCpu:F2} s CPU, {amount(document!) / bestCpu:F1} {unit} of CPU time"));
}

static async Task<Document> ReadAsync(IDocumentReader reader, byte[] bytes)
{
    var source = new MemorySourceDocument(bytes, new Uri("memory:///speed"));
    await using var stream = await source.OpenAsync();
    return await reader.ReadAsync(stream, new ReadContext(source, reader.Formats[0].MediaType));
}

static byte[] Docx(string[] paragraphs, int characters)
{
    using var stream = new MemoryStream();
    using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
    {
        var main = document.AddMainDocumentPart();
        using var writer = OpenXmlWriter.Create(main);
        writer.WriteStartElement(new W.Document());
        writer.WriteStartElement(new Body());
        for (int written = 0, i = 0; written < characters; i++)
        {
            var text = paragraphs[i % paragraphs.Length];
            writer.WriteElement(new W.Paragraph(new W.Run(new W.Text(text))));
            written += text.Length;
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    return stream.ToArray();
}

static byte[] Xlsx(int rows, int columns)
{
    using var stream = new MemoryStream();
    using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
    {
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable(Enumerable.Range(0, 1000).Select(i => new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text($"item {i}"))));
        var sheet = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheet))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            for (var r = 1; r <= rows; r++)
            {
                var row = new Row { RowIndex = (uint)r };
                for (var c = 0; c < columns; c++)
                {
                    var reference = $"{(char)('A' + c)}{r}";
                    row.Append(c % 2 == 0
                        ? new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue((r * 7 + c) % 1000) }
                        : new Cell { CellReference = reference, CellValue = new CellValue(r * 0.5 + c) });
                }

                writer.WriteElement(row);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbook.Workbook.Sheets!.Append(new Sheet { Name = "Data", SheetId = 1, Id = workbook.GetIdOfPart(sheet) });
    }

    return stream.ToArray();
}
