namespace Ingest.Readers.Pdf.PdfPig;

/// <summary>How the PDF reader uses PdfPig as its second glyph source.</summary>
public enum PdfPigMode
{
    /// <summary>
    /// Ingest's own engine reads first; PdfPig supplies the glyphs of the whole document when the own engine cannot
    /// open it or finds no text in it, and of each page the own engine fails on or finds no text on.
    /// </summary>
    Fallback,

    /// <summary>PdfPig supplies the glyphs of every page; Ingest's own engine is not run. Layout is Ingest's either way.</summary>
    Engine,
}
