namespace Ingest.Pipeline.Ordering;

/// <summary>
/// Puts the results that workers finish in any order back into the order of their sources. A source's group is the
/// results of the documents found inside it (depth 1 and deeper, carrying the source's index) followed by its own
/// result (depth 0), which closes the group. The group at the head streams out as it arrives; later groups wait here.
/// A window of admitted sources bounds what waits: the producer enters the window before a source goes to the
/// workers, and a source leaves it when its group is released, so a slow document holds back at most a window of
/// finished ones. A container's worker that has sent a few children ahead of its turn waits for it
/// (<see cref="WaitForTurnAsync"/>), so an archive of many documents behind a slow one does not pile up here either.
/// </summary>
internal sealed class ResultReorderBuffer : IDisposable
{
    private readonly SemaphoreSlim _window;
    private readonly Dictionary<long, ResultGroup> _waiting = [];
    private long _next;
    private TaskCompletionSource _advanced = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Creates a buffer that admits at most <paramref name="window"/> sources ahead of the first unfinished one.</summary>
    /// <param name="window">The number of sources that may be in flight or waiting, at least 1.</param>
    public ResultReorderBuffer(int window)
    {
        _window = new SemaphoreSlim(window);
    }

    /// <summary>Waits until one more source may be admitted.</summary>
    /// <param name="cancellationToken">Stops the wait.</param>
    public Task EnterAsync(CancellationToken cancellationToken) => _window.WaitAsync(cancellationToken);

    /// <summary>Waits until the source at <paramref name="index"/> is the first unfinished one (its results stream out at once). Safe from any thread.</summary>
    /// <param name="index">The source's position in the input.</param>
    /// <param name="cancellationToken">Stops the wait.</param>
    public async ValueTask WaitForTurnAsync(long index, CancellationToken cancellationToken)
    {
        while (true)
        {
            // Read the signal before the position: an advance between the two reads is then seen in the position.
            var advanced = Volatile.Read(ref _advanced);
            if (Volatile.Read(ref _next) >= index)
            {
                return;
            }

            await advanced.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Takes a finished result and appends to <paramref name="ready"/> every result that may now go out, in order.</summary>
    /// <param name="result">A result from a worker.</param>
    /// <param name="ready">Receives the results released, in source order.</param>
    public void Accept(IngestResult result, List<IngestResult> ready)
    {
        if (result.Index == _next)
        {
            ready.Add(result);
            if (result.Depth == 0)
            {
                Advance(ready);
            }

            return;
        }

        if (!_waiting.TryGetValue(result.Index, out var group))
        {
            group = new ResultGroup();
            _waiting.Add(result.Index, group);
        }

        group.Add(result);
    }

    /// <summary>Appends every result still waiting, in source order: the flow ended before a group closed (a fault or a cancellation).</summary>
    /// <param name="ready">Receives the results.</param>
    public void Drain(List<IngestResult> ready)
    {
        var indexes = new long[_waiting.Count];
        _waiting.Keys.CopyTo(indexes, 0);
        Array.Sort(indexes);
        foreach (var index in indexes)
        {
            ready.AddRange(_waiting[index].Results);
        }

        _waiting.Clear();
    }

    /// <inheritdoc />
    public void Dispose() => _window.Dispose();

    // The head group closed: release it from the window and every following group that is already complete.
    private void Advance(List<IngestResult> ready)
    {
        while (true)
        {
            Volatile.Write(ref _next, _next + 1);
            Interlocked.Exchange(ref _advanced, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            _window.Release();
            if (!_waiting.Remove(_next, out var group))
            {
                return;
            }

            ready.AddRange(group.Results);
            if (!group.Closed)
            {
                return;
            }
        }
    }
}
