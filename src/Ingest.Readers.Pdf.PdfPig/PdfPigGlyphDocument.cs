using Ingest.Readers.Pdf.GlyphSources;
using Ingest.Readers.Pdf.Layout;
using Ingest.Readers.Pdf.Limits;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Ingest.Readers.Pdf.PdfPig;

/// <summary>A document opened by PdfPig, whose letters become <see cref="PdfGlyph"/>s in upright page space.</summary>
internal sealed class PdfPigGlyphDocument : IPdfGlyphDocument
{
    /// <summary>
    /// PdfPig's letters carry no space width of their font: a space is taken as this share of the size (Helvetica's
    /// and Times' spaces are 0.278 and 0.25 em).
    /// </summary>
    private const double SpaceEm = 0.27;

    private readonly PdfDocument _document;
    private readonly int _pageCount;
    private readonly PdfPigReadGate _gate;
    private readonly PdfPigWorker _worker;
    private readonly Action<int>? _beforePage;
    private readonly PdfPigDecodeBudget _decoded;
    private readonly Dictionary<string, int> _fontIds = new(StringComparer.Ordinal);
    private volatile bool _stopped;
    private bool _disposed;

    /// <summary>Wraps an open PdfPig document.</summary>
    /// <param name="document">The document; disposed with this one.</param>
    /// <param name="pageCount">Its number of pages, read on the worker that opened it.</param>
    /// <param name="gate">Runs the page reads so a slow page can be abandoned.</param>
    /// <param name="worker">The thread that opened the document; it runs every page read and the dispose, one at a time.</param>
    /// <param name="beforePage">A test seam run on the worker before PdfPig reads a page (it may block); <see langword="null"/> for none.</param>
    /// <param name="decoded">The document's memory budget, which PdfPig's filters charge; page reads charge their letters.</param>
    public PdfPigGlyphDocument(PdfDocument document, int pageCount, PdfPigReadGate gate, PdfPigWorker worker, Action<int>? beforePage, PdfPigDecodeBudget decoded)
    {
        _worker = worker;
        _decoded = decoded;
        _document = document;
        _pageCount = pageCount;
        _gate = gate;
        _beforePage = beforePage;
    }

    /// <inheritdoc />
    public int PageCount => _pageCount;

    /// <inheritdoc />
    /// <remarks>
    /// PdfPig's <c>GetPage</c> and <c>Letters</c> cannot be interrupted, so they run on the document's worker and are
    /// abandoned when <paramref name="cancellationToken"/> (the caller's, or the document's time budget) ends first; the
    /// document then reads no more pages (each later call throws <see cref="OperationCanceledException"/>), and nothing
    /// else of it runs on the worker until the abandoned read returns, its dispose included. Whatever PdfPig
    /// throws, also while its letters are enumerated, comes out of this call, which the reader turns into the page's
    /// diagnostic. A stream over the reader's stream limit, or the document's streams and letters over its memory bound,
    /// fail the page with a <see cref="DocumentReadException"/> whose code is Ingest's engine's (<c>pdf.limit.decompression</c>,
    /// <c>pdf.limit.memory</c>); past the memory bound every later page fails the same way.
    /// </remarks>
    public PdfPageGlyphs ReadPage(int pageNumber, CancellationToken cancellationToken)
    {
        if (_stopped)
        {
            throw new OperationCanceledException("An earlier PdfPig read of this document was abandoned when its time budget or the caller's token ended; PdfPig reads no more of it.");
        }

        try
        {
            return _gate.Run(_worker, () => ReadPageWithinBudget(pageNumber, cancellationToken), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _stopped = true;
            throw;
        }
    }

    private PdfPageGlyphs ReadPageWithinBudget(int pageNumber, CancellationToken cancellationToken)
    {
        // A limit an earlier read already reported is not this page's.
        _decoded.TakeExceeded();
        try
        {
            return ReadPageNow(pageNumber, cancellationToken);
        }
        catch (PdfLimitExceededException ex)
        {
            throw LimitReached(pageNumber, ex, ex);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or DocumentReadException) && _decoded.TakeExceeded() is { } limit)
        {
            // PdfPig wrapped the limit its filter reached in an exception of its own.
            throw LimitReached(pageNumber, limit, ex);
        }
    }

    private static DocumentReadException LimitReached(int pageNumber, PdfLimitExceededException limit, Exception inner)
        => new(limit.Code, $"PdfPig stopped reading page {pageNumber} ({limit.Code}): {limit.Message}", inner);

    private PdfPageGlyphs ReadPageNow(int pageNumber, CancellationToken cancellationToken)
    {
        _beforePage?.Invoke(pageNumber);
        var page = _document.GetPage(pageNumber);
        var frame = PageFrame.Of(page);
        var letters = page.Letters;

        // A limit PdfPig caught and went on from still fails the page; its letters are charged as Ingest's engine charges glyphs.
        _decoded.ThrowIfExceeded();
        _decoded.Charge((long)letters.Count * PdfReadBudget.GlyphBytes);
        // Sized to the letters and wrapped as it is: the run needs no copy to a list first or to an array of its exact length after.
        var glyphs = new PdfGlyph[letters.Count];
        var count = 0;
        for (var i = 0; i < letters.Count; i++)
        {
            if ((i & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (ToGlyph(letters[i], frame, count) is { } glyph)
            {
                glyphs[count++] = glyph;
            }
        }

        return new PdfPageGlyphs(pageNumber, frame.Width, frame.Height, new PdfGlyphRun(glyphs, count));
    }

    /// <inheritdoc />
    /// <remarks>The document is disposed on its worker, after a read still running there (an abandoned one) returns.</remarks>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _ = _worker.Post(DisposeNow);
        _worker.Complete();
    }

    private bool DisposeNow()
    {
        _document.Dispose();
        return true;
    }

    private PdfGlyph? ToGlyph(Letter letter, PageFrame frame, int sequence)
    {
        if (string.IsNullOrEmpty(letter.Value))
        {
            return null;
        }

        var (x, y) = frame.Upright(letter.StartBaseLine.X, letter.StartBaseLine.Y);
        var (endX, endY) = frame.Upright(letter.EndBaseLine.X, letter.EndBaseLine.Y);
        var advance = Math.Sqrt(((endX - x) * (endX - x)) + ((endY - y) * (endY - y)));
        var angle = advance > 0 ? Math.Atan2(endY - y, endX - x) * 180 / Math.PI : 0;
        var size = letter.PointSize;
        if (!double.IsFinite(x) || !double.IsFinite(y) || !double.IsFinite(advance) || !double.IsFinite(size) || size <= 0)
        {
            return null;
        }

        var name = letter.FontName ?? string.Empty;
        if (!_fontIds.TryGetValue(name, out var fontId))
        {
            fontId = _fontIds[name] = _fontIds.Count + 1;
        }

        var bold = name.Contains("Bold", StringComparison.OrdinalIgnoreCase) || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase);
        var italic = name.Contains("Italic", StringComparison.OrdinalIgnoreCase) || name.Contains("Oblique", StringComparison.OrdinalIgnoreCase);
        return new PdfGlyph(letter.Value, x, y, advance, size, Math.Round(NormalizeAngle(angle), 3), SpaceEm * size, fontId, bold, italic, sequence);
    }

    private static double NormalizeAngle(double angle)
    {
        angle %= 360;
        return angle > 180 ? angle - 360 : angle <= -180 ? angle + 360 : angle;
    }
}
