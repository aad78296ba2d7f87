namespace Ingest.Orleans;

/// <summary>One attempt at one document on this silo: read and normalize it with the silo's pipeline, then write the result to the store.</summary>
internal sealed class DocumentAttempt(IIngestionService ingestion, PostgresStoreProvider store)
{
    /// <summary>Reads and normalizes the document with this silo's pipeline; the attempt's timeout applies here.</summary>
    public async Task<IngestResult> ReadAsync(WorkItem item, CancellationToken cancellationToken)
    {
        SourceDocument? source = null;
        await foreach (var found in ingestion.ResolveLocationsAsync([item.Location], cancellationToken).ConfigureAwait(false))
        {
            source = found;
            break;
        }

        return source is null
            ? FailedResult(item, "source.none", $"'{item.Location}' yields no document")
            : await ingestion.IngestAsync(source, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the result to the shared store, with the store's retries; a database outage does not count as an attempt.</summary>
    public async Task WriteAsync(IngestResult result, CancellationToken cancellationToken)
    {
        var opened = await store.GetAsync(cancellationToken).ConfigureAwait(false);
        await opened.WriteAsync(result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the one result of a document that used every attempt.</summary>
    public async Task WriteExhaustedAsync(WorkItem item, string reason, CancellationToken cancellationToken)
    {
        var result = FailedResult(item, ClusterDiagnosticCodes.AttemptsExhausted, $"failed after {item.Attempt} attempts: {reason}");
        var opened = await store.GetAsync(cancellationToken).ConfigureAwait(false);
        await opened.WriteAsync(result, cancellationToken).ConfigureAwait(false);
    }

    internal static Uri SourceUri(string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var uri) ? uri : new Uri(Path.GetFullPath(location));

    private static IngestResult FailedResult(WorkItem item, string code, string message) =>
        new(SourceUri(item.Location), item.Ordinal, IngestStatus.Failed, null, [new Diagnostic(DiagnosticSeverity.Error, code, message)]);
}
