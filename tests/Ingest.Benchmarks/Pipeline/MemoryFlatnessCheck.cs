using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Benchmarks.Pipeline;

/// <summary>
/// Ingests a batch of 100 and a batch of 10,000 documents (cycling the text fixtures, HTML pages and PDF
/// renditions) through the pipeline, each in a fresh child process, and compares the peak working sets and the
/// memory retained after a full collection.
/// Run: <c>dotnet run -c Release --project tests/Ingest.Benchmarks -- memory</c>.
/// </summary>
internal static class MemoryFlatnessCheck
{
    /// <summary>The target: the large batch's peak working set at most this multiple of the small batch's.</summary>
    private const double Target = 1.5;

    /// <summary>The target of issue 21: memory retained after a full collection, 10,000 documents against 100.</summary>
    private const double RetainedTarget = 1.2;

    /// <summary>Runs both batches in child processes and prints the comparison; returns 0 when within the target.</summary>
    public static int Run(int parallelism)
    {
        var small = RunChild(100, parallelism);
        var large = RunChild(10_000, parallelism);
        if (small is null || large is null)
        {
            return 2;
        }

        var ratio = (double)large.Value.Peak / small.Value.Peak;
        var retainedRatio = (double)large.Value.Retained / small.Value.Retained;
        Console.WriteLine($"peak working set: 100 docs {small.Value.Peak / 1048576.0:F1} MiB, 10,000 docs {large.Value.Peak / 1048576.0:F1} MiB, ratio {ratio:F2} (target <= {Target})");
        Console.WriteLine($"retained after a full collection: 100 docs {small.Value.Retained / 1048576.0:F1} MiB, 10,000 docs {large.Value.Retained / 1048576.0:F1} MiB, ratio {retainedRatio:F2} (target <= {RetainedTarget})");
        return ratio <= Target && retainedRatio <= RetainedTarget ? 0 : 1;
    }

    /// <summary>Ingests <paramref name="count"/> documents in this process and prints the peak working set.</summary>
    public static async Task<int> RunBatchAsync(int count, int parallelism)
    {
        var fixtures = BenchmarkCorpus.MixedFixtures();
        using var provider = BenchmarkCorpus.Pipeline(parallelism);
        var service = provider.GetRequiredService<IIngestionService>();
        var stopwatch = Stopwatch.StartNew();
        var done = 0;
        var failed = 0;
        await foreach (var result in service.IngestAsync(BenchmarkCorpus.Batch(fixtures, count)))
        {
            done++;
            if (result.Status == IngestStatus.Failed)
            {
                failed++;
            }
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();

        // What the pipeline still holds once the batch is done (pools, caches), with the pipeline alive: a full, compacting collection first.
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"batch {count}: {done} documents ({failed} failed) in {stopwatch.Elapsed.TotalSeconds:F1} s, peak working set {process.PeakWorkingSet64} bytes, retained after a full collection {retained} bytes");
        Console.WriteLine($"PEAK={process.PeakWorkingSet64}");
        Console.WriteLine($"RETAINED={retained}");
        PrintGenerations();

        // Held by the pipeline (its normalizers' state) or by the process (shared pools, statics): dispose it and look again.
        provider.Dispose();
        Console.WriteLine($"retained once the pipeline is disposed: {GC.GetTotalMemory(forceFullCollection: true)} bytes");

        // INGEST_MEMORY_HOLD=1 keeps the process (and the pipeline) alive until stdin closes, for a heap dump
        // (dotnet-gcdump collect -p PID) of what the batch left behind.
        if (Environment.GetEnvironmentVariable("INGEST_MEMORY_HOLD") == "1")
        {
            Console.WriteLine($"PID={Environment.ProcessId}");
            await Console.In.ReadToEndAsync();
        }

        return 0;
    }

    // Where the retained bytes are, per generation (0, 1, 2, large objects, pinned), after the last full collection.
    private static void PrintGenerations()
    {
        var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        var names = new[] { "gen0", "gen1", "gen2", "loh", "poh" };
        var parts = new List<string>();
        for (var i = 0; i < info.GenerationInfo.Length && i < names.Length; i++)
        {
            var generation = info.GenerationInfo[i];
            parts.Add($"{names[i]} {generation.SizeAfterBytes / 1048576.0:F1} MiB (fragmented {generation.FragmentationAfterBytes / 1048576.0:F1})");
        }

        Console.WriteLine("after the full collection: " + string.Join(", ", parts));
    }

    private static (long Peak, long Retained)? RunChild(int count, int parallelism)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var entry = typeof(MemoryFlatnessCheck).Assembly.Location;
        if (!Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals(Path.GetFileNameWithoutExtension(entry), StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(entry);
        }

        start.ArgumentList.Add("memory-batch");
        start.ArgumentList.Add(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(parallelism.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var child = Process.Start(start)!;
        long? peak = null;
        long? retained = null;
        string? line;
        while ((line = child.StandardOutput.ReadLine()) is not null)
        {
            Console.WriteLine(line);
            if (line.StartsWith("PEAK=", StringComparison.Ordinal))
            {
                peak = long.Parse(line.AsSpan(5), System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("RETAINED=", StringComparison.Ordinal))
            {
                retained = long.Parse(line.AsSpan(9), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        child.WaitForExit();
        return peak is { } p && retained is { } r ? (p, r) : null;
    }
}
