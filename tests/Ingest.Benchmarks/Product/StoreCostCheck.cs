using System.Globalization;
using Ingest.Benchmarks.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Benchmarks.Product;

/// <summary>
/// What writing to the SQLite store costs, in CPU time: the pipeline (text reader, every normalizer, chunking) over
/// the text fixtures repeated to about 100 MB, once without a sink and once writing to a fresh database; the store's
/// share is (with - without) / with. Each run is preceded by an untimed warm-up over 300 documents (at least 3 MB) or a 1/20 slice of the corpus, whichever is larger.
/// The chunking share is measured apart (a sink that only chunks). Run: <c>dotnet Ingest.Benchmarks.dll store-cost [MB, default 100]</c>.
/// </summary>
internal static class StoreCostCheck
{
    public static async Task<int> RunAsync(int megabytesWanted)
    {
        var all = StoreCorpus.Documents();
        var documents = all.Take((int)Math.Ceiling(all.Count * Math.Min(1.0, megabytesWanted / 100.0))).ToList();
        var warmUp = documents.Take(Math.Max(documents.Count / 20, 300)).ToList();
        var megabytes = documents.Sum(d => (long)d.Length!) / 1_000_000.0;
        var folder = Directory.CreateTempSubdirectory("ingest-store-cost-").FullName;
        try
        {
            // Measured twice, the first run discarded: the first pipeline of the process runs slower under tiered
            // compilation (13 CPU-s against 7.3 with tiering off, the same code), which hid most of the store's share.
            _ = await MeasureAsync(null, warmUp, documents);
            var (without, withoutWall) = await MeasureAsync(null, warmUp, documents);
            var (chunked, chunkedWall) = await MeasureAsync(ChunkOnly, warmUp, documents);
            var (with, withWall) = await MeasureAsync(Path.Combine(folder, "store.db"), warmUp, documents);
            var share = (with - without) / with;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# store cost over {documents.Count} documents, {megabytes:F1} MB; load average {CpuClock.LoadAverage()}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"without store: {without:F2} CPU-s ({withoutWall:F2} s wall), {megabytes / without:F2} MB/CPU-s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chunking only: {chunked:F2} CPU-s ({chunkedWall:F2} s wall), {megabytes / chunked:F2} MB/CPU-s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"with store:    {with:F2} CPU-s ({withWall:F2} s wall), {megabytes / with:F2} MB/CPU-s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"store share of pipeline CPU time: {share:P1} (target <= 15%)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"store share of pipeline wall time: {(withWall - withoutWall) / withWall:P1}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"writing only (with - chunking only) / with, CPU: {(with - chunked) / with:P1}"));
            Console.WriteLine(Describe(Path.Combine(folder, "store.db")));
            return share <= 0.15 ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The "with store" phase alone (warm-up, then the measured run into a fresh database), to profile the store without
    /// the other phases; the database is kept when <paramref name="database"/> is given.
    /// </summary>
    public static async Task<int> WriteOnlyAsync(int megabytesWanted, string? database)
    {
        var all = StoreCorpus.Documents();
        var documents = all.Take((int)Math.Ceiling(all.Count * Math.Min(1.0, megabytesWanted / 100.0))).ToList();
        var warmUp = documents.Take(Math.Max(documents.Count / 20, 300)).ToList();
        var folder = Directory.CreateTempSubdirectory("ingest-store-write-").FullName;
        var path = database ?? Path.Combine(folder, "store.db");
        try
        {
            var (with, withWall) = await MeasureAsync(path, warmUp, documents);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"with store: {with:F2} CPU-s ({withWall:F2} s wall); load average {CpuClock.LoadAverage()}"));
            Console.WriteLine(Describe(path));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private const string ChunkOnly = "(chunking only)";


    private static string Describe(string database)
    {
        var bytes = new[] { database, database + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
        using var store = StoreCorpus.OpenStore(database);
        var (documents, chunks, entities) = store.Count();
        return string.Create(CultureInfo.InvariantCulture, $"database: {bytes / 1e6:F1} MB, {documents} documents, {chunks} chunks, {entities} entities");
    }

    private static ServiceProvider ChunkOnlyPipeline()
    {
        var services = new ServiceCollection();
        services.AddIngest(b => b.AddTextReader().AddDateNormalizer().AddNumberNormalizer().AddNameNormalizer().AddSink(new ChunkOnlySink()));
        return services.BuildServiceProvider();
    }

    private static async Task<(double Cpu, double Wall)> MeasureAsync(string? database, List<MemorySourceDocument> warmUp, List<MemorySourceDocument> documents)
    {
        if (database == ChunkOnly)
        {
            using var warmChunks = ChunkOnlyPipeline();
            await StoreCorpus.IngestAsync(warmChunks, warmUp);
            using var chunks = ChunkOnlyPipeline();
            var chunkClock = CpuClock.Start();
            await StoreCorpus.IngestAsync(chunks, documents);
            return chunkClock.Elapsed();
        }

        if (database is not null)
        {
            // The warm-up writes to a database of its own, so the measured run writes every document anew.
            using var warm = StoreCorpus.Pipeline(database + ".warm");
            await StoreCorpus.IngestAsync(warm, warmUp);
        }
        else
        {
            using var warm = StoreCorpus.Pipeline(null);
            await StoreCorpus.IngestAsync(warm, warmUp);
        }

        using var provider = StoreCorpus.Pipeline(database);
        var clock = CpuClock.Start();
        await StoreCorpus.IngestAsync(provider, documents);
        return clock.Elapsed();
    }
}
