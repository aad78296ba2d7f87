namespace Ingest.Store.VectorData;

/// <summary>A chunk as a vector-store record: the key, the text and provenance as data, and the embedding.</summary>
public sealed class ChunkRecord
{
    /// <summary>The key: a hash of the document's source and the chunk's index, so re-ingesting a document overwrites its records.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The stable chunk id (content hash and index).</summary>
    public string ChunkId { get; set; } = string.Empty;

    /// <summary>The document's source.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>The chunk's position in its document.</summary>
    public int ChunkIndex { get; set; }

    /// <summary>The chunk's text.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The headings the chunk sits under, joined with <c> &gt; </c>.</summary>
    public string HeadingPath { get; set; } = string.Empty;

    /// <summary>The pages the chunk draws from, comma-separated (paged formats).</summary>
    public string Pages { get; set; } = string.Empty;

    /// <summary>The embedding of <see cref="Text"/>.</summary>
    public ReadOnlyMemory<float> Embedding { get; set; }
}
