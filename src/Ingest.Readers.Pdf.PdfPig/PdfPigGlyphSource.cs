using Ingest.Readers.Pdf.Limits;
using Ingest.Readers.Pdf.GlyphSources;
using UglyToad.PdfPig;

namespace Ingest.Readers.Pdf.PdfPig;

/// <summary>PdfPig as a glyph source: it parses the file and its fonts; the reader's own layout analysis does the rest.</summary>
internal sealed class PdfPigGlyphSource : IPdfGlyphSource
{
    /// <summary>How many reads abandoned at their time budget may still run, process-wide, before PdfPig reads are refused.</summary>
    public const int MaxAbandonedReads = 4;

    private readonly PdfPigReadGate _gate;
    private readonly PdfReaderOptions? _limits;
    private readonly Action<int>? _beforePage;
    private readonly Action? _beforeOpen;

    /// <summary>Creates a source.</summary>
    /// <param name="gate">Runs the opens and page reads and bounds the abandoned ones.</param>
    /// <param name="beforePage">A test seam run on the worker before PdfPig reads a page (it may block); <see langword="null"/> for none.</param>
    /// <param name="limits">
    /// The reader options whose size limits (file, stream, decoded bytes) bound what PdfPig is given and decodes;
    /// <see langword="null"/> for the defaults of <see cref="PdfReaderOptions"/>, the file size unchecked.
    /// </param>
    /// <param name="beforeOpen">A test seam run on the worker before PdfPig opens a document (it may block); <see langword="null"/> for none.</param>
    internal PdfPigGlyphSource(PdfPigReadGate gate, Action<int>? beforePage = null, PdfReaderOptions? limits = null, Action? beforeOpen = null)
    {
        _gate = gate;
        _beforePage = beforePage;
        _limits = limits;
        _beforeOpen = beforeOpen;
    }

    /// <summary>The limits of a source made without reader options: the defaults of <see cref="PdfReaderOptions"/>.</summary>
    private static PdfReaderOptions DefaultLimits { get; } = new();

    /// <summary>The gate every source made by the public API shares, so abandoned reads are bounded across the process.</summary>
    public static PdfPigReadGate SharedGate { get; } = new(MaxAbandonedReads);

    /// <inheritdoc />
    public string Name => "pdfpig";

    /// <summary>The options whose size limits bound the documents this source opens, or <see langword="null"/>.</summary>
    internal PdfReaderOptions? Limits => _limits;

    /// <summary>A source for <paramref name="options"/>: its file size, stream and decoded-bytes limits bound PdfPig.</summary>
    /// <param name="options">The reader options the source is set on.</param>
    public static PdfPigGlyphSource For(PdfReaderOptions options) => new(SharedGate, limits: options);

    /// <inheritdoc />
    /// <remarks>
    /// <para>
    /// PdfPig parses the cross-reference table, the objects and the page tree in <c>PdfDocument.Open</c>, which cannot be
    /// interrupted: it runs on the document's <see cref="PdfPigWorker"/>, abandoned when <paramref name="cancellationToken"/>
    /// ends first, as page reads are.
    /// </para>
    /// <para>
    /// One time rule: the source keeps no clock of its own. The token it is given bounds the open and every page read;
    /// the reader makes it from the caller's token and the document's time budget (<c>PdfGlyphSourceReading.Budget</c>,
    /// counted from the start of the reader's PdfPig work, and in fallback mode from what Ingest's engine left of it), and
    /// names an open it ends <c>pdf.pdfpig.open-timeout</c>. The source's options bound sizes only.
    /// </para>
    /// </remarks>
    public IPdfGlyphDocument Open(byte[] data, string? password, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_limits is not null && data.Length > _limits.MaxFileBytes)
        {
            throw new DocumentReadException("pdf.limit.file-size", $"The PDF is {data.Length} bytes, over the limit of {_limits.MaxFileBytes} bytes; PdfPig was not given it.");
        }

        var limits = _limits ?? DefaultLimits;
        var decoded = new PdfPigDecodeBudget(limits.MaxStreamBytes, limits.MaxDecodedBytes);
        var options = new ParsingOptions
        {
            UseLenientParsing = true,
            SkipMissingFonts = true,
            ClipPaths = false,
            FilterProvider = new PdfPigBudgetFilterProvider(decoded),
        };
        if (password is not null)
        {
            options.Password = password;
        }

        var worker = new PdfPigWorker();
        try
        {
            return _gate.Run(worker, () => OpenNow(worker, data, options, decoded), cancellationToken);
        }
        catch (PdfLimitExceededException ex)
        {
            throw LimitReached(ex, ex);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or DocumentReadException))
        {
            // PdfPig may wrap a limit reached in the filters it called in an exception of its own.
            if (decoded.TakeExceeded() is { } limit)
            {
                throw LimitReached(limit, ex);
            }

            throw new DocumentReadException("pdf.pdfpig.unreadable", $"PdfPig could not read the PDF ({ex.GetType().Name}): {ex.Message}", ex);
        }
    }

    private static DocumentReadException LimitReached(PdfLimitExceededException limit, Exception inner)
        => new(limit.Code, $"PdfPig could not open the PDF: {limit.Message}", inner);

    /// <summary>Opens the document on <paramref name="worker"/>, which the document then owns; a failed open ends the worker.</summary>
    private PdfPigGlyphDocument OpenNow(PdfPigWorker worker, byte[] data, ParsingOptions options, PdfPigDecodeBudget decoded)
    {
        PdfDocument? document = null;
        try
        {
            _beforeOpen?.Invoke();
            document = PdfDocument.Open(data, options);

            // Read here, on the worker: the count comes from the page tree, which PdfPig may resolve on first use.
            var pageCount = document.NumberOfPages;
            decoded.ThrowIfExceeded();
            return new PdfPigGlyphDocument(document, pageCount, _gate, worker, _beforePage, decoded);
        }
        catch
        {
            document?.Dispose();
            worker.Complete();
            throw;
        }
    }
}
