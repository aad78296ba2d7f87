using System.Globalization;
using Ingest.Benchmarks.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Benchmarks.Product;

/// <summary>
/// Where the time of a text document goes: the components one after the other as the pipeline runs them (the text
/// reader, each normalizer in pipeline order, the JSON Lines writer), then the whole pipeline over the same
/// documents (one worker, JSON Lines sink to a null stream, same reference date), and the pipeline with no normalizer
/// (reader and sink only). The last lines are what the pipeline costs beyond its components (detection, the document
/// budget, channels, the sink hand-off), with and without the normalizers: the non-normalizer part's own figure.
/// Run: <c>dotnet Ingest.Benchmarks.dll stages [rounds, default 20]</c>.
/// </summary>
internal static class StageTimings
{
    private static readonly DateOnly ReferenceDate = new(2020, 11, 12);

    public static async Task<int> RunAsync(int rounds)
    {
        rounds = Math.Max(2, rounds);
        var fixtures = BenchmarkCorpus.TextFixtures();
        var megabytes = fixtures.Sum(f => (long)f.Bytes.Length) / 1_000_000.0 * rounds;
        var reader = new PlainTextReader();
        var normalizers = BenchmarkCorpus.AllNormalizers();
        var names = normalizers.Select(n => n.Name).Prepend("read").Append("write").ToArray();
        var cpu = new double[names.Length];
        var context = new NormalizationContext(ReferenceDate, ReferenceDateOrigin.Configured);
        await using var writer = new JsonLinesWriter(Stream.Null);
        await using var provider = Pipeline(withNormalizers: true);
        await using var bareProvider = Pipeline(withNormalizers: false);
        var service = provider.GetRequiredService<IIngestionService>();
        var bare = bareProvider.GetRequiredService<IIngestionService>();
        double pipeline = 0;
        double barePipeline = 0;
        double bareWrite = 0;

        // Components and pipeline alternate round by round, so both are equally warm; the first half of the rounds is
        // not timed (JIT tiers, first use), so the figures are the steady state.
        for (var round = -rounds / 2; round < rounds; round++)
        {
            foreach (var (name, bytes) in fixtures)
            {
                var clock = CpuClock.Start();
                using var stream = new MemoryStream(bytes, writable: false);
                var source = new MemorySourceDocument(bytes, new Uri("mem://stages/" + name));
                var document = await reader.ReadAsync(stream, new ReadContext(source, "text/plain"));
                Add(cpu, 0, clock, round);

                // The record of the document as read (no entities yet), for the pipeline without normalizers below.
                clock = CpuClock.Start();
                await writer.WriteAsync(new IngestResult(source.Uri, 0, IngestStatus.Succeeded, document, []));
                bareWrite += round >= 0 ? clock.Elapsed().Cpu : 0;
                for (var i = 0; i < normalizers.Length; i++)
                {
                    clock = CpuClock.Start();
                    await normalizers[i].NormalizeAsync(document, context);
                    Add(cpu, i + 1, clock, round);
                }

                clock = CpuClock.Start();
                await writer.WriteAsync(new IngestResult(source.Uri, 0, IngestStatus.Succeeded, document, []));
                Add(cpu, names.Length - 1, clock, round);
            }

            var whole = CpuClock.Start();
            await foreach (var _ in service.IngestAsync(BenchmarkCorpus.Batch(fixtures, fixtures.Length)))
            {
            }

            pipeline += round >= 0 ? whole.Elapsed().Cpu : 0;

            var readAndWrite = CpuClock.Start();
            await foreach (var _ in bare.IngestAsync(BenchmarkCorpus.Batch(fixtures, fixtures.Length)))
            {
            }

            barePipeline += round >= 0 ? readAndWrite.Elapsed().Cpu : 0;
        }

        Print(names, cpu, pipeline, megabytes);
        PrintBare(cpu[0] + bareWrite, barePipeline, megabytes);
        return 0;
    }

    private static void Add(double[] cpu, int stage, CpuClock clock, int round)
    {
        if (round >= 0)
        {
            cpu[stage] += clock.Elapsed().Cpu;
        }
    }

    private static ServiceProvider Pipeline(bool withNormalizers)
    {
        var services = new ServiceCollection();
        services.AddIngest(b =>
        {
            b.AddTextReader().AddJsonLinesSink(Stream.Null, leaveOpen: true);
            if (withNormalizers)
            {
                b.AddDateNormalizer().AddNumberNormalizer().AddNameNormalizer();
            }
        });
        services.Configure<IngestOptions>(o =>
        {
            o.MaxDegreeOfParallelism = 1;
            o.ReferenceDate = ReferenceDate;
        });
        return services.BuildServiceProvider();
    }

    private static void Print(string[] names, double[] cpu, double pipeline, double megabytes)
    {
        var total = cpu.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# stages over the text fixtures, {megabytes:F2} MB; load average {CpuClock.LoadAverage()}"));
        Console.WriteLine("| stage | CPU s | share of components | MB per CPU-s |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (var i = 0; i < names.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {names[i]} | {cpu[i]:F3} | {cpu[i] / total:P1} | {megabytes / cpu[i]:F1} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| components together | {total:F3} | 100% | {megabytes / total:F1} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| whole pipeline, same documents | {pipeline:F3} | {pipeline / total:P1} | {megabytes / pipeline:F1} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| pipeline beyond its components | {pipeline - total:F3} | {(pipeline - total) / total:P1} | |"));
    }

    private static void PrintBare(double readAndWrite, double pipeline, double megabytes)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| read + write of the record as read (no normalizer, no entity) | {readAndWrite:F3} | | {megabytes / readAndWrite:F1} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| pipeline without normalizers, same documents | {pipeline:F3} | {pipeline / readAndWrite:P1} | {megabytes / pipeline:F1} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| pipeline without normalizers beyond read + write | {pipeline - readAndWrite:F3} | {(pipeline - readAndWrite) / readAndWrite:P1} | |"));
    }
}
