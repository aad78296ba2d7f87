using System.Diagnostics;

namespace Ingest.Readers.Pdf.Limits;

/// <summary>Tracks the time and decoded bytes one document may spend, and cancellation.</summary>
internal sealed class PdfReadBudget
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _timeBudget;
    private long _decodedBytes;

    /// <summary>Creates a budget.</summary>
    /// <param name="timeBudget">The time the document may take.</param>
    /// <param name="maxStreamBytes">The most bytes one stream may decode to.</param>
    /// <param name="maxDecodedBytes">The most bytes all streams together may decode to.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public PdfReadBudget(TimeSpan timeBudget, long maxStreamBytes, long maxDecodedBytes, CancellationToken cancellationToken)
    {
        _timeBudget = timeBudget;
        MaxStreamBytes = maxStreamBytes;
        MaxDecodedBytes = maxDecodedBytes;
        CancellationToken = cancellationToken;
    }

    /// <summary>An unlimited budget, for tests.</summary>
    public static PdfReadBudget Unlimited => new(Timeout.InfiniteTimeSpan, int.MaxValue, long.MaxValue, CancellationToken.None);

    /// <summary>The most bytes one stream may decode to.</summary>
    public long MaxStreamBytes { get; }

    /// <summary>The most bytes all streams together may decode to.</summary>
    public long MaxDecodedBytes { get; }

    /// <summary>Cancels reading.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The time spent so far.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Throws when cancelled or out of time.</summary>
    public void Check()
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (_timeBudget != Timeout.InfiniteTimeSpan && _clock.Elapsed > _timeBudget)
        {
            throw new PdfLimitExceededException("pdf.limit.time", $"The time budget of {_timeBudget.TotalSeconds:0.#} s was spent.");
        }
    }

    /// <summary>
    /// What one shown glyph is charged against the memory bound: the glyph record kept until layout and its share of
    /// layout's words and lines. Glyphs are charged as they are shown, so nested forms that multiply text stop at the bound.
    /// </summary>
    public const int GlyphBytes = 128;

    /// <summary>Charges one shown glyph against the memory bound; throws past it.</summary>
    public void ChargeGlyph() => Charge(GlyphBytes);

    /// <summary>Records <paramref name="bytes"/> decoded bytes; throws past the document's bound.</summary>
    /// <param name="bytes">The number of bytes.</param>
    public void Charge(long bytes)
    {
        _decodedBytes += bytes;
        if (_decodedBytes > MaxDecodedBytes)
        {
            throw new PdfLimitExceededException("pdf.limit.memory", $"The document's decoded streams and glyphs took more than the memory bound of {MaxDecodedBytes} bytes.");
        }
    }
}
