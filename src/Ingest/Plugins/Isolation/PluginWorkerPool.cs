using System.Collections.Concurrent;

namespace Ingest.Plugins.Isolation;

/// <summary>
/// The worker processes of one plugin folder loaded with <see cref="PluginIsolation.Process"/>: an idle worker serves
/// the next document; a new one starts when none is idle (so there are at most as many as documents read at once); a
/// worker that died, overran its budget or answered out of protocol is discarded, and the next document starts a fresh one.
/// </summary>
internal sealed class PluginWorkerPool : IDisposable
{
    private readonly ConcurrentBag<PluginWorkerProcess> _idle = [];

    // Every worker started and not yet disposed, idle or serving a document, so disposing the pool ends them all.
    private readonly ConcurrentDictionary<PluginWorkerProcess, byte> _alive = new();
    private readonly string _workerPath;
    private readonly string _folder;

    public PluginWorkerPool(string workerPath, string folder)
    {
        _workerPath = workerPath;
        _folder = folder;
    }

    /// <summary>The runtime host that starts workers; <see langword="null"/>: the dotnet host that runs this process, else the one on the PATH.</summary>
    public string? RuntimeHost { get; init; }

    /// <summary>How long a starting worker may take to load its plugin and say hello (start-up plus the plugin's Configure).</summary>
    public static TimeSpan StartTimeout { get; } = PluginLoader.ConfigureTimeout + TimeSpan.FromSeconds(25);

    /// <summary>Starts a worker and reads its hello; the worker is killed if it does not answer within <paramref name="timeout"/>.</summary>
    public async Task<(PluginWorkerProcess Worker, WorkerHello? Hello)> StartAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var worker = PluginWorkerProcess.Start(_workerPath, _folder, w => _alive.TryRemove(w, out _), RuntimeHost);
        _alive[worker] = 0;

        // A read from a pipe does not always observe a token: the wait is bounded instead, and killing the worker ends the read.
        var hello = PluginWorkerProtocol.ReadHelloAsync(worker.Output, CancellationToken.None).AsTask();
        try
        {
            return (worker, await hello.WaitAsync(timeout, cancellationToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            worker.Dispose();
            throw;
        }
        catch (Exception e) when (e is TimeoutException or IOException or System.Text.Json.JsonException or InvalidDataException)
        {
            worker.Kill();
            _ = hello.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return (worker, null);
        }
    }

    public async Task<PluginWorkerProcess> RentAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryTake(out var idle))
        {
            if (!idle.HasExited)
            {
                return idle;
            }

            idle.Dispose();
        }

        var (worker, hello) = await StartAsync(StartTimeout, cancellationToken).ConfigureAwait(false);
        if (hello is { Loaded: true })
        {
            return worker;
        }

        var why = worker.DescribeEnd();
        worker.Dispose();
        throw new DocumentReadException("plugin.process-crashed", $"The plugin worker for '{_folder}' did not start: {why}.");
    }

    public void Return(PluginWorkerProcess worker) => _idle.Add(worker);

    /// <summary>The workers started and not yet disposed.</summary>
    public int AliveCount => _alive.Count;

    /// <summary>
    /// Ends every worker of the pool, idle or busy (a busy one's document fails as a crash). The service provider that
    /// registered the pool calls this when it is disposed; a later document would start a new worker.
    /// </summary>
    public void Dispose()
    {
        while (_idle.TryTake(out var idle))
        {
            idle.Dispose();
        }

        foreach (var worker in _alive.Keys)
        {
            worker.Dispose();
        }
    }
}
