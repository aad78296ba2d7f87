namespace Ingest;

/// <summary>Options of the PostgreSQL store.</summary>
public sealed class PostgresStoreOptions
{
    /// <summary>The Npgsql connection string (<c>Host=...;Database=...;Username=...;Password=...</c>). Required.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Whether each document's whole normalized text is stored besides its chunks. Default: true.</summary>
    public bool StoreDocumentText { get; set; } = true;

    /// <summary>
    /// How many times a write that failed with a transient error (a dropped connection, a restarting server) is retried,
    /// with exponential back-off from 200 ms. Default: 8, which rides out a server restart of about half a minute.
    /// </summary>
    public int WriteRetries { get; set; } = 8;
}
