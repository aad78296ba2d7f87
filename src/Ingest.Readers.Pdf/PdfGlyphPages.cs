using Ingest.Readers.Pdf.Layout;

namespace Ingest.Readers.Pdf;

/// <summary>
/// The glyphs of a document's pages, from Ingest's own engine or a second glyph source, ready for layout analysis.
/// Disposing releases the pooled glyph arrays of the own engine, so it comes after layout.
/// </summary>
internal sealed class PdfGlyphPages : IDisposable
{
    private readonly IDisposable? _owner;

    /// <summary>Creates the pages.</summary>
    /// <param name="owner">What holds the glyph arrays, disposed with the pages; <see langword="null"/> for none.</param>
    public PdfGlyphPages(IDisposable? owner) => _owner = owner;

    /// <summary>The pages read, in page order; a page that failed is present with no glyphs.</summary>
    public List<PdfPageGlyphs> Pages { get; } = [];

    /// <summary>The numbers of the pages that could not be read, or were read only in part.</summary>
    public HashSet<int> FailedPages { get; } = [];

    /// <summary>The code of the document-wide limit that stopped reading before the last page, or <see langword="null"/>.</summary>
    public string? StoppedBy { get; set; }

    /// <summary>Glyphs shown without any Unicode mapping.</summary>
    public int UnmappedGlyphs { get; set; }

    /// <summary>Glyphs shown.</summary>
    public int TotalGlyphs { get; set; }

    /// <summary>True when at least one page has a glyph with text.</summary>
    public bool HasText => Pages.Exists(p => p.Glyphs.Count > 0);

    /// <summary>The number of pages read whole.</summary>
    public int ReadableCount => Pages.Count(p => !FailedPages.Contains(p.PageNumber));

    /// <inheritdoc />
    public void Dispose() => _owner?.Dispose();
}
