using System.Globalization;
using Ingest.Benchmarks.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Benchmarks.Product;

/// <summary>
/// The product path as a user calls it: <see cref="IIngestionService"/> over files on disk, every built-in reader and
/// normalizer, results written by the JSON Lines sink to a file, one worker. Per set (text fixtures, HTML pages, PDF
/// renditions, one 10 MB text document) it prints the first pass (cold: JIT, first use) and the steady state (the
/// set passed over until 3 MB went through, then timed over as many passes), in MB per CPU second and per wall second.
/// Run: <c>dotnet Ingest.Benchmarks.dll product [warm passes, default 5]</c>.
/// </summary>
internal static class ProductPathCheck
{
    private const int LargeDocumentBytes = 10_000_000;

    // Bytes a set is passed over untimed after its first pass, and timed over again, at least.
    private const long WarmBytes = 3_000_000;

    public static async Task<int> RunAsync(int passes)
    {
        var folder = Directory.CreateTempSubdirectory("ingest-product-").FullName;
        try
        {
            Console.WriteLine($"# product path: files + JSON Lines sink, 1 worker, {passes} warm passes; load average at start {CpuClock.LoadAverage()}");
            Console.WriteLine("| set | files | MB | first pass MB/CPU-s | warm MB/CPU-s | warm MB/s (wall) | load |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            var fixtures = BenchmarkCorpus.MixedFixtures();
            await MeasureAsync(folder, "text", fixtures.Where(f => f.Name.EndsWith(".txt", StringComparison.Ordinal)).ToArray(), passes);
            await MeasureAsync(folder, "html", fixtures.Where(f => f.Name.EndsWith(".html", StringComparison.Ordinal)).ToArray(), passes);
            await MeasureAsync(folder, "pdf", fixtures.Where(f => f.Name.EndsWith(".pdf", StringComparison.Ordinal)).ToArray(), passes);
            await MeasureAsync(folder, "text-10MB", [("large.txt", LargeText(fixtures))], Math.Max(1, passes / 2));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The text fixtures repeated to 10 MB as one document.</summary>
    public static byte[] LargeText((string Name, byte[] Bytes)[] fixtures)
    {
        var texts = fixtures.Where(f => f.Name.EndsWith(".txt", StringComparison.Ordinal)).Select(f => f.Bytes).ToArray();
        var large = new MemoryStream(LargeDocumentBytes + 65536);
        for (var i = 0; large.Length < LargeDocumentBytes; i++)
        {
            large.Write(texts[i % texts.Length]);
            large.Write("\n\n"u8);
        }

        return large.ToArray();
    }

    private static async Task MeasureAsync(string root, string name, (string Name, byte[] Bytes)[] files, int passes)
    {
        if (files.Length == 0)
        {
            Console.WriteLine($"| {name} | 0 | | | | | (no fixtures) |");
            return;
        }

        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        long bytes = 0;
        for (var i = 0; i < files.Length; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, $"{i:D3}-{Path.GetFileName(files[i].Name)}"), files[i].Bytes);
            bytes += files[i].Bytes.Length;
        }

        var output = Path.Combine(root, name + ".jsonl");
        var provider = Pipeline(output);
        await using (provider.ConfigureAwait(false))
        {
            var service = provider.GetRequiredService<IIngestionService>();
            var first = CpuClock.Start();
            await IngestAsync(service, folder);
            var (firstCpu, _) = first.Elapsed();
            // Small sets are passed over until a few MB went through (JIT tiers settle), then timed over as many again.
            var rounds = Math.Max(passes, (int)Math.Ceiling(WarmBytes / (double)bytes));
            for (var pass = 0; pass < rounds; pass++)
            {
                await IngestAsync(service, folder);
            }

            var warm = CpuClock.Start();
            for (var pass = 0; pass < rounds; pass++)
            {
                await IngestAsync(service, folder);
            }

            var (cpu, wall) = warm.Elapsed();
            var mb = bytes / 1_000_000.0;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {name} | {files.Length} | {mb:F2} | {mb / firstCpu:F2} | {mb * rounds / cpu:F2} | {mb * rounds / wall:F2} | {CpuClock.LoadAverage()} |"));
        }
    }

    private static ServiceProvider Pipeline(string output)
    {
        var services = new ServiceCollection();
        services.AddIngest(b => b
            .AddTextReader()
            .AddHtmlReader()
            .AddPdfReader()
            .AddDateNormalizer()
            .AddNumberNormalizer()
            .AddNameNormalizer()
            .AddJsonLinesSink(output));
        services.Configure<IngestOptions>(o => o.MaxDegreeOfParallelism = 1);
        return services.BuildServiceProvider();
    }

    private static async Task IngestAsync(IIngestionService service, string folder)
    {
        // Failed documents (the PDF renditions encrypted with a user password) count like the others: one result each.
        await foreach (var _ in service.IngestAsync([folder]))
        {
        }
    }
}
