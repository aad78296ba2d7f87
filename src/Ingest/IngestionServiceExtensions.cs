using Ingest.Pipeline;
using Ingest.Sources;

namespace Ingest;

/// <summary>Convenience overloads of <see cref="IIngestionService"/>.</summary>
public static class IngestionServiceExtensions
{
    /// <summary>Ingests every document of <paramref name="source"/>.</summary>
    /// <param name="service">The ingestion service.</param>
    /// <param name="source">The source.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    public static IAsyncEnumerable<IngestResult> IngestAsync(this IIngestionService service, IDocumentSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(source);
        return service.IngestAsync(source.GetDocumentsAsync(cancellationToken), cancellationToken);
    }

    /// <summary>Ingests a list of source documents.</summary>
    /// <param name="service">The ingestion service.</param>
    /// <param name="sources">The source documents.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    public static IAsyncEnumerable<IngestResult> IngestAsync(this IIngestionService service, IEnumerable<SourceDocument> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(sources);
        return service.IngestAsync(ToAsync(sources), cancellationToken);
    }

    /// <summary>
    /// Ingests every location in order: files, directories, glob patterns (<c>docs/**/*.txt</c>) and whatever else the
    /// registered <see cref="ISourceProvider"/>s accept (URLs and <c>@</c>URL lists with <c>AddHttpSource()</c>, plugin schemes).
    /// A location that yields no document (a missing path, a pattern that matches nothing, an empty folder, a location no
    /// provider accepts) gives exactly one failed result whose source is that location (codes in
    /// <see cref="SourceDiagnosticCodes"/>), and the locations after it are still read.
    /// </summary>
    /// <param name="service">The ingestion service.</param>
    /// <param name="locations">Paths, directories, glob patterns, URLs.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    /// <returns>One result per document found, and one per location that yielded none.</returns>
    public static IAsyncEnumerable<IngestResult> IngestAsync(this IIngestionService service, IEnumerable<string> locations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(locations);
        return service.IngestAsync(service.ResolveLocationsAsync(locations, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Resolves locations into source documents the way <see cref="IngestAsync(IIngestionService, IEnumerable{string}, CancellationToken)"/>
    /// does, for hosts that filter the documents (for example to skip ones already done) before ingesting them.
    /// </summary>
    /// <param name="service">The ingestion service whose registered source providers resolve the locations.</param>
    /// <param name="locations">Paths, directories, glob patterns, URLs.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The source documents, lazily; a location that yields none gives one document that fails with the reason.</returns>
    public static IAsyncEnumerable<SourceDocument> ResolveLocationsAsync(this IIngestionService service, IEnumerable<string> locations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(locations);
        var resolver = service is IngestionService pipeline ? pipeline.Locations : LocationResolver.FileSystemOnly;
        return resolver.ResolveAsync(locations, cancellationToken);
    }

    /// <summary>Ingests the files, directories and glob patterns in <paramref name="locations"/>, in order; the same as <see cref="IngestAsync(IIngestionService, IEnumerable{string}, CancellationToken)"/>.</summary>
    /// <param name="service">The ingestion service.</param>
    /// <param name="locations">Paths, directories or glob patterns.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    /// <returns>One result per file found, and one per location that yielded none.</returns>
    public static IAsyncEnumerable<IngestResult> IngestFilesAsync(this IIngestionService service, IEnumerable<string> locations, CancellationToken cancellationToken = default)
        => service.IngestAsync(locations, cancellationToken);

    /// <summary>
    /// Ingests the one document at <paramref name="location"/>: a file path or a URL (with <c>AddHttpSource()</c>). A location
    /// that yields no document gives a failed result saying why; for a directory or pattern, the first document is ingested
    /// (use <see cref="IngestAsync(IIngestionService, IEnumerable{string}, CancellationToken)"/> for all of them).
    /// </summary>
    /// <param name="service">The ingestion service.</param>
    /// <param name="location">A file path or URL.</param>
    /// <param name="cancellationToken">Cancels ingestion.</param>
    /// <returns>The result.</returns>
    public static async Task<IngestResult> IngestDocumentAsync(this IIngestionService service, string location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(location);
        var documents = service.ResolveLocationsAsync([location], cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (documents.ConfigureAwait(false))
        {
            // The resolver yields at least one document per location: the document itself or one that fails with the reason.
            await documents.MoveNextAsync().ConfigureAwait(false);
            return await service.IngestAsync(documents.Current, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Ingests <paramref name="text"/> as a document (its format detected from its content, like any other).</summary>
    /// <param name="service">The ingestion service.</param>
    /// <param name="text">The text, for example plain text or HTML.</param>
    /// <param name="source">The identity to report; defaults to a unique <c>memory:</c> URI.</param>
    /// <param name="cancellationToken">Cancels ingestion.</param>
    /// <returns>The result.</returns>
    public static Task<IngestResult> IngestTextAsync(this IIngestionService service, string text, Uri? source = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(text);
        return service.IngestAsync(new MemorySourceDocument(System.Text.Encoding.UTF8.GetBytes(text), source), cancellationToken);
    }

    /// <summary>Ingests the content of <paramref name="stream"/> as a document; the stream is read to its end and disposed.</summary>
    /// <param name="service">The ingestion service.</param>
    /// <param name="stream">The content, positioned at its start.</param>
    /// <param name="source">The identity to report; a file name in it (<c>upload.pdf</c>) is a hint when the content does not decide. Defaults to a unique <c>memory:</c> URI.</param>
    /// <param name="cancellationToken">Cancels ingestion.</param>
    /// <returns>The result.</returns>
    public static Task<IngestResult> IngestStreamAsync(this IIngestionService service, Stream stream, Uri? source = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(stream);
        return service.IngestAsync(new StreamSourceDocument(stream, source ?? new Uri("memory:" + Guid.NewGuid().ToString("N"))), cancellationToken);
    }

    /// <summary>Concatenates the documents of several sources.</summary>
    /// <param name="sources">The sources, enumerated one after another.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static async IAsyncEnumerable<SourceDocument> Concat(IEnumerable<IDocumentSource> sources, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        foreach (var source in sources)
        {
            await foreach (var document in source.GetDocumentsAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return document;
            }
        }
    }

    private static async IAsyncEnumerable<SourceDocument> ToAsync(IEnumerable<SourceDocument> sources)
    {
        await Task.Yield();
        foreach (var source in sources)
        {
            yield return source;
        }
    }
}
