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

    /// <summary>The store the queries run on, in the temporary folder.</summary>
    public static string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), "ingest-store-query-bench.db");

    /// <summary>
    /// Builds the store when missing, under another name renamed when complete: a build cut short (BenchmarkDotNet stops an
    /// in-process set-up that runs too long on a loaded machine) leaves no partial store to be measured next time.
    /// Build it ahead with <c>dotnet Ingest.Benchmarks.dll store-query-db</c>.
    /// </summary>
    public static void EnsureStore()
    {
        if (File.Exists(DatabasePath))
        {
            return;
        }

        var building = DatabasePath + ".building";
        using (var provider = StoreCorpus.Pipeline(building))
        {
            StoreCorpus.IngestAsync(provider, StoreCorpus.Documents()).GetAwaiter().GetResult();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var checkpoint = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={building};Pooling=False"))
        {
            checkpoint.Open();
            using var command = checkpoint.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            command.ExecuteNonQuery();
        }

        File.Move(building, DatabasePath);
    }

    /// <summary>Builds the store once (kept in the temporary folder between runs).</summary>
    [GlobalSetup]
    public void Setup()
    {
        EnsureStore();
        _store = StoreCorpus.OpenStore(DatabasePath);
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
