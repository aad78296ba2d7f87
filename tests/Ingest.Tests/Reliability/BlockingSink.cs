namespace Ingest.Tests.Reliability;

/// <summary>
/// A sink that blocks on the result at <see cref="BlockOnIndex"/>: until its token is cancelled when
/// <see cref="HonoursToken"/>, else until <see cref="Release"/> (as a write to a stalled network share would).
/// </summary>
internal sealed class BlockingSink : IResultSink
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long BlockOnIndex { get; init; }

    public bool HonoursToken { get; init; }

    public List<long> Written { get; } = [];

    public bool SawCancellation { get; private set; }

    public int Flushes { get; private set; }

    public async ValueTask WriteAsync(IngestResult result, CancellationToken cancellationToken = default)
    {
        if (result.Index == BlockOnIndex)
        {
            if (HonoursToken)
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    SawCancellation = true;
                    throw;
                }
            }

            await _released.Task;
        }

        lock (Written)
        {
            Written.Add(result.Index);
        }
    }

    public ValueTask FlushAsync(CancellationToken cancellationToken = default)
    {
        Flushes++;
        return ValueTask.CompletedTask;
    }

    public void Release() => _released.TrySetResult();
}
