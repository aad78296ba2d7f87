namespace Ingest.Tests.Reliability;

/// <summary>A normalizer that never returns and ignores its token, as a broken plugin would.</summary>
internal sealed class SpinningNormalizer : IDocumentNormalizer
{
    private int _started;
    private volatile bool _release;

    public string Name => "spinning";

    /// <summary>How many runs started.</summary>
    public int Started => Volatile.Read(ref _started);

    public ValueTask NormalizeAsync(Document document, NormalizationContext context, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _started);
        var spin = new SpinWait();
        while (!_release)
        {
            spin.SpinOnce(sleep1Threshold: 10);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Lets every run end, so the test leaves no busy thread behind.</summary>
    public void Release() => _release = true;
}
