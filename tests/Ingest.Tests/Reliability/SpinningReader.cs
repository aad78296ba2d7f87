namespace Ingest.Tests.Reliability;

/// <summary>A reader of <c>.spin</c> documents that never returns and ignores its token, as a reader stuck in a loop would.</summary>
internal sealed class SpinningReader : IDocumentReader
{
    private int _started;
    private volatile bool _release;

    public string Name => "spinning-reader";

    public IReadOnlyList<DocumentFormat> Formats { get; } = [new DocumentFormat("text/x-spin", ".spin")];

    /// <summary>How many reads started.</summary>
    public int Started => Volatile.Read(ref _started);

    public ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _started);
        var spin = new SpinWait();
        while (!_release)
        {
            spin.SpinOnce(sleep1Threshold: 10);
        }

        throw new DocumentReadException("spin.released", "released by the test");
    }

    /// <summary>Lets every read end, so the test leaves no busy thread behind.</summary>
    public void Release() => _release = true;
}
