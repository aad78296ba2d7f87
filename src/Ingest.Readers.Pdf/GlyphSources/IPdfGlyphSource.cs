namespace Ingest.Readers.Pdf.GlyphSources;

/// <summary>
/// Another PDF library that supplies the positioned glyphs of a document (text, baseline position, advance, size,
/// font), which Ingest's own layout analysis then turns into words, lines, columns and blocks: one layout, two glyph
/// sources. Implemented by the <c>Ingest.Readers.Pdf.PdfPig</c> package and set on <see cref="PdfReaderOptions"/>; this
/// package never loads another library unless a source is set.
/// </summary>
/// <remarks>
/// Internal, and shared with the PdfPig package alone through <c>InternalsVisibleTo</c>: the glyph and page types it
/// passes belong to layout analysis and change with it, so they are not public API; the two packages are built and
/// versioned together.
/// </remarks>
internal interface IPdfGlyphSource
{
    /// <summary>The source's name for diagnostics and metadata, for example <c>pdfpig</c>.</summary>
    string Name { get; }

    /// <summary>Opens a document; throws <see cref="DocumentReadException"/> when the source cannot read it.</summary>
    /// <param name="data">The file's bytes.</param>
    /// <param name="password">The password for encrypted files, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    IPdfGlyphDocument Open(byte[] data, string? password, CancellationToken cancellationToken);
}
