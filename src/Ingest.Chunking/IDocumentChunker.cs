namespace Ingest.Chunking;

/// <summary>Cuts a document into chunks under a token budget along its structure.</summary>
public interface IDocumentChunker
{
    /// <summary>The options the chunker runs with.</summary>
    ChunkingOptions Options { get; }

    /// <summary>Cuts <paramref name="document"/> into chunks, in document order.</summary>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Cancels chunking.</param>
    IReadOnlyList<Chunk> Chunk(Document document, CancellationToken cancellationToken = default);
}
