using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Store.Sqlite.Tests;

public sealed class WriteBatchTests : IDisposable
{
    private readonly StoreHarness _harness = new();
    private readonly StoreHarness _source = new();

    [Fact]
    public async Task Documents_of_an_open_batch_are_neither_in_the_database_nor_counted_until_the_flush_commits_them()
    {
        var results = await ResultsAsync(3);
        await using var provider = _harness.BuildProvider(configure: o => (o.WriteBatchSize, o.WriteBatchTime) = (100, TimeSpan.FromHours(1)));
        var sink = provider.GetServices<IResultSink>().Single();
        var store = provider.GetRequiredService<SqliteDocumentStore>();

        foreach (var result in results)
        {
            await sink.WriteAsync(result);
        }

        var beforeFlush = (CommittedDocuments(), store.Counts.Added);
        await sink.FlushAsync();

        Assert.Equal((0L, 0L), beforeFlush);
        Assert.Equal((3L, 3L), (CommittedDocuments(), store.Counts.Added));
    }

    [Fact]
    public async Task A_batch_is_committed_as_soon_as_it_holds_its_size_in_documents()
    {
        var results = await ResultsAsync(3);
        await using var provider = _harness.BuildProvider(configure: o => (o.WriteBatchSize, o.WriteBatchTime) = (2, TimeSpan.FromHours(1)));
        var sink = provider.GetServices<IResultSink>().Single();
        var store = provider.GetRequiredService<SqliteDocumentStore>();

        foreach (var result in results)
        {
            await sink.WriteAsync(result);
        }

        Assert.Equal((2L, 2L), (CommittedDocuments(), store.Counts.Added));
    }

    [Fact]
    public async Task A_batch_older_than_its_time_is_committed_by_the_next_write()
    {
        var results = await ResultsAsync(2);
        await using var provider = _harness.BuildProvider(configure: o => (o.WriteBatchSize, o.WriteBatchTime) = (100, TimeSpan.Zero));
        var sink = provider.GetServices<IResultSink>().Single();

        await sink.WriteAsync(results[0]);
        var afterFirst = CommittedDocuments();
        await sink.WriteAsync(results[1]);

        Assert.Equal((1L, 2L), (afterFirst, CommittedDocuments()));
    }

