namespace Ingest.Normalizers.Names;

/// <summary>
/// Counts the units of work of one document's name normalization and checks for cancellation as the count grows, so a
/// long document stops soon after its budget runs out. The count is what the scaling tests compare: doubling the input
/// must no more than double it (and a bit).
/// </summary>
internal sealed class NameWork
{
    /// <summary>How many steps pass between two cancellation checks.</summary>
    private const long CheckInterval = 4096;

    private readonly CancellationToken _cancellationToken;
    private long _nextCheck = CheckInterval;

    public NameWork(CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
    }

    /// <summary>The steps counted so far.</summary>
    public long Steps { get; private set; }

    /// <summary>Counts <paramref name="count"/> steps and throws if cancellation was requested since the last check.</summary>
    /// <param name="count">The steps done.</param>
    public void Step(int count = 1)
    {
        Steps += count;
        if (Steps >= _nextCheck)
        {
            _nextCheck = Steps + CheckInterval;
            _cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
