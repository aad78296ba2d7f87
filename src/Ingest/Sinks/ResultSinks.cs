namespace Ingest.Sinks;

/// <summary>
/// Hands every result to every registered <see cref="IResultSink"/>, one result at a time, and flushes them at the end of
/// a batch. A sink that throws is reported as a <c>sink.failed</c> warning on the result it failed on; the other sinks
/// still receive it and the batch goes on.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "The semaphore never allocates a wait handle (AvailableWaitHandle is not used), so it holds nothing to dispose.")]
internal sealed class ResultSinks
{
    private readonly IResultSink[] _sinks;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public ResultSinks(IEnumerable<IResultSink> sinks) => _sinks = sinks.ToArray();

    public bool IsEmpty => _sinks.Length == 0;

    /// <summary>Writes <paramref name="result"/> to every sink; returns it, or a copy with a diagnostic per sink that failed.</summary>
    public async ValueTask<IngestResult> WriteAsync(IngestResult result, CancellationToken cancellationToken)
    {
        if (_sinks.Length == 0)
        {
            return result;
        }

        List<Diagnostic>? failures = null;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var sink in _sinks)
            {
                try
                {
                    await sink.WriteAsync(result, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    (failures ??= []).Add(Failure(sink, "writing", ex));
                }
            }
        }
        finally
        {
            _gate.Release();
        }

        return failures is null ? result : WithDiagnostics(result, failures);
    }

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
            foreach (var sink in _sinks)
            {
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

        return new IngestResult(result.Source, result.Index, result.Status, result.Document, [.. result.Diagnostics, .. extra])
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
