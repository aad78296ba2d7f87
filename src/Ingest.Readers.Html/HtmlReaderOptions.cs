namespace Ingest.Readers.Html;

/// <summary>Options of the <see cref="HtmlReader"/>.</summary>
public sealed class HtmlReaderOptions
{
    /// <summary>The default of <see cref="MaxNestingDepth"/>.</summary>
    public const int DefaultMaxNestingDepth = 512;

    /// <summary>
    /// Whether the reader returns only the main content (the article) of the page; <see langword="false"/> returns the text
    /// of the whole page (scripts, styles and hidden elements are still left out). Defaults to <see langword="true"/>.
    /// </summary>
    public bool ExtractMainContent { get; set; } = true;

    /// <summary>
    /// Whether the text starts with a <see cref="BlockKind.Title"/> block holding the page title found in the metadata.
    /// Defaults to <see langword="true"/>.
    /// </summary>
    public bool IncludeTitle { get; set; } = true;

    /// <summary>
    /// The deepest element nesting the parser builds (the root element is level 1). Deeper elements are attached beside
    /// the deepest one instead of inside it, as browsers do, so no text is lost and a diagnostic says so.
    /// Defaults to <see cref="DefaultMaxNestingDepth"/> (512).
    /// </summary>
    public int MaxNestingDepth { get; set; } = DefaultMaxNestingDepth;

    /// <summary>The default of <see cref="MaxNodes"/>.</summary>
    public const long DefaultMaxNodes = 1_000_000;

    /// <summary>
    /// The memory budget of the page's DOM: the most elements and attributes parsed (counted in the source before
    /// parsing, so the tree never grows past it). A page with more is read up to the
    /// tag that crosses the budget, with the error <c>html.limit.nodes</c> (the result is <c>partial</c>). At least 1.
    /// Defaults to <see cref="DefaultMaxNodes"/> (1,000,000).
    /// </summary>
    public long MaxNodes { get; set; } = DefaultMaxNodes;

    /// <summary>Whether links inside the returned text are kept as <see cref="LinkEntity"/> annotations. Defaults to <see langword="true"/>.</summary>
    public bool IncludeLinks { get; set; } = true;
}
