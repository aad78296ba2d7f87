namespace Ingest.Readers.Pdf.Layout;

/// <summary>The glyphs of one page with the page geometry, as produced by the content interpreter.</summary>
/// <param name="PageNumber">The 1-based page number.</param>
/// <param name="Width">The page width after rotation (crop box, else media box).</param>
/// <param name="Height">The page height after rotation.</param>
/// <param name="Glyphs">The glyphs in content-stream order.</param>
internal sealed record PdfPageGlyphs(int PageNumber, double Width, double Height, PdfGlyphRun Glyphs);
