using Ingest.Readers.Pdf.GlyphSources;
using UglyToad.PdfPig;

namespace Ingest.Readers.Pdf.PdfPig;

/// <summary>PdfPig as a glyph source: it parses the file and its fonts; the reader's own layout analysis does the rest.</summary>
internal sealed class PdfPigGlyphSource : IPdfGlyphSource
{
    /// <summary>How many page reads abandoned at their time budget may still run, process-wide, before PdfPig reads are refused.</summary>
    public const int MaxAbandonedReads = 4;

    private readonly PdfPigReadGate _gate;
    private readonly Action<int>? _beforePage;

    /// <summary>Creates a source.</summary>
    /// <param name="gate">Runs the page reads and bounds the abandoned ones.</param>
    /// <param name="beforePage">A test seam run on the worker before PdfPig reads a page (it may block); <see langword="null"/> for none.</param>
    internal PdfPigGlyphSource(PdfPigReadGate gate, Action<int>? beforePage = null)
    {
        _gate = gate;
        _beforePage = beforePage;
    }

    /// <summary>The one instance, whose gate bounds abandoned reads across the process.</summary>
    public static PdfPigGlyphSource Instance { get; } = new(new PdfPigReadGate(MaxAbandonedReads));

    /// <inheritdoc />
    public string Name => "pdfpig";

    /// <inheritdoc />
    public IPdfGlyphDocument Open(byte[] data, string? password, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _gate.EnsureOpen();
        var options = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false };
        if (password is not null)
        {
            options.Password = password;
        }

        try
        {
            return new PdfPigGlyphDocument(PdfDocument.Open(data, options), _gate, _beforePage);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new DocumentReadException("pdf.pdfpig.unreadable", "PdfPig could not read the PDF: " + ex.Message, ex);
        }
    }
}
