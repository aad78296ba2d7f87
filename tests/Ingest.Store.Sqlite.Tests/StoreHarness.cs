using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Store.Sqlite.Tests;

/// <summary>A real database file in a temporary folder, and the pipeline that fills it.</summary>
internal sealed class StoreHarness : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ingest-store-").FullName;

    public StoreHarness()
    {
        DatabasePath = Path.Combine(_folder, "ingest.db");
        Documents = Path.Combine(_folder, "documents");
        Directory.CreateDirectory(Documents);
    }

    public string DatabasePath { get; }

    public string Documents { get; }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static IEnumerable<string> TextFixtures() => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt").Order(StringComparer.Ordinal);

    public void CopyFixtures()
    {
        foreach (var file in TextFixtures())
        {
            File.Copy(file, Path.Combine(Documents, Path.GetFileName(file)), overwrite: true);
        }
    }

    /// <summary>Ingests the folder <see cref="Documents"/> through the pipeline, which writes to the store's sink; returns the store's counts.</summary>
    public async Task<(long Added, long Replaced, long Unchanged)> IngestAsync(IEmbeddingGenerator<string, Embedding<float>>? generator = null, bool markRemoved = true)
    {
        await using var provider = BuildProvider(generator);
        var ingestion = provider.GetRequiredService<IIngestionService>();

        // The pipeline writes every result to the registered sinks, the store's among them.
        await foreach (var result in ingestion.IngestAsync([Documents]))
        {
            Assert.NotEqual(IngestStatus.Failed, result.Status);
        }

        var store = provider.GetRequiredService<SqliteDocumentStore>();
        if (markRemoved)
        {
            store.MarkUnseenAsRemoved(new Uri(Documents));
        }

        return (store.Counts.Added, store.Counts.Replaced, store.Counts.Unchanged);
    }

    public ServiceProvider BuildProvider(IEmbeddingGenerator<string, Embedding<float>>? generator = null, Action<SqliteStoreOptions>? configure = null)
    {
        var services = new ServiceCollection();
        if (generator is not null)
        {
            services.AddSingleton(generator);
        }

        services.AddIngest(b => b
            .AddTextReader()
            .AddPdfReader()
            .AddDateNormalizer()
            .AddNumberNormalizer()
            .AddNameNormalizer()
            .AddChunking(o => o.MaxTokens = 1200)
            .AddSqliteStore(DatabasePath, o =>
            {
                o.BusyTimeout = TimeSpan.FromMilliseconds(300);
                configure?.Invoke(o);
            })
            .Configure(o => o.ReferenceDate = new DateOnly(2023, 1, 1)));
        return services.BuildServiceProvider();
    }

    public SqliteDocumentStore Open(IEmbeddingGenerator<string, Embedding<float>>? generator = null) =>
        SqliteDocumentStore.Open(new SqliteStoreOptions { DatabasePath = DatabasePath, BusyTimeout = TimeSpan.FromMilliseconds(300) }, generator);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
