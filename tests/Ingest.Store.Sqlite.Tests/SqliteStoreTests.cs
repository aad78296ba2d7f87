using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Store.Sqlite.Tests;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly StoreHarness _harness = new();

    [Fact]
    public async Task Ingesting_the_fixtures_stores_documents_blocks_chunks_and_typed_entities()
    {
        _harness.CopyFixtures();

        var counts = await _harness.IngestAsync();

        Assert.Equal((5L, 0L, 0L), counts);
        using var connection = Connect();
        Assert.Equal(5L, Scalar(connection, "SELECT count(*) FROM documents WHERE status = 'succeeded' AND length(content_hash) = 64"));
        Assert.True(Scalar(connection, "SELECT count(*) FROM blocks") > 50);
        Assert.True(Scalar(connection, "SELECT count(*) FROM chunks") >= 5);
        Assert.True(Scalar(connection, "SELECT count(*) FROM entities WHERE type = 'date' AND earliest IS NOT NULL AND latest >= earliest") > 10);
        Assert.True(Scalar(connection, "SELECT count(*) FROM entities WHERE type = 'number' AND number IS NOT NULL") > 10);
        Assert.True(Scalar(connection, "SELECT count(*) FROM entities WHERE type = 'name' AND name_key IS NOT NULL") > 10);
        // An entity belongs to no chunk only when it lies in a block chunking leaves out (boilerplate, running headers).
        Assert.Equal(0L, Scalar(connection, """
            SELECT count(*) FROM entities e WHERE e.chunk_id IS NULL AND NOT EXISTS (
                SELECT 1 FROM blocks b WHERE b.document_id = e.document_id AND b.kind IN ('boilerplate', 'pageHeader', 'pageFooter')
                AND e.start >= b.start AND e.start + e.length <= b.start + b.length)
            """));
    }

    [Fact]
    public async Task Full_text_search_returns_chunks_with_their_source_and_heading_path()
    {
        _harness.CopyFixtures();
        await _harness.IngestAsync();
        using var store = _harness.Open();

        var hits = store.Search(new ChunkQuery { Text = "ceasefire Moscow", Limit = 3 });

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("ceasefire", h.Text, StringComparison.OrdinalIgnoreCase));
        Assert.All(hits, h => Assert.Contains("moscow", h.Text, StringComparison.OrdinalIgnoreCase));
        Assert.All(hits, h => Assert.StartsWith(_harness.Documents, h.Source.LocalPath, StringComparison.Ordinal));
        Assert.All(hits, h => Assert.NotEqual(string.Empty, h.HeadingPath));
    }

    [Fact]
    public async Task Search_filters_documents_that_mention_a_name_between_two_dates()
    {
        _harness.CopyFixtures();
        await _harness.IngestAsync();
        using var store = _harness.Open();

        var all = store.Search(new ChunkQuery { Limit = 1000 }).Select(h => h.Source).Distinct().Count();
        var mentioning = store.Search(new ChunkQuery { Mentioning = "Aliyev", Limit = 1000 }).Select(h => h.Source).Distinct().ToArray();
        var inRange = store.Search(new ChunkQuery { Mentioning = "Aliyev", DatesFrom = new DateOnly(2020, 9, 27), DatesTo = new DateOnly(2020, 11, 10), Limit = 1000 })
            .Select(h => h.Source).Distinct().ToArray();
        var never = store.Search(new ChunkQuery { Mentioning = "Aliyev", DatesFrom = new DateOnly(1066, 10, 14), DatesTo = new DateOnly(1066, 10, 14) });

        Assert.Equal(5, all);
        Assert.InRange(mentioning.Length, 1, 5);
        Assert.NotEmpty(inRange);
        Assert.Subset(mentioning.ToHashSet(), inRange.ToHashSet());
        Assert.Empty(never);
        Assert.Empty(store.Search(new ChunkQuery { Mentioning = "Nobody Atall" }));
    }

    [Fact]
    public async Task Reingesting_skips_unchanged_documents_replaces_changed_ones_and_marks_removed_ones()
    {
        _harness.CopyFixtures();
        await _harness.IngestAsync();
        var files = Directory.GetFiles(_harness.Documents).Order(StringComparer.Ordinal).ToArray();
        var changed = await File.ReadAllTextAsync(files[0]);
        var at = changed.IndexOf("Moscow", StringComparison.Ordinal);
        await File.WriteAllTextAsync(files[0], changed[..at] + "Zanzibarian" + changed[(at + "Moscow".Length)..]);
        File.Delete(files[1]);

        var second = await _harness.IngestAsync();

        Assert.Equal((0L, 1L, 3L), second);
        using var store = _harness.Open();
        Assert.Single(store.Search(new ChunkQuery { Text = "zanzibarian" }));
        Assert.Equal(files[0], Assert.Single(store.Search(new ChunkQuery { Text = "zanzibarian" })).Source.LocalPath);
        Assert.Equal(4L, store.Count().Documents);
        using var connection = Connect();
        Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM documents WHERE removed_at IS NOT NULL"));
        Assert.Equal(0L, Scalar(connection, $"SELECT count(*) FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.removed_at IS NULL AND d.source = '{new Uri(files[1])}'"));
        Assert.DoesNotContain(store.Search(new ChunkQuery { Limit = 1000 }), h => h.Source == new Uri(files[1]));

        var third = await _harness.IngestAsync();
        Assert.Equal((0L, 0L, 4L), third);
    }

    [Fact]
    public async Task Chunks_are_embedded_with_retries_and_similarity_ranks_the_closest_chunk_first()
    {
        File.Copy(StoreHarness.Fixture("000_8356487e95b370c0.txt"), Path.Combine(_harness.Documents, "a.txt"));
        var generator = new WordHashEmbeddingGenerator(failFirstCalls: 2);
        await _harness.IngestAsync(generator);
        using var store = _harness.Open(generator);
        using var connection = Connect();
        var stored = Scalar(connection, "SELECT count(*) FROM chunks WHERE length(embedding) = 64 * 4");
        var target = (string)new SqliteCommand("SELECT text FROM chunks ORDER BY ordinal DESC LIMIT 1", connection).ExecuteScalar()!;

        var hits = await store.SearchAsync(new ChunkQuery { SimilarTo = target, Limit = 2 });

        Assert.Equal(Scalar(connection, "SELECT count(*) FROM chunks"), stored);
        Assert.True(generator.Calls >= 3, "the two failed calls were retried");
        Assert.Equal(target, hits[0].Text);
        Assert.Equal(1.0, hits[0].Score, 6);
    }

    [Fact]
    public async Task A_similarity_query_without_a_generator_is_refused_with_a_message()
    {
        using var store = _harness.Open();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.SearchAsync(new ChunkQuery { SimilarTo = "peace talks" }));

        Assert.Contains("embedding generator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_locked_by_another_writer_fails_clearly_and_loses_nothing_once_free()
    {
        _harness.CopyFixtures();
        using var store = _harness.Open();
        using var other = Connect();
        using var sink = _harness.BuildProvider();
        var result = await sink.GetRequiredService<IIngestionService>().IngestAsync(new FileSourceDocument(StoreHarness.TextFixtures().First()));
        var writer = sink.GetServices<IResultSink>().Single();
        var lockHolder = other.BeginTransaction(deferred: false);
        new SqliteCommand("INSERT INTO schema_info VALUES (99)", other, lockHolder).ExecuteNonQuery();

        var error = await Assert.ThrowsAsync<SqliteStoreException>(() => writer.WriteAsync(result).AsTask());
        lockHolder.Rollback();
        await writer.WriteAsync(result);
        await writer.FlushAsync();

        Assert.Equal("store.locked", error.Code);
        Assert.Contains("locked by another writer", error.Message, StringComparison.Ordinal);
        Assert.Equal(1L, store.Count().Documents);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_reported_as_corrupt()
    {
        File.WriteAllText(_harness.DatabasePath, "This is a text file, not a SQLite database. It is long enough to have a header.");

        var error = Assert.Throws<SqliteStoreException>(() => _harness.Open());

        Assert.Equal("store.corrupt", error.Code);
        Assert.Contains(_harness.DatabasePath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_are_validated_when_the_store_is_resolved()
    {
        var services = new ServiceCollection();
        services.AddIngest(b => b.AddSqliteStore(_harness.DatabasePath, o => o.EmbeddingBatchSize = 0));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredService<SqliteDocumentStore>());

        Assert.Contains("EmbeddingBatchSize", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_chunk_keeps_its_pages_and_boxes_in_the_store()
    {
        File.Copy(StoreHarness.Fixture(Path.Combine("pdf", "chromium-000_8356487e95b370c0.pdf")), Path.Combine(_harness.Documents, "a.pdf"));

        await _harness.IngestAsync();

        using var connection = Connect();
        const string Segments = "FROM chunks c, json_each(c.segments) s JOIN blocks b ON b.document_id = c.document_id AND b.ordinal = s.value ->> 3";
        var withBox = Scalar(connection, $"SELECT count(*) {Segments} WHERE json_array_length(s.value) = 11");
        var likeTheirBlock = Scalar(connection, $"SELECT count(*) {Segments} WHERE s.value ->> 6 IS b.page AND s.value ->> 7 IS b.box_left AND s.value ->> 10 IS b.box_top AND s.value ->> 4 IS b.source_start");
        Assert.True(withBox > 10, $"segments with a box: {withBox}");
        Assert.Equal(Scalar(connection, $"SELECT count(*) {Segments}"), likeTheirBlock);
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM chunks WHERE pages = '[]'"));
        Assert.True(Scalar(connection, "SELECT count(*) FROM blocks WHERE page IS NOT NULL AND box_left IS NOT NULL") > 10);
    }

    public void Dispose() => _harness.Dispose();

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection($"Data Source={_harness.DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = new SqliteCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
