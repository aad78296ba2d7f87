namespace Ingest.Readers.Pdf.GlyphSources;

/// <summary>
/// A token that the caller's cancellation or the end of the document's time budget cancels: a glyph source whose page
/// reads cannot be interrupted (PdfPig) stops waiting for them on it.
/// </summary>
internal sealed class PdfGlyphSourceBudget : IDisposable
{
    private readonly CancellationTokenSource? _timer;
    private readonly CancellationTokenSource _linked;

    /// <summary>Starts the budget.</summary>
    /// <param name="timeBudget">The time the reads may take; <see cref="Timeout.InfiniteTimeSpan"/> for no limit.</param>
    /// <param name="clock">The clock that ends the budget.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public PdfGlyphSourceBudget(TimeSpan timeBudget, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (timeBudget == Timeout.InfiniteTimeSpan)
        {
            _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            return;
        }

        _timer = new CancellationTokenSource(timeBudget, clock);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _timer.Token);
    }

    /// <summary>The token: cancelled by the caller or when the budget ends.</summary>
    public CancellationToken Token => _linked.Token;

    /// <summary>True once the caller cancelled or the budget ended.</summary>
    public bool IsCancellationRequested => _linked.IsCancellationRequested;

    /// <inheritdoc />
    public void Dispose()
    {
        _linked.Dispose();
        _timer?.Dispose();
    }
}
