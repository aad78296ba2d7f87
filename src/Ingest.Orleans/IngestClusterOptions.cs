namespace Ingest.Orleans;

/// <summary>Options of ingestion on an Orleans cluster.</summary>
public sealed class IngestClusterOptions
{
    /// <summary>The PostgreSQL database shared by the cluster: the store, the work queue (and Orleans' tables when configured). Required.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>How many times a document is tried before it is failed for good (a document that hangs or kills its worker). Default: 3.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>How long a partition stays with a silo that stopped renewing it; after that another silo takes it over. Default: 30 s.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often each silo looks for partitions without a live owner. Default: 5 s.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest one attempt at a document (reading, normalizing and writing) may take before it is abandoned and counted. Default: 5 minutes.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many partitions one silo works on at once. Default: the processor count.</summary>
    public int MaxPartitionsPerSilo { get; set; } = Environment.ProcessorCount;

    /// <summary>How many times a database statement that failed transiently is retried (see the store's option of the same name). Default: 8.</summary>
    public int DatabaseRetries { get; set; } = 8;
}
