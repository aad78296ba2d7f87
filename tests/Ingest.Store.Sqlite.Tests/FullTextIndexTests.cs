using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Store.Sqlite.Tests;

/// <summary>The full-text index is written per batch, just before the commit: it must stay in step with the chunks.</summary>
public sealed class FullTextIndexTests : IDisposable
{
    private readonly StoreHarness _harness = new();
    private readonly StoreHarness _source = new();

    [Fact]
    public async Task A_document_replaced_in_its_own_batch_and_in_a_later_one_is_found_only_by_its_latest_text()
    {
        await using var provider = _harness.BuildProvider(configure: o => (o.WriteBatchSize, o.WriteBatchTime) = (100, TimeSpan.FromHours(1)));
        var sink = provider.GetServices<IResultSink>().Single();
        var store = provider.GetRequiredService<SqliteDocumentStore>();

        // Two versions of one file inside one open batch, then a third in the next batch.
        await sink.WriteAsync(await VersionAsync("The aardvark digs at night. It eats ants."));
        await sink.WriteAsync(await VersionAsync("The zebu grazes by day. It pulls carts."));
        await sink.FlushAsync();
        var afterFirstBatch = (Hits(store, "aardvark"), Hits(store, "zebu"));
        await sink.WriteAsync(await VersionAsync("The quokka smiles. It lives on an island."));
        await sink.FlushAsync();

        Assert.Equal((0, 1), afterFirstBatch);
        Assert.Equal((0, 0, 1), (Hits(store, "aardvark"), Hits(store, "zebu"), Hits(store, "quokka")));
        Assert.Equal((1L, 2L), (store.Counts.Added, store.Counts.Replaced));
        AssertIndexMatchesChunks();
    }

    [Fact]
    public async Task A_database_of_schema_2_loses_its_full_text_triggers_when_opened_and_replaces_without_duplicates()
    {
        _harness.CopyFixtures();
        await _harness.IngestAsync();

        // What a schema 2 database looks like: a row per entity, and chunks_fts kept in step by triggers on chunks.
        SchemaDowngrade.ToSchema3(
            _harness.DatabasePath,
            """
                CREATE TRIGGER chunks_fts_insert AFTER INSERT ON chunks BEGIN
                    INSERT INTO chunks_fts(rowid, text, heading_path) VALUES (new.id, new.text, new.heading_path);
                END;
                CREATE TRIGGER chunks_fts_delete AFTER DELETE ON chunks BEGIN
                    INSERT INTO chunks_fts(chunks_fts, rowid, text, heading_path) VALUES ('delete', old.id, old.text, old.heading_path);
                END;
                UPDATE schema_info SET version = 2;
                """);

        using (_harness.Open())
        {
            // Opening migrates.
        }

        var changed = StoreHarness.TextFixtures().First();
        await File.WriteAllTextAsync(Path.Combine(_harness.Documents, Path.GetFileName(changed)), "The okapi hides in the forest. It is shy.");
        var counts = await _harness.IngestAsync();
        using var store = _harness.Open();

        Assert.Equal((0L, 1L, 4L), counts);
        Assert.Equal((0L, (long)StoreSchema.Version), (Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"), Scalar("SELECT version FROM schema_info")));
        Assert.Equal(1, Hits(store, "okapi"));
        AssertIndexMatchesChunks();
    }

    public void Dispose()
    {
        _harness.Dispose();
        _source.Dispose();
    }

    private static int Hits(SqliteDocumentStore store, string word) => store.Search(new ChunkQuery { Text = word, Limit = 100 }).Count;

    /// <summary>One version of the file <c>animal.txt</c>, read by a pipeline writing to a database of its own.</summary>
    private async Task<IngestResult> VersionAsync(string text)
    {
        var file = Path.Combine(_source.Documents, "animal.txt");
        await File.WriteAllTextAsync(file, text);
        await using var provider = _source.BuildProvider();
        return await provider.GetRequiredService<IIngestionService>().IngestAsync(new FileSourceDocument(file));
    }

    /// <summary>FTS5's own check of an external-content index against its content table, and one index row per chunk.</summary>
    private void AssertIndexMatchesChunks()
    {
        using var connection = new SqliteConnection($"Data Source={_harness.DatabasePath};Pooling=False");
        connection.Open();
        using var check = new SqliteCommand("INSERT INTO chunks_fts(chunks_fts, rank) VALUES ('integrity-check', 1)", connection);
        check.ExecuteNonQuery();
        using var rows = new SqliteCommand("SELECT (SELECT count(*) FROM chunks), (SELECT count(*) FROM chunks_fts_docsize)", connection);
        using var reader = rows.ExecuteReader();
        reader.Read();
        Assert.Equal(reader.GetInt64(0), reader.GetInt64(1));
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_harness.DatabasePath};Pooling=False");
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        return (long)command.ExecuteScalar()!;
    }
}
