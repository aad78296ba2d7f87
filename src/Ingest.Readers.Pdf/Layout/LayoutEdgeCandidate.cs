namespace Ingest.Readers.Pdf.Layout;

/// <summary>A line at the top or bottom of a page that may be a running header or footer.</summary>
/// <remarks>A type of this assembly, not a tuple, so that ReadyToRun precompiles the engine's lists of it.</remarks>
/// <param name="Page">The page index.</param>
/// <param name="Line">The line.</param>
/// <param name="Top">True at the top of the page.</param>
/// <param name="Key">The line text with digits folded, for matching across pages.</param>
internal readonly record struct LayoutEdgeCandidate(int Page, LayoutLine Line, bool Top, string Key);
