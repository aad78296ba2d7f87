namespace Ingest.Chunking;

/// <summary>
/// A piece of a chunk's text and where it comes from: a range of the document text, and from there the block's page,
/// box and range of the source.
/// </summary>
/// <param name="ChunkStart">The offset of the piece in <see cref="Chunk.Text"/>.</param>
/// <param name="DocumentStart">The offset of the same characters in <see cref="Document.Text"/>.</param>
/// <param name="Length">The length of the piece in UTF-16 code units.</param>
/// <param name="BlockIndex">The index of the block the piece belongs to in <see cref="Document.Blocks"/>.</param>
/// <param name="SourceRange">
/// Where the piece was read from in the decoded source, when the reader recorded it: exact for a whole block; for part of
/// a block, the block's whole range (readers record ranges per block).
/// </param>
/// <param name="Page">The 1-based page, for paged formats.</param>
/// <param name="Bounds">The block's box on its page, for paged formats.</param>
public readonly record struct ChunkSegment(
    int ChunkStart,
    int DocumentStart,
    int Length,
    int BlockIndex,
    SourceRange? SourceRange,
    int? Page,
    BoundingBox? Bounds);
