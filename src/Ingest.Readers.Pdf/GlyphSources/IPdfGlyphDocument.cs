using Ingest.Readers.Pdf.Layout;

namespace Ingest.Readers.Pdf.GlyphSources;

/// <summary>A document opened by an <see cref="IPdfGlyphSource"/>, read page by page.</summary>
internal interface IPdfGlyphDocument : IDisposable
{
    /// <summary>The number of pages.</summary>
    int PageCount { get; }

    /// <summary>
    /// The glyphs of page <paramref name="pageNumber"/> (1-based) in content order, in upright page space with the
    /// origin at the bottom left, as <see cref="PdfGlyph"/> documents. Throws when the page cannot be read.
    /// </summary>
    /// <param name="pageNumber">The 1-based page number.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    PdfPageGlyphs ReadPage(int pageNumber, CancellationToken cancellationToken);
}
