namespace Ingest;

/// <summary>A range of UTF-16 characters in the decoded source text, from which a block was read.</summary>
/// <param name="Start">The offset of the first character.</param>
/// <param name="Length">The number of characters.</param>
public readonly record struct SourceRange(int Start, int Length)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;
}
