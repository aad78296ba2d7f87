using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;

namespace Ingest.Orleans;

/// <summary>
/// The partitions this silo works on: started when a partition grain is woken here, and by a sweep that takes over
/// partitions whose lease has expired (their silo died or hung) without waiting for the cluster to declare it dead.
/// Everything stops with the silo.
/// </summary>
internal sealed partial class SiloWorkers(
    WorkQueue queue, PartitionWorker worker, IOptions<IngestClusterOptions> options, ILogger<SiloWorkers> logger)
    : ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private readonly IngestClusterOptions _options = options.Value;
    private readonly ConcurrentDictionary<PartitionKey, Task> _running = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task _sweep = Task.CompletedTask;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SiloWorkers), ServiceLifecycleStage.Active, StartAsync, StopAsync);

    /// <summary>Starts working <paramref name="key"/> here unless it already runs here or the silo is full; the lease decides the rest.</summary>
    public bool TryStart(PartitionKey key)
    {
        if (_stopping.IsCancellationRequested || _running.Count >= _options.MaxPartitionsPerSilo || _running.ContainsKey(key))
        {
            return false;
        }

        var gate = new TaskCompletionSource();
        var task = RunAsync(key, gate.Task);
        if (!_running.TryAdd(key, task))
        {
            gate.SetCanceled();
            return false;
        }

        gate.SetResult();
        return true;
    }

    public void Dispose() => _stopping.Dispose();

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        await queue.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        _sweep = Task.Run(SweepAsync, CancellationToken.None);
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        var all = Task.WhenAll(_running.Values.Append(_sweep));
        await all.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task SweepAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                var free = _options.MaxPartitionsPerSilo - _running.Count;
                if (free > 0)
                {
                    foreach (var key in await queue.FindOrphanedPartitionsAsync(null, free, _stopping.Token).ConfigureAwait(false))
                    {
                        TryStart(key);
                    }
                }

                await Task.Delay(_options.SweepInterval, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogSweepFailed(logger, ex);
                await Task.Delay(_options.SweepInterval, _stopping.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task RunAsync(PartitionKey key, Task gate)
    {
        await gate.ConfigureAwait(ConfigureAwaitOptions.ForceYielding | ConfigureAwaitOptions.SuppressThrowing);
        if (!gate.IsCompletedSuccessfully)
        {
            return;
        }

        try
        {
            await worker.RunAsync(key, _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogPartitionFailed(logger, key.ToString(), ex);
        }
        finally
        {
            _running.TryRemove(key, out _);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for partitions to take over failed; trying again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Partition {Partition} stopped on an error; another sweep will take it up")]
    private static partial void LogPartitionFailed(ILogger logger, string partition, Exception exception);
}
