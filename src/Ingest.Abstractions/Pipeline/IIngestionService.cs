namespace Ingest;

/// <summary>
/// Ingests source documents: detects each format, reads it with the best reader, runs the normalizers,
/// and yields one result per input as it completes.
/// </summary>
/// <remarks>
/// A bad document never stops the batch: its failure is reported in its result. Only cancellation of the
/// batch token ends the enumeration early (with <see cref="OperationCanceledException"/>).
/// </remarks>
public interface IIngestionService
{
    /// <summary>Ingests a stream of source documents with bounded parallelism, yielding results as they complete.</summary>
    /// <param name="sources">The source documents.</param>
    /// <param name="cancellationToken">Stops the batch promptly.</param>
    IAsyncEnumerable<IngestResult> IngestAsync(IAsyncEnumerable<SourceDocument> sources, CancellationToken cancellationToken = default);

    /// <summary>Ingests one source document.</summary>
    /// <param name="source">The source document.</param>
    /// <param name="cancellationToken">Cancels ingestion.</param>
    Task<IngestResult> IngestAsync(SourceDocument source, CancellationToken cancellationToken = default);
}
