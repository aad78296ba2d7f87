namespace Ingest.Pipeline;

/// <summary>
/// The time budget of one document, from opening its source to the end of normalization. Every stage's work runs
/// through <see cref="RunAsync{T}"/>: it gets the budget's token, and when the budget runs out the pipeline stops
/// waiting for it, whether or not the work honours the token, so a stuck component cannot hold the batch.
/// </summary>
internal sealed class DocumentBudget : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _batch;
    private readonly AbandonedWork _abandoned;

    public DocumentBudget(TimeSpan timeout, AbandonedWork abandoned, CancellationToken batch)
    {
        Timeout = timeout;
        _batch = batch;
        _abandoned = abandoned;
        _source = CancellationTokenSource.CreateLinkedTokenSource(batch);
        _source.CancelAfter(timeout);
    }

    public TimeSpan Timeout { get; }

    public CancellationToken Token => _source.Token;

    /// <summary>Whether the budget ran out (as opposed to the whole batch being cancelled).</summary>
    public bool IsExhausted => _source.IsCancellationRequested && !_batch.IsCancellationRequested;

    /// <summary>
    /// Runs one component's work with the budget's token, on the thread pool, or on a dedicated thread with a
    /// bounded stack when the component comes from a plugin. Throws <see cref="OperationCanceledException"/> when
    /// the budget runs out first, leaving the work abandoned (and counted, see <see cref="AbandonedWork"/>).
    /// </summary>
    public async Task<T> RunAsync<T>(string component, Type implementation, Func<CancellationToken, Task<T>> work)
    {
        Token.ThrowIfCancellationRequested();
        if (!_abandoned.CanStart(component))
        {
            throw new ComponentRefusedException(component, _abandoned.MaxPerComponent);
        }

        var token = Token;
        var task = ComponentPlacement.Of(implementation) == ComponentPlacement.Placement.IsolatedThread
            ? IsolatedThread.Start(() => work(token), "Ingest plugin " + component)
            : Task.Run(() => work(token), CancellationToken.None);
        try
        {
            return await task.WaitAsync(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!task.IsCompleted)
        {
            _abandoned.Abandon(component, task);

            // What an abandoned open delivers late (a stream) is released, not leaked.
            _ = task.ContinueWith(
                static t => (t.Result as IDisposable)?.Dispose(),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion,
                TaskScheduler.Default);
            throw;
        }
    }

    /// <summary>The diagnostic of a document whose budget ran out during <paramref name="stage"/>.</summary>
    public Diagnostic Exhausted(string stage) => new(
        DiagnosticSeverity.Error,
        "document.timeout",
        $"The document exceeded its time budget of {Timeout.TotalSeconds:0.#} s during {stage}.")
    {
        Stage = stage,

        // Only waiting on a source may go better later; reading the same bytes again takes as long.
        Transient = stage == "source",
    };

    public void Dispose() => _source.Dispose();
}
