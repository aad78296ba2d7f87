namespace Ingest.Orleans.Tests;

/// <summary>Polling a batch until a condition holds, with timeouts generous enough for a loaded two-core machine.</summary>
internal static class ClusterWaits
{
    public static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    public static async Task<IngestBatchProgress> WaitForAsync(IIngestBatchGrain batch, Func<IngestBatchProgress, bool> condition)
    {
        var deadline = DateTime.UtcNow + Generous;
        IngestBatchProgress? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await batch.GetProgressAsync();
            if (condition(last))
            {
                return last;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the batch never reached the expected progress: {last}");
    }
}
