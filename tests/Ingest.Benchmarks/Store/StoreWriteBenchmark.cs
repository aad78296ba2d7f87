using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Benchmarks.Store;

/// <summary>
/// The pipeline over the text fixtures repeated to 100 MB (distinct documents), without and with the SQLite store as
/// its sink (chunking, documents, blocks, entities and the FTS index; a fresh database each run).
/// Store cost = mean(WithStore=true) / mean(WithStore=false) - 1.
/// Run: <c>dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*StoreWriteBenchmark*'</c>
/// </summary>
[Config(typeof(StoreConfig))]
public class StoreWriteBenchmark
{
    private List<MemorySourceDocument> _documents = [];
    private string _database = string.Empty;
    private ServiceProvider _provider = null!;

    /// <summary>Whether the results are written to the SQLite store.</summary>
    [Params(false, true)]
    public bool WithStore { get; set; }

    /// <summary>Builds the 100 MB corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _documents = StoreCorpus.Documents();
        _database = Path.Combine(Path.GetTempPath(), $"ingest-store-bench-{Environment.ProcessId}.db");
    }

    /// <summary>A fresh database and pipeline for each run, so every document is written.</summary>
    [IterationSetup]
    public void FreshDatabase()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }

        _provider = StoreCorpus.Pipeline(WithStore ? _database : null);
    }

    /// <summary>Releases the pipeline and its database.</summary>
    [IterationCleanup]
    public void Release() => _provider.Dispose();

    /// <summary>Ingests the corpus.</summary>
    [Benchmark]
    public long Ingest() => StoreCorpus.IngestAsync(_provider, _documents).GetAwaiter().GetResult();
}
