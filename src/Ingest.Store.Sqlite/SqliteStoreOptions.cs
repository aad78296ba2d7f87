namespace Ingest.Store.Sqlite;

/// <summary>Options of the SQLite store.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The database file; created with its schema when missing. Default: <c>ingest.db</c> in the working directory.</summary>
    public string DatabasePath { get; set; } = "ingest.db";

    /// <summary>
    /// How long a write waits for another process that holds the database before it fails with a clear error. Default: 10 s.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether documents' full text is stored beside their chunks. Default: <see langword="true"/>.</summary>
    public bool StoreDocumentText { get; set; } = true;

    /// <summary>How many chunks are sent to the embedding generator at once, when one is registered. Default: 32.</summary>
    public int EmbeddingBatchSize { get; set; } = 32;

    /// <summary>
    /// How many documents are written per transaction at most. A batch is committed when it holds this many documents,
    /// when a write finds it older than <see cref="WriteBatchTime"/>, when its chunks waiting for the full-text index
    /// hold 32 M characters, and when the sink is flushed (the end of every
    /// pipeline run, cancelled ones included); only then are its documents in the database and counted. A kill loses
    /// the open batch, never part of a document; running again writes it. Default: 256; 1 commits every document.
    /// </summary>
    public int WriteBatchSize { get; set; } = 256;

    /// <summary>How old a batch may get before the next write commits it. Default: 2 s.</summary>
    public TimeSpan WriteBatchTime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How many characters of full-text rows (chunk text, heading paths, names) a batch holds in memory before it commits
    /// early: 32 M (64 MiB of UTF-16). Internal so tests can cross it with small documents.
    /// </summary>
    internal long MaxPendingFullTextCharacters { get; set; } = 32L * 1024 * 1024;
}
