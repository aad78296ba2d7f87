using BenchmarkDotNet.Attributes;
using Ingest.Store.Sqlite;

namespace Ingest.Benchmarks.Store;

/// <summary>
/// Full-text queries over a store of at least 100,000 chunks (the 100 MB corpus at the default chunk budget), alone
/// and with a name and date filter.
/// Run: <c>dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*StoreQueryBenchmark*'</c>
/// </summary>
[Config(typeof(Pipeline.ShortInProcessConfig))]
public class StoreQueryBenchmark
{
    private SqliteDocumentStore _store = null!;

    /// <summary>The number of chunks in the store, printed by the set-up.</summary>
    public static long Chunks { get; private set; }

    /// <summary>Builds the store once (kept in the temporary folder between runs).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(Path.GetTempPath(), "ingest-store-query-bench.db");
        if (!File.Exists(path))
        {
            using var provider = StoreCorpus.Pipeline(path);
            StoreCorpus.IngestAsync(provider, StoreCorpus.Documents()).GetAwaiter().GetResult();
        }

        _store = StoreCorpus.OpenStore(path);
        Chunks = _store.Count().Chunks;
        Console.WriteLine($"// store: {Chunks} chunks");
    }

    /// <summary>Closes the store.</summary>
    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    /// <summary>Two words, ten best chunks.</summary>
    [Benchmark]
    public int TwoWords() => _store.Search(new ChunkQuery { Text = "ceasefire Moscow", Limit = 10 }).Count;

    /// <summary>A word, a name and a date range.</summary>
    [Benchmark]
    public int WordNameAndDates() => _store.Search(new ChunkQuery
    {
        Text = "peace",
        Mentioning = "Aliyev",
        DatesFrom = new DateOnly(2020, 9, 27),
        DatesTo = new DateOnly(2020, 11, 10),
        Limit = 10,
    }).Count;
}
