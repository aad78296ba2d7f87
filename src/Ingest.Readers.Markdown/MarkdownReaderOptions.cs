namespace Ingest.Readers.Markdown;

/// <summary>Options of the <see cref="MarkdownReader"/>.</summary>
public sealed class MarkdownReaderOptions
{
    /// <summary>Whether links are kept as <see cref="LinkEntity"/> annotations. Defaults to <see langword="true"/>.</summary>
    public bool IncludeLinks { get; set; } = true;

    /// <summary>The deepest nesting of lists and quotes walked; deeper content is read flat. Defaults to 64.</summary>
    public int MaxNestingDepth { get; set; } = 64;

    /// <summary>Checks the options; throws <see cref="ArgumentOutOfRangeException"/> for a value out of range.</summary>
    public void Validate() => ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxNestingDepth);
}
