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

    /// <summary>Ingests the files, directories and glob patterns in <paramref name="locations"/>, in order.</summary>
    /// <param name="service">The ingestion service.</param>
    /// <param name="locations">Paths, directories or glob patterns.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    public static IAsyncEnumerable<IngestResult> IngestFilesAsync(this IIngestionService service, IEnumerable<string> locations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(locations);
        return service.IngestAsync(Concat(locations.Select(l => (IDocumentSource)new FileSystemSource(l)), cancellationToken), cancellationToken);
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
