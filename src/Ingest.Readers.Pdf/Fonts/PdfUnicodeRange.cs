namespace Ingest.Readers.Pdf.Fonts;

/// <summary>A <c>bfrange</c>: consecutive codes mapped to text from a start, or each to its own text.</summary>
/// <remarks>A type of this assembly, not a tuple, so that ReadyToRun precompiles the engine's lists of it.</remarks>
/// <param name="Low">The lowest code.</param>
/// <param name="High">The highest code.</param>
/// <param name="Start">The text of the lowest code, incremented along the range.</param>
/// <param name="Array">The text of each code, in order.</param>
internal readonly record struct PdfUnicodeRange(uint Low, uint High, string? Start, string[]? Array);
