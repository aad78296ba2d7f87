namespace Ingest.Readers.Pdf.Layout;

/// <summary>A block of text found by layout analysis, in reading order.</summary>
/// <param name="Kind">The structural role (paragraph, heading, page header or footer, table…).</param>
/// <param name="Text">The block's text: words joined by spaces, lines joined by spaces (or line feeds for tables and code), hyphenation repaired.</param>
/// <param name="PageNumber">The 1-based page number.</param>
/// <param name="Bounds">The bounding box on the page.</param>
/// <param name="Level">The heading level, when <paramref name="Kind"/> is a heading.</param>
internal sealed record LayoutBlock(BlockKind Kind, string Text, int PageNumber, BoundingBox Bounds, int? Level = null);