    [Fact]
    public async Task A_cancelled_run_commits_what_it_handed_to_the_store_and_counts_exactly_that()
    {
        _harness.CopyFixtures();
        await using var provider = _harness.BuildProvider(configure: o => (o.WriteBatchSize, o.WriteBatchTime) = (100, TimeSpan.FromHours(1)));
        var store = provider.GetRequiredService<SqliteDocumentStore>();
        using var cancel = new CancellationTokenSource();
        var yielded = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in provider.GetRequiredService<IIngestionService>().IngestAsync([_harness.Documents], cancel.Token))
            {
                yielded++;
                await cancel.CancelAsync();
            }
        });

        // Every yielded result was committed, and so was the one the pipeline held back, written before the cancellation.
        Assert.InRange(CommittedDocuments(), yielded + 1L, 5L);
        Assert.Equal(CommittedDocuments(), store.Counts.Added);
    }

    [Fact]
    public async Task Reingesting_with_batches_adds_no_duplicates_and_finds_every_document_unchanged()
    {
        _harness.CopyFixtures();
        await _harness.IngestAsync();

        var again = await _harness.IngestAsync();

        Assert.Equal((0L, 0L, 5L), again);
        Assert.Equal(5L, CommittedDocuments());
    }

    [Fact]
    public async Task A_document_that_fails_half_written_leaves_nothing_and_the_rest_of_its_batch_commits()
    {
        var results = await ResultsAsync(3);
        await using var provider = _harness.BuildProvider(configure: o => (o.WriteBatchSize, o.WriteBatchTime) = (100, TimeSpan.FromHours(1)));
        var sink = provider.GetServices<IResultSink>().Single();
        var store = provider.GetRequiredService<SqliteDocumentStore>();
        Execute($"""
            CREATE TRIGGER refuse_chunk BEFORE INSERT ON chunk_rows
            WHEN (SELECT source FROM documents WHERE id = NEW.document_id) = '{results[1].Source}'
            BEGIN SELECT RAISE(ABORT, 'refused'); END;
            """);

        await sink.WriteAsync(results[0]);
        var error = await Assert.ThrowsAsync<SqliteStoreException>(() => sink.WriteAsync(results[1]).AsTask());
        await sink.WriteAsync(results[2]);
        await sink.FlushAsync();
        var afterFailure = (CommittedDocuments(), store.Counts.Added, Count("SELECT count(*) FROM document_details"));
        var orphans = Count("SELECT count(*) FROM chunks WHERE document_id NOT IN (SELECT id FROM documents)");
        Execute("DROP TRIGGER refuse_chunk");
        await sink.WriteAsync(results[1]);
        await sink.FlushAsync();

        Assert.Contains("refused", error.Message, StringComparison.Ordinal);
        Assert.Equal((2L, 2L, 2L), afterFailure);
        Assert.Equal(0L, orphans);
        Assert.Equal((3L, 3L), (CommittedDocuments(), store.Counts.Added));

        // FTS5 checks its index against the chunk rows, and fails when a rolled-back document left entries behind.
        Execute("INSERT INTO chunks_fts(chunks_fts, rank) VALUES ('integrity-check', 1)");
    }

    public void Dispose()
    {
        _harness.Dispose();
        _source.Dispose();
    }

    /// <summary>Results of the first <paramref name="count"/> text fixtures, read by a pipeline writing to a database of its own.</summary>
    [Fact]
    public async Task A_batch_whose_full_text_rows_cross_the_character_limit_commits_early_and_indexes_every_row_as_one_batch_would()
    {
        var results = await ResultsAsync(5);
        using var reference = new StoreHarness();
        await WriteAllAsync(reference, results);

        // About 49,000 characters of chunk text in five documents: a limit of 12,000 commits two or three times on the way.
        var committedAfterEachWrite = new List<long>();
        await using (var provider = _harness.BuildProvider(configure: o =>
            (o.WriteBatchSize, o.WriteBatchTime, o.MaxPendingFullTextCharacters) = (100, TimeSpan.FromHours(1), 12_000)))
        {
            var sink = provider.GetServices<IResultSink>().Single();
            foreach (var result in results)
            {
                await sink.WriteAsync(result);
                committedAfterEachWrite.Add(CommittedDocuments());
            }

            await sink.FlushAsync();
        }

        using var early = StoreQueries.Connect(_harness.DatabasePath);
        using var once = StoreQueries.Connect(reference.DatabasePath);
        Assert.Contains(committedAfterEachWrite, c => c is > 0 and < 5);
        Assert.Equal(5L, CommittedDocuments());
        foreach (var index in new[] { "chunks_fts", "names_fts" })
        {
            StoreQueries.Execute(early, $"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)");
            Assert.Equal(IndexEntries(once, index), IndexEntries(early, index));
        }

        Assert.Equal(StoreQueries.Rows(once, EveryChunk), StoreQueries.Rows(early, EveryChunk));
    }

    private const string EveryChunk = "SELECT d.source, c.id, c.ordinal, c.text, c.heading_path FROM chunks c JOIN documents d ON d.id = c.document_id ORDER BY c.id";

    // Every term of the index with the row, column and position it was found at.
    private static List<string> IndexEntries(Microsoft.Data.Sqlite.SqliteConnection connection, string index)
    {
        StoreQueries.Execute(connection, $"DROP TABLE IF EXISTS temp.entries; CREATE VIRTUAL TABLE temp.entries USING fts5vocab(main, {index}, 'instance')");
        return StoreQueries.Rows(connection, "SELECT term, doc, col, offset FROM temp.entries ORDER BY term, doc, col, offset");
    }

    private static async Task WriteAllAsync(StoreHarness target, IEnumerable<IngestResult> results)
    {
        await using var provider = target.BuildProvider();
        var sink = provider.GetServices<IResultSink>().Single();
        foreach (var result in results)
        {
            await sink.WriteAsync(result);
        }

        await sink.FlushAsync();
    }

    private async Task<List<IngestResult>> ResultsAsync(int count)
    {
        await using var provider = _source.BuildProvider();
        var ingestion = provider.GetRequiredService<IIngestionService>();
        var results = new List<IngestResult>();
        foreach (var file in StoreHarness.TextFixtures().Take(count))
        {
            results.Add(await ingestion.IngestAsync(new FileSourceDocument(file)));
        }

        return results;
    }

    private long CommittedDocuments() => Count("SELECT count(*) FROM documents");

    private long Count(string sql)
    {
        using var connection = StoreQueries.Connect(_harness.DatabasePath);
        return StoreQueries.Scalar(connection, sql);
    }

    private void Execute(string sql)
    {
        using var connection = StoreQueries.Connect(_harness.DatabasePath);
        StoreQueries.Execute(connection, sql);
    }
}
