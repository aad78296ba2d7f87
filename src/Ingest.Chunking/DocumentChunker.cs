namespace Ingest.Chunking;

/// <summary>The <see cref="IDocumentChunker"/>: one <see cref="ChunkingRun"/> per document.</summary>
internal sealed class DocumentChunker(ChunkingOptions options) : IDocumentChunker
{
    public ChunkingOptions Options { get; } = options;

    public IReadOnlyList<Chunk> Chunk(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ChunkingRun(document, Options, cancellationToken).Execute();
    }
}
