namespace Ingest;

/// <summary>How the ingestion of one source document ended.</summary>
public enum IngestStatus
{
    /// <summary>The document was read and normalized; diagnostics, if any, are informational or warnings.</summary>
    Succeeded,

    /// <summary>A document was produced, but some parts (pages, a normalizer) failed: see the error diagnostics.</summary>
    Partial,

    /// <summary>No document could be produced: see the error diagnostics for why.</summary>
    Failed,
}
