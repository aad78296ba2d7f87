namespace Ingest.Sinks;

/// <summary>
/// Hands every result to every registered <see cref="IResultSink"/>, one result at a time, and flushes them at the end of
/// a batch. A sink that throws is reported as a <c>sink.failed</c> warning on the result it failed on; a write that
/// overruns what is left of the document's time budget is cancelled and no longer waited for (<c>document.timeout</c> at
/// stage <c>write</c>); either way the other sinks still receive the result and the batch goes on.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "The semaphore never allocates a wait handle (AvailableWaitHandle is not used), so it holds nothing to dispose.")]
internal sealed class ResultSinks
{
    // A result whose budget was spent before it reached the sinks still gets this long to be written, so that its
    // failure is recorded (or the whole budget, when that is shorter).
    private static readonly TimeSpan MinimumWriteBudget = TimeSpan.FromSeconds(1);

    private readonly IResultSink[] _sinks;
    private readonly Task?[] _overrunning;
    private readonly TimeSpan _documentTimeout;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public ResultSinks(IEnumerable<IResultSink> sinks, TimeSpan documentTimeout)
    {
        _sinks = sinks.ToArray();
        _overrunning = new Task?[_sinks.Length];
        _documentTimeout = documentTimeout;
    }

    public bool IsEmpty => _sinks.Length == 0;

    /// <summary>
    /// Writes <paramref name="result"/> to every sink within what is left of its document's time budget; returns it,
    /// or a copy with a diagnostic per sink that failed or overran.
    /// </summary>
    public async ValueTask<IngestResult> WriteAsync(IngestResult result, CancellationToken cancellationToken)
    {
        if (_sinks.Length == 0)
        {
            return result;
        }

        List<Diagnostic>? failures = null;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_documentTimeout != Timeout.InfiniteTimeSpan)
        {
            budget.CancelAfter(WriteBudget(result.Elapsed));
        }

        try
        {
            for (var i = 0; i < _sinks.Length; i++)
            {
                try
                {
                    await WriteOneAsync(i, result, budget.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    (failures ??= []).Add(Overran(_sinks[i]));
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    (failures ??= []).Add(Failure(_sinks[i], "writing", ex));
                }
            }
        }
        finally
        {
            _gate.Release();
        }

        return failures is null ? result : WithDiagnostics(result, failures);
    }

    // A sink gets one write at a time: while a write it overran is still running, the next result waits for it within
    // its own budget, so an abandoned write never runs beside a new one.
    private async Task WriteOneAsync(int sink, IngestResult result, CancellationToken budget)
    {
        if (_overrunning[sink] is { } earlier)
        {
            await earlier.WaitAsync(budget).ConfigureAwait(false);
            _overrunning[sink] = null;
        }

        var write = _sinks[sink].WriteAsync(result, budget).AsTask();
        try
        {
            await write.WaitAsync(budget).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!write.IsCompleted)
        {
            // Stop waiting; observe whatever the abandoned write ends with.
            _overrunning[sink] = write.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }
    }

    private TimeSpan WriteBudget(TimeSpan elapsed)
    {
        var floor = _documentTimeout < MinimumWriteBudget ? _documentTimeout : MinimumWriteBudget;
        var left = _documentTimeout - elapsed;
        return left > floor ? left : floor;
    }

    private Diagnostic Overran(IResultSink sink) => new(
        DiagnosticSeverity.Error,
        "document.timeout",
        $"The document exceeded its time budget of {_documentTimeout.TotalSeconds:0.#} s during write (sink {sink.GetType().Name}).")
    {
        Stage = "write",

        // Waiting on a sink (a database, a network share) may go better on a later try.
        Transient = true,
    };

    /// <summary>Flushes every sink; returns a diagnostic per sink that failed.</summary>
    public async ValueTask<List<Diagnostic>> FlushAsync(CancellationToken cancellationToken)
    {
        var failures = new List<Diagnostic>();
        if (_sinks.Length == 0)
        {
            return failures;
        }

        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            for (var i = 0; i < _sinks.Length; i++)
            {
                var sink = _sinks[i];
                if (_overrunning[i] is { IsCompleted: false })
                {
                    // Flushing beside a write that still runs could tear the sink's output; the batch does not wait for it.
                    failures.Add(Failure(sink, "flushing", new TimeoutException("an earlier write that overran its budget is still running, so the sink was not flushed")));
                    continue;
                }

                try
                {
                    await sink.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    failures.Add(Failure(sink, "flushing", ex));
                }
            }
        }
        finally
        {
            _gate.Release();
        }

        return failures;
    }

    /// <summary>A copy of <paramref name="result"/> with <paramref name="extra"/> appended to its diagnostics.</summary>
    public static IngestResult WithDiagnostics(IngestResult result, IReadOnlyCollection<Diagnostic> extra)
    {
        if (extra.Count == 0)
        {
            return result;
        }

        // An error after the document was produced makes it partial, as anywhere else in the pipeline.
        var status = result.Status == IngestStatus.Succeeded && extra.Any(d => d.Severity == DiagnosticSeverity.Error)
            ? IngestStatus.Partial
            : result.Status;
        return new IngestResult(result.Source, result.Index, status, result.Document, [.. result.Diagnostics, .. extra])
        {
            MediaType = result.MediaType,
            Reader = result.Reader,
            Normalizers = result.Normalizers,
            BytesRead = result.BytesRead,
            Elapsed = result.Elapsed,
            Parent = result.Parent,
            PathInParent = result.PathInParent,
            Depth = result.Depth,
        };
    }

    private static Diagnostic Failure(IResultSink sink, string action, Exception ex)
        => new(DiagnosticSeverity.Warning, "sink.failed", $"The sink {sink.GetType().Name} failed {action} the result: {ex.GetType().Name}: {ex.Message}")
        {
            Stage = "sink",
        };
}
