using System.Globalization;
using Ingest;
using Ingest.Readers.Office;
using Ingest.Readers.Office.Presentation;
using Ingest.Readers.Office.Spreadsheet;
using Ingest.Readers.Office.Word;
using Ingest.Testing;

/// <summary>
/// Compares what the Office readers return for a folder of documents with their references, as written by
/// tests/Fixtures/formats/make-other-producers.py: <c>name.txt</c> (the words) and <c>name.headings</c> ("level TAB text").
/// Word F1 leaves tables out of DOCX and PPTX (as issue 25's target does) and keeps them for XLSX, whose text is tables.
/// </summary>
internal static class OfficeComparison
{
    public static async Task<int> RunAsync(string folder, bool show)
    {
        var readers = new Dictionary<string, IDocumentReader>(StringComparer.OrdinalIgnoreCase)
        {
            [".docx"] = new DocxReader(),
            [".pptx"] = new PptxReader(),
            [".xlsx"] = new XlsxReader(new OfficeReaderOptions()),
        };
        var files = Directory.GetFiles(folder).Where(f => readers.ContainsKey(Path.GetExtension(f))).Order(StringComparer.Ordinal).ToList();
        double sumF1 = 0;
        int headingsRight = 0, headingFiles = 0;
        foreach (var file in files)
        {
            var stem = Path.Combine(folder, Path.GetFileNameWithoutExtension(file));
            if (!File.Exists(stem + ".txt"))
            {
                continue;
            }

            var extension = Path.GetExtension(file);
            var document = await ReadAsync(readers[extension], await File.ReadAllBytesAsync(file));
            var keepTables = extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
            var text = string.Join("\n", document.Blocks.Where(b => keepTables || b.Kind != BlockKind.Table).Select(b => b.GetText(document)));
            var (p, r, f1) = WordMetrics.Score(text, await File.ReadAllTextAsync(stem + ".txt"));
            sumF1 += f1;
            var expected = File.Exists(stem + ".headings") ? (await File.ReadAllLinesAsync(stem + ".headings")).Where(l => l.Length > 0).ToList() : [];
            var actual = document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => $"{b.Level}\t{b.GetText(document)}").ToList();
            var headingsOk = extension.Equals(".docx", StringComparison.OrdinalIgnoreCase) ? actual.SequenceEqual(expected) : (bool?)null;
            if (headingsOk is not null)
            {
                headingFiles++;
                headingsRight += headingsOk.Value ? 1 : 0;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file),-26} P {p:F4} R {r:F4} F1 {f1:F4}  headings {(headingsOk is null ? "n/a" : headingsOk.Value ? "right" : "WRONG")}"));
            if (show || f1 < 0.995 || headingsOk == false)
            {
                foreach (var block in document.Blocks)
                {
                    Console.WriteLine($"    [{block.Kind}{block.Level}] {block.GetText(document).Replace('\n', '/')}");
                }

                Console.WriteLine("    expected headings: " + string.Join(" | ", expected));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"files {files.Count}  mean word F1 {(files.Count == 0 ? 0 : sumF1 / files.Count):F4}  DOCX headings right {headingsRight}/{headingFiles}"));
        return 0;
    }

    private static async Task<Document> ReadAsync(IDocumentReader reader, byte[] bytes)
    {
        var source = new MemorySourceDocument(bytes, new Uri("memory:///compare"));
        await using var stream = await source.OpenAsync();
        return await reader.ReadAsync(stream, new ReadContext(source, reader.Formats[0].MediaType));
    }
}
