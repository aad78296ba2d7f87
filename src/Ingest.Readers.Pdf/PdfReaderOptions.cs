using Ingest.Readers.Pdf.GlyphSources;

namespace Ingest.Readers.Pdf;

/// <summary>Options of the <see cref="PdfReader"/>.</summary>
public sealed class PdfReaderOptions
{
    /// <summary>
    /// The password to open encrypted files with (user or owner password). The empty password is always tried.
    /// Default: <see langword="null"/>.
    /// </summary>
    public string? Password { get; set; }

    /// <summary>
    /// The time one document may take; past it, reading stops with a <c>pdf.limit.time</c> diagnostic and the pages read so far are kept.
    /// Default: 30 seconds. <see cref="Timeout.InfiniteTimeSpan"/> disables it.
    /// </summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The largest file read, in bytes; larger files fail with <c>pdf.limit.file-size</c>. Default: 256 MiB.
    /// </summary>
    public long MaxFileBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>
    /// The most bytes one stream may decompress to; a larger stream (for example a decompression bomb) is skipped
    /// with a <c>pdf.limit.decompression</c> diagnostic. Default: 64 MiB.
    /// </summary>
    public long MaxStreamBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>
    /// The memory bound of one document: the bytes all its streams decompress to plus 128 bytes for every glyph shown
    /// (the glyph and its share of layout), charged as the work grows; past it, reading stops with a
    /// <c>pdf.limit.memory</c> error diagnostic and the pages read so far are kept (the result is partial, or failed
    /// when no page was read). Default: 512 MiB.
    /// </summary>
    public long MaxDecodedBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>The most pages read; later pages are skipped with a <c>pdf.limit.pages</c> diagnostic. Default: 10,000.</summary>
    public int MaxPages { get; set; } = 10_000;

    /// <summary>
    /// When <see langword="true"/>, running page headers, footers and page numbers are kept in the text as
    /// <see cref="BlockKind.PageHeader"/> and <see cref="BlockKind.PageFooter"/> blocks. Default: <see langword="false"/>
    /// (they are left out and counted in the <c>pageFurnitureBlocks</c> metadata entry).
    /// </summary>
    public bool IncludePageFurniture { get; set; }

    /// <summary>A second glyph source (set by the <c>Ingest.Readers.Pdf.PdfPig</c> package), or <see langword="null"/> for the own engine alone.</summary>
    internal IPdfGlyphSource? GlyphSource { get; set; }

    /// <summary>How <see cref="GlyphSource"/> is used.</summary>
    internal PdfGlyphSourceMode GlyphSourceMode { get; set; } = PdfGlyphSourceMode.Fallback;

    /// <summary>The clock of a second glyph source's time budget; a test replaces it to end the budget when it chooses.</summary>
    internal TimeProvider BudgetClock { get; set; } = TimeProvider.System;
}
