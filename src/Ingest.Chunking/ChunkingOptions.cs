namespace Ingest.Chunking;

/// <summary>Options of the <see cref="IDocumentChunker"/>.</summary>
public sealed class ChunkingOptions
{
    /// <summary>The most tokens a chunk may hold. Default: 512.</summary>
    public int MaxTokens { get; set; } = 512;

    /// <summary>
    /// How many tokens of the previous chunk's last sentences a chunk repeats at its start, within one section.
    /// Default: 0. Must be less than half of <see cref="MaxTokens"/>.
    /// </summary>
    public int OverlapTokens { get; set; }

    /// <summary>Counts tokens. Default: <see cref="TokenCounters.Characters"/>.</summary>
    public ITokenCounter TokenCounter { get; set; } = TokenCounters.Characters;

    /// <summary>Whether a heading always starts a new chunk, so no chunk spans two sections. Default: <see langword="true"/>.</summary>
    public bool StartChunkAtHeadings { get; set; } = true;
}
