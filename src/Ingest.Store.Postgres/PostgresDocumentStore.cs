using Ingest.Chunking;
using Ingest.Store.Postgres;
using Ingest.Store.Sqlite;
using Npgsql;
using Polly;

namespace Ingest;

/// <summary>
/// The PostgreSQL store: one database shared by every process (or cluster node) that ingests into it. A result whose
/// content hash and options fingerprint are already stored for its source is not rewritten, so retrying a document
/// never stores it twice. Thread-safe; connections come from a pool.
/// </summary>
public sealed class PostgresDocumentStore : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresStoreOptions _options;
    private readonly IDocumentChunker _chunker;
    private readonly ResiliencePipeline _retry;
    private readonly StoreWriteTally _tally = new();

    private PostgresDocumentStore(NpgsqlDataSource dataSource, PostgresStoreOptions options, IDocumentChunker chunker)
    {
        _dataSource = dataSource;
        _options = options;
        _chunker = chunker;
        _retry = PostgresRetry.Create(options.WriteRetries);
    }

    /// <summary>Results written as new documents by this instance.</summary>
    public long Added => _tally.Added;

    /// <summary>Results that replaced a stored document with other content or options.</summary>
    public long Replaced => _tally.Replaced;

    /// <summary>Results already stored with the same content and options, not rewritten.</summary>
    public long Unchanged => _tally.Unchanged;

    /// <summary>Opens the store, creating the schema when missing (retrying while the server is not reachable yet).</summary>
    /// <param name="options">The options; <see cref="PostgresStoreOptions.ConnectionString"/> is required.</param>
    /// <param name="chunker">Cuts documents into chunks; the default chunker when null.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>The open store.</returns>
    public static async Task<PostgresDocumentStore> OpenAsync(PostgresStoreOptions options, IDocumentChunker? chunker = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString);
        var store = new PostgresDocumentStore(NpgsqlDataSource.Create(options.ConnectionString), options, chunker ?? DocumentChunkers.Create());
        try
        {
            await store._retry.ExecuteAsync(
                static async (s, ct) =>
                {
                    await using var connection = await s._dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
                    await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
                    await using var command = new NpgsqlCommand(PostgresStoreSchema.Create, connection, transaction);
                    await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                    await transaction.CommitAsync(ct).ConfigureAwait(false);
                },
                store,
                cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Writes one result: chunks it and stores document, blocks, chunks and entities in one transaction, unless the same
    /// content and options are already stored for its source. Transient failures are retried.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when the result was written; false when it was already stored unchanged.</returns>
    public async Task<bool> WriteAsync(IngestResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        var hash = result.Document is { } d ? ContentHash.Of(d.Text) : string.Empty;
        var fingerprint = OptionsFingerprint.Of(result, _chunker.Options, embedder: null);
        var chunks = result.Document is { } document ? _chunker.Chunk(document, cancellationToken) : [];
        var input = new PostgresWriteInput(hash, fingerprint, chunks, _options.StoreDocumentText);
        var outcome = await _retry.ExecuteAsync(
            async ct =>
            {
                await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
                return await PostgresDocumentWriter.WriteAsync(connection, result, input, ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        _tally.Record(outcome);

        return outcome != StoreWriteOutcome.Unchanged;
    }

    /// <summary>Finds chunks matching a web-search style query (<c>websearch_to_tsquery</c>), best first.</summary>
    /// <param name="query">Words, "quoted phrases", <c>or</c>, <c>-excluded</c>.</param>
    /// <param name="limit">The most hits returned.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The hits.</returns>
    public async Task<IReadOnlyList<PostgresChunkHit>> SearchAsync(string query, int limit = 10, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var command = _dataSource.CreateCommand(
            """
            SELECT d.source, c.chunk_key, c.text, ts_rank(c.search, q)::double precision AS rank
            FROM chunks c JOIN documents d ON d.id = c.document_id, websearch_to_tsquery('simple', $1) q
            WHERE c.search @@ q AND d.removed_at IS NULL
            ORDER BY rank DESC, d.source, c.ordinal
            LIMIT $2
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = query });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        var hits = new List<PostgresChunkHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hits.Add(new PostgresChunkHit(new Uri(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetDouble(3)));
        }

        return hits;
    }

    /// <summary>Counts documents, chunks and entities.</summary>
    /// <param name="cancellationToken">Cancels the count.</param>
    /// <returns>The counts.</returns>
    public async Task<PostgresStoreCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM chunks), (SELECT count(*) FROM entities)");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new PostgresStoreCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
