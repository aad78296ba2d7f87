namespace Ingest.Readers.Pdf.Content;

/// <summary>An open marked-content sequence: its replacement text, if any, and the first glyph it covers.</summary>
/// <remarks>A type of this assembly, not a tuple, so that ReadyToRun precompiles the engine's lists of it.</remarks>
/// <param name="ActualText">The <c>/ActualText</c> replacing the covered glyphs, or <see langword="null"/>.</param>
/// <param name="FirstGlyph">The index of the first glyph shown inside the sequence.</param>
internal readonly record struct PdfMarkedContent(string? ActualText, int FirstGlyph);
