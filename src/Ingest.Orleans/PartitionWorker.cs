using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingest.Orleans;

/// <summary>
/// Works one partition on this silo while it holds the lease: claims its documents one at a time, runs each attempt
/// under <see cref="IngestClusterOptions.AttemptTimeout"/>, and renews the lease in the background; stops when the
/// partition is empty, the batch is no longer running, the lease is lost or the silo stops.
/// </summary>
internal sealed partial class PartitionWorker(
    WorkQueue queue, DocumentAttempt attempt, SiloIdentity silo, IOptions<IngestClusterOptions> options, ILogger<PartitionWorker> logger)
{
    private readonly IngestClusterOptions _options = options.Value;

    public async Task RunAsync(PartitionKey key, CancellationToken stopping)
    {
        var grant = await queue.AcquireLeaseAsync(key, silo.Name, _options.LeaseDuration, stopping).ConfigureAwait(false);
        if (grant is null)
        {
            return;
        }

        foreach (var item in grant.Abandoned)
        {
            await attempt.WriteExhaustedAsync(item, "its worker was lost each time", stopping).ConfigureAwait(false);
        }

        using var leased = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var renewal = RenewAsync(key, leased);
        try
        {
            while (!leased.IsCancellationRequested
                && await queue.ClaimNextAsync(key, silo.Name, grant.MaxAttempts, leased.Token).ConfigureAwait(false) is { } item)
            {
                await ProcessAsync(item, leased.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (leased.IsCancellationRequested && !stopping.IsCancellationRequested)
        {
            // The lease was lost (this silo was presumed dead during an outage): the new owner goes on; nothing to release.
            return;
        }
        finally
        {
            await leased.CancelAsync().ConfigureAwait(false);
            await renewal.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (!stopping.IsCancellationRequested)
        {
            await queue.ReleaseLeaseAsync(key, silo.Name, stopping).ConfigureAwait(false);
        }
    }

    private async Task ProcessAsync(WorkItem item, CancellationToken cancellationToken)
    {
        IngestResult? result = null;
        string? error = null;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(_options.AttemptTimeout);
            try
            {
                // WaitAsync also ends an attempt whose reader ignores cancellation. A result produced after the timeout
                // cancelled the pipeline is a degraded one, so it counts as a failed attempt too.
                result = await attempt.ReadAsync(item, timeout.Token).WaitAsync(_options.AttemptTimeout, cancellationToken).ConfigureAwait(false);
                if (timeout.IsCancellationRequested)
                {
                    result = null;
                    error = $"attempt {item.Attempt} took longer than {_options.AttemptTimeout}";
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                error = ex is TimeoutException or OperationCanceledException ? $"attempt {item.Attempt} took longer than {_options.AttemptTimeout}" : $"attempt {item.Attempt}: {ex.Message}";
            }
        }

        if (result is null)
        {
            LogAttemptFailed(logger, item.Location, item.Attempt, error!);
            await FailAttemptAsync(item, error!, cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await attempt.WriteAsync(result, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The store stayed unreachable through every retry: the document goes back without using up an attempt.
            LogWriteFailed(logger, item.Location, ex);
            await queue.FinishAsync(item, silo.Name, "pending", ex.Message, cancellationToken, refund: true).ConfigureAwait(false);
            return;
        }

        await queue.FinishAsync(item, silo.Name, "done", null, cancellationToken).ConfigureAwait(false);
    }

    private async Task FailAttemptAsync(WorkItem item, string error, CancellationToken cancellationToken)
    {
        if (item.Attempt >= item.MaxAttempts)
        {
            await attempt.WriteExhaustedAsync(item, error, cancellationToken).ConfigureAwait(false);
            await queue.FinishAsync(item, silo.Name, "failed", error, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await queue.FinishAsync(item, silo.Name, "pending", error, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RenewAsync(PartitionKey key, CancellationTokenSource leased)
    {
        var period = _options.LeaseDuration / 3;
        while (!leased.IsCancellationRequested)
        {
            await Task.Delay(period, leased.Token).ConfigureAwait(false);
            if (!await queue.RenewLeaseAsync(key, silo.Name, _options.LeaseDuration, leased.Token).ConfigureAwait(false))
            {
                LogLeaseLost(logger, key.ToString());
                await leased.CancelAsync().ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Attempt at {Location} failed: attempt {Attempt}, {Error}")]
    private static partial void LogAttemptFailed(ILogger logger, string location, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing the result of {Location} failed after every retry; it goes back to the queue")]
    private static partial void LogWriteFailed(ILogger logger, string location, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lease of partition {Partition} lost; another silo took it over")]
    private static partial void LogLeaseLost(ILogger logger, string partition);
}
