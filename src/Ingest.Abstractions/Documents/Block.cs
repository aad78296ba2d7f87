namespace Ingest;

/// <summary>
/// A structural unit of a document (a heading, paragraph, list item…) as a range of <see cref="Document.Text"/>,
/// with provenance back to where it came from in the source.
/// </summary>
public sealed class Block
{
    /// <summary>Creates a block.</summary>
    /// <param name="kind">The structural role.</param>
    /// <param name="start">The UTF-16 offset of the block in the document text.</param>
    /// <param name="length">The length of the block in UTF-16 code units.</param>
    public Block(BlockKind kind, int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Kind = kind;
        Start = start;
        Length = length;
    }

    /// <summary>The structural role.</summary>
    public BlockKind Kind { get; }

    /// <summary>The UTF-16 offset of the block in the document text.</summary>
    public int Start { get; }

    /// <summary>The length of the block in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The heading level (1 is the highest) or list nesting depth; <see langword="null"/> when not applicable.</summary>
    public int? Level { get; init; }

    /// <summary>Where the block was read from in the decoded source text (text and markup formats).</summary>
    public SourceRange? SourceRange { get; init; }

    /// <summary>The 1-based page number (paged formats).</summary>
    public int? Page { get; init; }

    /// <summary>The block's bounding box on its page (paged formats).</summary>
    public BoundingBox? Bounds { get; init; }

    /// <summary>Returns the block's text from <paramref name="document"/>.</summary>
    /// <param name="document">The document the block belongs to.</param>
    public string GetText(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Text.Substring(Start, Length);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} [{Start}, {Start + Length})";
}
