namespace Ingest.ConsoleHost;

/// <summary>
/// On <c>--resume</c>, writes every result to the output file except a child (a document inside a container) whose
/// record is already there: its container was interrupted before its own record was written and is read again, so the
/// children come again too. Each child is written exactly once; the container's result still counts all of them.
/// </summary>
internal sealed class ResumeChildFilterSink(IResultSink inner, HashSet<string> writtenChildren) : IResultSink, IAsyncDisposable
{
    /// <summary>How many children were not written again because their record was already in the file.</summary>
    public int Skipped { get; private set; }

    public ValueTask WriteAsync(IngestResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Parent is { } parent && result.PathInParent is { } path
            && writtenChildren.Contains(ResumeLog.ChildKey(parent.ToString(), path)))
        {
            Skipped++;
            return ValueTask.CompletedTask;
        }

        return inner.WriteAsync(result, cancellationToken);
    }

    public ValueTask FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
}
