using System.Collections.Concurrent;

namespace Ingest.Pipeline;

/// <summary>
/// Counts the workers that overran their document's budget and were abandoned while still running, per component
/// (a reader or normalizer). .NET cannot stop a thread that ignores cancellation, so a component that loops for ever
/// keeps a thread busy; once a component has <see cref="MaxPerComponent"/> such workers running, it is refused for
/// further documents until one of them ends. Abandoned workers are therefore bounded by the number of components
/// times <see cref="MaxPerComponent"/>, however long the batch.
/// </summary>
internal sealed class AbandonedWork
{
    private readonly ConcurrentDictionary<string, int> _running = new(StringComparer.Ordinal);

    public AbandonedWork(int maxPerComponent) => MaxPerComponent = Math.Max(1, maxPerComponent);

    public int MaxPerComponent { get; }

    /// <summary>The abandoned workers still running, over all components.</summary>
    public int Running => _running.Values.Sum();

    public bool CanStart(string component) => !_running.TryGetValue(component, out var n) || n < MaxPerComponent;

    public void Abandon(string component, Task work)
    {
        _running.AddOrUpdate(component, 1, static (_, n) => n + 1);
        _ = work.ContinueWith(
            (_, state) => _running.AddOrUpdate((string)state!, 0, static (_, n) => n - 1),
            component,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }
}
