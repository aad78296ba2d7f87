namespace Ingest.Readers.Pdf.Fonts;

/// <summary>
/// The Adobe Glyph List both ways. A class rather than a tuple of the two dictionaries: <see cref="Lazy{T}"/> over a
/// tuple has no precompiled form and was jitted in every host process; over a class it shares the framework's code.
/// </summary>
/// <param name="ByName">Unicode text by glyph name.</param>
/// <param name="ByText">The first glyph name listed for a text.</param>
internal sealed record PdfGlyphListTable(Dictionary<string, string> ByName, Dictionary<string, string> ByText);
