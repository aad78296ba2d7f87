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
}
