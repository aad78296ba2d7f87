namespace Ingest.Orleans;

/// <summary>One attempt at one document on this silo: read and normalize it with the silo's pipeline, then write the result to the store.</summary>
internal sealed class DocumentAttempt(IIngestionService ingestion, PostgresStoreProvider store)
{
    public async Task RunAsync(WorkItem item, CancellationToken cancellationToken)
    {
        SourceDocument? source = null;
        await foreach (var found in ingestion.ResolveLocationsAsync([item.Location], cancellationToken).ConfigureAwait(false))
        {
            source = found;
            break;
        }

        var result = source is null
            ? FailedResult(item, "source.none", $"'{item.Location}' yields no document")
            : await ingestion.IngestAsync(source, cancellationToken).ConfigureAwait(false);
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
