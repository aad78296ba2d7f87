namespace Ingest;

/// <summary>Enumerates source documents: a file, a directory, a list of URLs, a buffer.</summary>
public interface IDocumentSource
{
    /// <summary>Enumerates the source documents lazily, so a large directory or URL list streams.</summary>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    IAsyncEnumerable<SourceDocument> GetDocumentsAsync(CancellationToken cancellationToken = default);
}
