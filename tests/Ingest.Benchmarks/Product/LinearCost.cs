using System.Globalization;
using Ingest.Benchmarks.Pipeline;
using Ingest.Normalizers.Dates;
using Ingest.Normalizers.Numbers;
using Ingest.Readers.Csv;
using Ingest.Readers.Html;
using Ingest.Readers.Markdown;
using Ingest.Readers.Pdf;

namespace Ingest.Benchmarks.Product;

/// <summary>
/// Is the cost per megabyte flat from small to large documents? Each reader (text, Markdown, CSV, HTML, PDF) over one
/// document of 10 KB, 100 KB, 1 MB, 10 MB and 50 MB made of the text fixtures repeated, and each normalizer over the
/// text the text reader read at that size; in process CPU milliseconds per MB of input, with the ratio of the dearest
/// size to the cheapest. The limits that bound work per document (CSV text and rows, the date normalizer's text length,
/// the number normalizer's block length) are lifted, so every size is read whole. Small sizes are repeated to about 2 MB per size; everything runs once before it is timed.
/// Run: <c>dotnet Ingest.Benchmarks.dll linear [largest size in MB, default 50]</c>; with
/// <c>DOTNET_TieredCompilation=0</c> every size runs fully optimised code, so the columns compare the algorithm alone.
/// </summary>
internal static class LinearCost
{
    private const long RepeatUpTo = 2_000_000;
    private static readonly NormalizationContext Context = new(new DateOnly(2020, 11, 12), ReferenceDateOrigin.Configured);

    private static readonly (string Name, string MediaType, IDocumentReader Reader, Func<string[], long, byte[]> Make)[] Readers =
    [
        ("text reader", MediaTypes.PlainText, new PlainTextReader(), LinearInputs.Text),
        ("markdown reader", "text/markdown", new MarkdownReader(), LinearInputs.Markdown),
        ("csv reader", "text/csv", new CsvReader(new CsvReaderOptions { MaxRows = int.MaxValue, MaxTextLength = int.MaxValue }), LinearInputs.Csv),
        ("html reader", "text/html", new HtmlReader(), LinearInputs.Html),
        ("pdf reader", "application/pdf", new PdfReader(new PdfReaderOptions { MaxPages = 1_000_000 }), LinearInputs.Pdf),
    ];

    public static async Task<int> RunAsync(int largestMegabytes)
    {
        long[] sizes = [.. new long[] { 10_000, 100_000, 1_000_000, 10_000_000, 50_000_000 }.Where(s => s <= largestMegabytes * 1_000_000L)];
        var paragraphs = LinearInputs.Paragraphs();
        IDocumentNormalizer[] normalizers =
        [
            new DateNormalizer(new DateNormalizerOptions { MaxTextLength = int.MaxValue }),
            new NumberNormalizer(new NumberNormalizerOptions { MaxBlockLength = int.MaxValue }),
            BenchmarkCorpus.AllNormalizers()[2],
        ];
        var rows = Readers.Select(r => r.Name).Concat(normalizers.Select(n => n.Name + " normalizer")).ToArray();
        var perMegabyte = new double[rows.Length, sizes.Length];
        var output = new double[rows.Length, sizes.Length];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# CPU ms per MB of input by document size; load average {CpuClock.LoadAverage()}"));
        await MeasureAsync(paragraphs, normalizers, 100_000, null, null, 0);
        for (var s = 0; s < sizes.Length; s++)
        {
            await MeasureAsync(paragraphs, normalizers, sizes[s], perMegabyte, output, s);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {sizes[s]:N0} bytes done; load average {CpuClock.LoadAverage()}"));
        }

        Print(rows, sizes, perMegabyte, "component", "dearest / cheapest");

        // What each run produced per MB of input (text characters for readers, entities for normalizers): a size whose
        // cost drops while this drops too was cut short by a limit, not read faster.
        Print(rows, sizes, output, "output per MB (characters read; entities found)", "largest / smallest");
        return 0;
    }

    private static async Task MeasureAsync(string[] paragraphs, IDocumentNormalizer[] normalizers, long size, double[,]? perMegabyte, double[,]? output, int column)
    {
        var repeats = (int)Math.Max(1, RepeatUpTo / size);
        for (var r = 0; r < Readers.Length; r++)
        {
            var (name, mediaType, reader, make) = Readers[r];
            var bytes = make(paragraphs, size);
            var clock = CpuClock.Start();
            Document? read = null;
            for (var i = 0; i < repeats; i++)
            {
                read = await ReadAsync(reader, mediaType, name, bytes);
            }

            Record(perMegabyte, r, column, clock, bytes.Length * (long)repeats);
            Produced(output, r, column, read!.Text.Length, bytes.Length);
            if (r == 0)
            {
                await NormalizeAsync(normalizers, read!, repeats, bytes.Length, perMegabyte, output, column);
            }
        }
    }

    private static async Task NormalizeAsync(IDocumentNormalizer[] normalizers, Document read, int repeats, long bytes, double[,]? perMegabyte, double[,]? output, int column)
    {
        for (var n = 0; n < normalizers.Length; n++)
        {
            var clock = CpuClock.Start();
            var entities = 0;
            for (var i = 0; i < repeats; i++)
            {
                var copy = new Document(read.Source, read.MediaType, read.Text, read.Blocks, new DocumentMetadata());
                await normalizers[n].NormalizeAsync(copy, Context);
                entities = copy.Entities.Count;
            }

            Record(perMegabyte, Readers.Length + n, column, clock, bytes * repeats);
            Produced(output, Readers.Length + n, column, entities, bytes);
        }
    }

    private static async Task<Document> ReadAsync(IDocumentReader reader, string mediaType, string name, byte[] bytes)
    {
        var source = new MemorySourceDocument(bytes, new Uri("mem://linear/" + name.Replace(' ', '-')));
        using var stream = new MemoryStream(bytes, writable: false);
        return await reader.ReadAsync(stream, new ReadContext(source, mediaType));
    }

    private static void Record(double[,]? perMegabyte, int row, int column, CpuClock clock, long bytes)
    {
        if (perMegabyte is not null)
        {
            perMegabyte[row, column] = clock.Elapsed().Cpu * 1000 / (bytes / 1_000_000.0);
        }
    }

    private static void Produced(double[,]? output, int row, int column, long produced, long bytes)
    {
        if (output is not null)
        {
            output[row, column] = produced / (bytes / 1_000_000.0);
        }
    }

    private static void Print(string[] rows, long[] sizes, double[,] perMegabyte, string title, string ratio)
    {
        Console.WriteLine($"| {title} | " + string.Join(" | ", sizes.Select(Label)) + $" | {ratio} |");
        Console.WriteLine("|---|" + string.Concat(sizes.Select(_ => "---:|")) + "---:|");
        for (var r = 0; r < rows.Length; r++)
        {
            var values = Enumerable.Range(0, sizes.Length).Select(s => perMegabyte[r, s]).ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {rows[r]} | {string.Join(" | ", values.Select(v => v.ToString("F1", CultureInfo.InvariantCulture)))} | {values.Max() / values.Min():F2} |"));
        }
    }

    private static string Label(long size) => size >= 1_000_000 ? $"{size / 1_000_000} MB" : $"{size / 1_000} KB";
}
