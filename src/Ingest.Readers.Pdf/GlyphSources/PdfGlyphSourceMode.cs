namespace Ingest.Readers.Pdf.GlyphSources;

/// <summary>How the <see cref="PdfReader"/> uses a second glyph source set on its options.</summary>
internal enum PdfGlyphSourceMode
{
    /// <summary>The source supplies every page's glyphs; Ingest's own engine is not run.</summary>
    Engine,

    /// <summary>
    /// Ingest's own engine reads first; the source reads the whole document when the own engine cannot open it or
    /// finds no text in it, and each page the own engine fails on or finds no text on.
    /// </summary>
    Fallback,
}
