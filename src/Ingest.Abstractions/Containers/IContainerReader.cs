namespace Ingest;

/// <summary>
/// A reader of a format that holds other documents (a ZIP archive, an EPUB, an e-mail with attachments).
/// <see cref="IDocumentReader.ReadAsync"/> returns the container's own document (its listing or body); this method
/// yields the documents inside it, each to be ingested as a document of its own.
/// </summary>
/// <remarks>
/// The pipeline reads a container like any document and then ingests its children, recursively to a depth limit
/// (<c>IngestOptions.Containers</c>), so that every child has a result of its own, naming its parent
/// (<see cref="IngestResult.Parent"/>) and its path inside it (<see cref="IngestResult.PathInParent"/>).
/// </remarks>
public interface IContainerReader : IDocumentReader
{
    /// <summary>Yields the documents inside the container, in the container's order.</summary>
    /// <param name="content">The container's content, positioned at its start; the reader does not dispose it.</param>
    /// <param name="context">The container's source, its media type and the limits in force.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    IAsyncEnumerable<ChildSourceDocument> ReadChildrenAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default);
}
