using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Benchmarks.Pipeline;

/// <summary>
/// The whole pipeline (detection, text/HTML/PDF readers, every normalizer) over a mixed batch: each text fixture,
/// its HTML page and its PDF renditions, <see cref="Rounds"/> times, with one and with two workers.
/// Scaling = mean(Parallelism=1) / mean(Parallelism=2); MB/s = <see cref="Megabytes"/> / mean time.
/// Run: <c>dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*PipelineBenchmark*'</c>
/// </summary>
[Config(typeof(ShortInProcessConfig))]
public class PipelineBenchmark
{
    /// <summary>How many times the batch cycles through every fixture and rendition.</summary>
    private const int Rounds = 4;

    private (string Name, byte[] Bytes)[] _fixtures = [];
    private ServiceProvider _provider = null!;
    private IIngestionService _service = null!;

    /// <summary>The pipeline's degree of parallelism.</summary>
    [Params(1, 2)]
    public int Parallelism { get; set; }

    /// <summary>The source bytes per operation, in megabytes (10^6 bytes).</summary>
    public static double Megabytes { get; private set; }

    /// <summary>Loads the fixtures and builds the pipeline.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _fixtures = BenchmarkCorpus.MixedFixtures();
        long bytes = 0;
        foreach (var (_, content) in _fixtures)
        {
            bytes += content.Length;
        }

        Megabytes = bytes * Rounds / 1_000_000.0;
        Console.WriteLine($"// mixed batch: {_fixtures.Length * Rounds} documents, {bytes * Rounds} bytes");
        _provider = BenchmarkCorpus.Pipeline(Parallelism);
        _service = _provider.GetRequiredService<IIngestionService>();
    }

    /// <summary>Disposes the pipeline.</summary>
    [GlobalCleanup]
    public void Cleanup() => _provider.Dispose();

    /// <summary>Ingests the mixed batch.</summary>
    [Benchmark]
    public async Task<int> MixedBatch()
    {
        var succeeded = 0;
        await foreach (var result in _service.IngestAsync(BenchmarkCorpus.Batch(_fixtures, _fixtures.Length * Rounds)))
        {
            if (result.Status != IngestStatus.Failed)
            {
                succeeded++;
            }
        }

        return succeeded;
    }
}
