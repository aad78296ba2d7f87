using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;

namespace Ingest.Store.Sqlite;

/// <summary>
/// The SQLite database behind the store: opened (and created with its schema) once, written by the store's sink in
/// batches of documents per transaction (<see cref="SqliteStoreOptions.WriteBatchSize"/>), and searched by
/// <see cref="Search"/>. Safe for one writer; reads may run beside it.
/// </summary>
public sealed class SqliteDocumentStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly DocumentWriter _writer;
    private readonly WriteBatch _batch;
    private readonly PendingFullText[] _fullText;
    private readonly object _gate = new();

    private bool _disposed;

    private SqliteDocumentStore(SqliteConnection connection, string path, long run, ChunkEmbedder? embedder, SqliteStoreOptions options)
    {
        _connection = connection;
        Embedder = embedder;
        Path = path;
        Run = run;
        var chunkText = new PendingFullText(connection, "chunks_fts", "text", "heading_path");
        var names = new PendingFullText(connection, "names_fts", "names");
        _fullText = [chunkText, names];
        _writer = new DocumentWriter(connection, run, chunkText, names);
        _batch = new WriteBatch(connection, _fullText, Counts, Math.Max(1, options.WriteBatchSize), options.WriteBatchTime,
            Math.Max(1, options.MaxPendingFullTextCharacters));
    }

    /// <summary>How many documents this store's writes added, replaced and found unchanged since it was opened, counted when their batch commits.</summary>
    public StoreWriteCounts Counts { get; } = new();

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The number of this session of writing, recorded on every document it writes or confirms unchanged.</summary>
    public long Run { get; }

    /// <summary>Opens the database at <see cref="SqliteStoreOptions.DatabasePath"/>, creating it and its schema when missing.</summary>
    /// <param name="options">The options.</param>
    /// <param name="embeddingGenerator">Embeds chunks as they are written and similarity queries; none when <see langword="null"/>.</param>
    /// <exception cref="SqliteStoreException">The file is locked, read-only, corrupt or cannot be created.</exception>
    public static SqliteDocumentStore Open(SqliteStoreOptions options, IEmbeddingGenerator<string, Embedding<float>>? embeddingGenerator = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = System.IO.Path.GetFullPath(options.DatabasePath);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, StoreSchema.Tables + StoreSchema.FullTextSettings + StoreSchema.ConnectionSettings);
            var run = InitializeRun(connection);
            StoreMigration.Run(connection);
            Execute(connection, StoreSchema.Views);
            var embedder = embeddingGenerator is null ? null : new ChunkEmbedder(embeddingGenerator, Math.Max(1, options.EmbeddingBatchSize));
            return new SqliteDocumentStore(connection, path, run, embedder, options);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw StoreErrors.Describe(ex, path);
        }
    }

    /// <summary>Finds chunks by full text and entity filters, best first.</summary>
    /// <param name="query">The query.</param>
    public IReadOnlyList<ChunkHit> Search(ChunkQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            CommitLocked();
            return ChunkSearch.Run(_connection, query, needEmbeddings: false, Math.Max(1, query.Limit)).ConvertAll(h => h.Hit);
        }
    }

    /// <summary>
    /// Finds chunks like <see cref="Search"/>; with <see cref="ChunkQuery.SimilarTo"/>, ranks the chunks that pass the other
    /// conditions by the cosine similarity of their stored embeddings to the embedding of that text, in process.
    /// </summary>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels embedding the query.</param>
    /// <exception cref="InvalidOperationException">A similarity query on a store opened without an embedding generator.</exception>
    public async Task<IReadOnlyList<ChunkHit>> SearchAsync(ChunkQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.SimilarTo is null)
        {
            return Search(query);
        }

        if (Embedder is null)
        {
            throw new InvalidOperationException("Similarity search needs an embedding generator: register an IEmbeddingGenerator<string, Embedding<float>> or pass one to SqliteDocumentStore.Open.");
        }

        var vector = await Embedder.EmbedQueryAsync(query.SimilarTo, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            CommitLocked();
            return Guard(() => RankBySimilarity(query, vector));
        }
    }

    // The candidates are read without their text and only the ones kept are read with it, in one read transaction: a
    // chunk id freed by a replaced document is reused (no AUTOINCREMENT), so a write in between (by this store or another
    // process) could pair a hit with another chunk's text.
    private ChunkHit[] RankBySimilarity(ChunkQuery query, float[] vector)
    {
        using var snapshot = _connection.BeginTransaction(deferred: true);
        var best = ChunkSearch.Run(_connection, query, needEmbeddings: true, int.MaxValue, snapshot)
            .Select(c => (Hit: c.Hit with { Score = CosineSimilarity.Of(vector, EmbeddingCodec.Decode(c.Embedding)) }, c.Id))
            .OrderByDescending(c => c.Hit.Score)
            .Take(Math.Max(1, query.Limit))
            .ToArray();
        return Array.ConvertAll(best, c => c.Hit with { Text = ChunkSearch.Text(_connection, c.Id, snapshot) });
    }

    /// <summary>
    /// Marks every document under <paramref name="root"/> (a directory or URL prefix) that this run neither wrote nor
    /// confirmed unchanged as removed: it stays in the database, with <c>removed_at</c> set, and is left out of searches.
    /// </summary>
    /// <param name="root">The directory or URL prefix that was ingested in full.</param>
    /// <returns>The number of documents marked.</returns>
    public int MarkUnseenAsRemoved(Uri root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var prefix = root.ToString().TrimEnd('/') + "/";
        lock (_gate)
        {
            CommitLocked();
            using var command = _connection.CreateCommand();
            command.CommandText = "UPDATE documents SET removed_at = $at WHERE removed_at IS NULL AND last_seen_run <> $run AND substr(source, 1, length($prefix)) = $prefix";
            command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$run", Run);
            command.Parameters.AddWithValue("$prefix", prefix);
            return Guard(() => command.ExecuteNonQuery());
        }
    }

    /// <summary>Counts the stored documents (not removed), chunks and entities.</summary>
    public (long Documents, long Chunks, long Entities) Count()
    {
        lock (_gate)
        {
            CommitLocked();
            using var command = _connection.CreateCommand();
            command.CommandText = """
                SELECT (SELECT count(*) FROM documents WHERE removed_at IS NULL), (SELECT count(*) FROM chunks),
                    (SELECT coalesce(sum(json_array_length(entities)), 0) FROM document_details)
                """;
            using var reader = command.ExecuteReader();
            reader.Read();
            return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }
    }

    /// <summary>Commits the documents written since the last commit; until then they are neither in the database nor counted.</summary>
    /// <exception cref="SqliteStoreException">The commit failed (locked, full disk...): none of the batch's documents was written.</exception>
    public void Commit()
    {
        lock (_gate)
        {
            CommitLocked();
        }
    }

    /// <summary>Commits the open batch (a failure rolls it back: its documents were never counted) and closes the database.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            try
            {
                CommitLocked();
            }
            catch (SqliteStoreException)
            {
                _batch.RollBack();
            }
            finally
            {
                // The statements prepared on the connection are finalized first: SQLite closes no connection that has some.
                _writer.Dispose();
                _batch.Dispose();
                foreach (var index in _fullText)
                {
                    index.Release();
                }

                _connection.Dispose();
            }
        }
    }

    internal ChunkEmbedder? Embedder { get; }

    // A look-up and at most one update: no savepoint needed.
    internal bool TryMarkCurrent(Uri source, string hash, string fingerprint, IngestStatus status) =>
        InBatch(t => _writer.TryMarkCurrent(source, hash, fingerprint, status, t) ? StoreWriteOutcome.Unchanged : null, savepoint: false) is not null;

    internal void Write(IngestResult result, StoredDocument stored) => InBatch(t => _writer.Write(result, stored, t), savepoint: true);

    private StoreWriteOutcome? InBatch(Func<SqliteTransaction, StoreWriteOutcome?> work, bool savepoint)
    {
        lock (_gate)
        {
            return Guard(() => _batch.Run(work, savepoint));
        }
    }

    private void CommitLocked() => Guard(() =>
    {
        _batch.Commit();
        return 0;
    });

    private T Guard<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (SqliteException ex)
        {
            throw StoreErrors.Describe(ex, Path);
        }
    }

    private static long InitializeRun(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO schema_info (version) SELECT $version WHERE NOT EXISTS (SELECT 1 FROM schema_info);
            SELECT coalesce(max(last_seen_run), 0) + 1 FROM documents;
            """;
        command.Parameters.AddWithValue("$version", StoreSchema.Version);
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
