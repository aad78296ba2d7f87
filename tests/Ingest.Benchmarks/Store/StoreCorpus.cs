using System.Text;
using Ingest.Benchmarks.Pipeline;
using Ingest.Store.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Benchmarks.Store;

/// <summary>
/// The text fixtures repeated to about 100 MB as distinct documents (each copy carries its number, so every content hash
/// differs), and the pipeline that reads, normalizes, and optionally writes them to a fresh SQLite store.
/// </summary>
internal static class StoreCorpus
{
    public const long TargetBytes = 100L * 1000 * 1000;

    public static List<MemorySourceDocument> Documents()
    {
        var fixtures = BenchmarkCorpus.TextFixtures();
        var documents = new List<MemorySourceDocument>();
        long total = 0;
        for (var i = 0; total < TargetBytes; i++)
        {
            var (name, bytes) = fixtures[i % fixtures.Length];
            var copy = Encoding.UTF8.GetBytes($"Copy {i} of the fixture.\n\n").Concat(bytes).ToArray();
            documents.Add(new MemorySourceDocument(copy, new Uri($"mem://store/{i}/{name}")));
            total += copy.Length;
        }

        return documents;
    }

    public static ServiceProvider Pipeline(string? databasePath)
    {
        var services = new ServiceCollection();
        services.AddIngest(b =>
        {
            b.AddTextReader().AddDateNormalizer().AddNumberNormalizer().AddNameNormalizer().AddChunking();
            if (databasePath is not null)
            {
                b.AddSqliteStore(databasePath);
            }
        });
        return services.BuildServiceProvider();
    }

    /// <summary>Ingests <paramref name="documents"/>; the pipeline writes each result to the registered sinks.</summary>
    public static async Task<long> IngestAsync(ServiceProvider provider, IReadOnlyList<MemorySourceDocument> documents)
    {
        var service = provider.GetRequiredService<IIngestionService>();
        long succeeded = 0;
        await foreach (var result in service.IngestAsync(documents))
        {
            succeeded += result.Status == IngestStatus.Succeeded ? 1 : 0;
        }

        return succeeded;
    }

    public static SqliteDocumentStore OpenStore(string path) => SqliteDocumentStore.Open(new SqliteStoreOptions { DatabasePath = path });
}
