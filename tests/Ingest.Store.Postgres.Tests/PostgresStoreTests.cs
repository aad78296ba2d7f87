using Ingest.Store.Sqlite;
using Ingest.Tests.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Store.Postgres.Tests;

public sealed class PostgresStoreTests
{
    private static string[] Fixtures => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt").Order(StringComparer.Ordinal).ToArray();

    [PostgresFact]
    public async Task Holds_the_same_documents_chunks_and_entities_as_the_sqlite_store_for_the_same_input()
    {
        await using var database = await PostgresTestDatabase.CreateAsync("store_same");
        var sqliteFolder = Directory.CreateTempSubdirectory("ingest-pg-").FullName;
        var sqlitePath = Path.Combine(sqliteFolder, "ingest.db");
        await IngestAsync(b => b.AddPostgresStore(database.ConnectionString).AddSqliteStore(sqlitePath));

        (long Documents, long Chunks, long Entities) expected;
        using (var sqlite = SqliteDocumentStore.Open(new SqliteStoreOptions { DatabasePath = sqlitePath }))
        {
            expected = sqlite.Count();
        }

        Assert.Equal(Fixtures.Length, expected.Documents);
        Assert.Equal(expected.Documents, await database.ScalarAsync("SELECT count(*) FROM documents"));
        Assert.Equal(expected.Chunks, await database.ScalarAsync("SELECT count(*) FROM chunks"));
        Assert.Equal(expected.Entities, await database.ScalarAsync("SELECT count(*) FROM entities"));
        Assert.True(expected.Entities > 0);
        Assert.Equal(
            await database.ScalarAsync("SELECT count(*) FROM blocks"),
            await database.ScalarAsync("SELECT count(*) FROM blocks b JOIN documents d ON d.id = b.document_id WHERE d.status = 'succeeded'"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(sqliteFolder, recursive: true);
    }

    [PostgresFact]
    public async Task Full_text_search_finds_the_chunk_holding_a_word_written_for_the_test()
    {
        await using var database = await PostgresTestDatabase.CreateAsync("store_search");
        await using var store = await PostgresDocumentStore.OpenAsync(new PostgresStoreOptions { ConnectionString = database.ConnectionString });
        var result = Text("file:///notes/zebra.txt", "The quartermaster counted seventeen zebras near the river.\n\nNothing else happened that day.");
        Assert.True(await store.WriteAsync(result));

        var hits = await store.SearchAsync("zebras quartermaster");

        var hit = Assert.Single(hits);
        Assert.Equal(new Uri("file:///notes/zebra.txt"), hit.Source);
        Assert.Contains("seventeen zebras", hit.Text, StringComparison.Ordinal);
        Assert.Empty(await store.SearchAsync("elephant"));
    }

    [PostgresFact]
    public async Task Writing_the_same_content_again_is_not_rewritten_and_changed_content_replaces_it()
    {
        await using var database = await PostgresTestDatabase.CreateAsync("store_idem");
        await using var store = await PostgresDocumentStore.OpenAsync(new PostgresStoreOptions { ConnectionString = database.ConnectionString });
        Assert.True(await store.WriteAsync(Text("file:///a.txt", "First version of the note.")));
        Assert.False(await store.WriteAsync(Text("file:///a.txt", "First version of the note.")));
        Assert.True(await store.WriteAsync(Text("file:///a.txt", "Second version, longer than the first one.")));

        Assert.Equal((1, 1, 1), (store.Added, store.Unchanged, store.Replaced));
        Assert.Equal(1, await database.ScalarAsync("SELECT count(*) FROM documents"));
        Assert.Equal(1, await database.ScalarAsync("SELECT count(*) FROM chunks WHERE text LIKE 'Second version%'"));
        Assert.Equal(0, await database.ScalarAsync("SELECT count(*) FROM chunks WHERE text LIKE 'First version%'"));
    }

    [PostgresFact]
    public async Task Concurrent_writers_of_one_document_store_it_once()
    {
        await using var database = await PostgresTestDatabase.CreateAsync("store_race");
        await using var first = await PostgresDocumentStore.OpenAsync(new PostgresStoreOptions { ConnectionString = database.ConnectionString });
        await using var second = await PostgresDocumentStore.OpenAsync(new PostgresStoreOptions { ConnectionString = database.ConnectionString });
        var result = Text("file:///shared.txt", "One document written by two nodes at the same time.");

        var written = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? first : second).WriteAsync(result)));

        Assert.Equal(1, written.Count(w => w));
        Assert.Equal(1, await database.ScalarAsync("SELECT count(*) FROM documents"));
        Assert.Equal(1, await database.ScalarAsync("SELECT count(*) FROM chunks"));
    }

    [PostgresFact]
    public async Task A_write_during_a_database_outage_is_retried_until_the_database_is_back()
    {
        await using var database = await PostgresTestDatabase.CreateAsync("store_outage");
        await using var store = await PostgresDocumentStore.OpenAsync(new PostgresStoreOptions { ConnectionString = database.ConnectionString });
        Assert.True(await store.WriteAsync(Text("file:///before.txt", "Written before the outage.")));

        var outage = database.OutageAsync(TimeSpan.FromSeconds(2));
        await Task.Delay(300);
        var write = store.WriteAsync(Text("file:///during.txt", "Written while the database refuses connections."));
        await outage;

        Assert.True(await write);
        Assert.Equal(2, await database.ScalarAsync("SELECT count(*) FROM documents"));
    }

    private static IngestResult Text(string source, string text)
    {
        var document = new Document(new Uri(source), "text/plain", text, [new Block(BlockKind.Paragraph, 0, text.Length)], new DocumentMetadata());
        return new IngestResult(new Uri(source), 0, IngestStatus.Succeeded, document, []) { Reader = "test", MediaType = "text/plain" };
    }

    private static async Task IngestAsync(Action<IIngestBuilder> store)
    {
        var services = new ServiceCollection();
        services.AddIngest(b =>
        {
            b.AddTextReader().AddDateNormalizer().AddNumberNormalizer().AddNameNormalizer()
                .Configure(o => o.ReferenceDate = new DateOnly(2023, 1, 1));
            store(b);
        });
        await using var provider = services.BuildServiceProvider();
        var ingestion = provider.GetRequiredService<IIngestionService>();
        await foreach (var result in ingestion.IngestAsync(Fixtures))
        {
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        }
    }
}
