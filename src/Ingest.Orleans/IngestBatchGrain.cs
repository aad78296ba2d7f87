using Microsoft.Extensions.Options;
using Orleans;

namespace Ingest.Orleans;

/// <summary>The batch grain: keeps nothing in memory; the batch lives in the work queue, so any silo can serve it.</summary>
internal sealed class IngestBatchGrain(IIngestionService ingestion, WorkQueue queue, IOptions<IngestClusterOptions> options) : Grain, IIngestBatchGrain
{
    private static readonly string[] Running = ["running"];
    private static readonly string[] Resumable = ["cancelled", "running"];

    private string BatchId => this.GetPrimaryKeyString();

    public async Task<IngestBatchProgress> StartAsync(IReadOnlyList<string> locations, int partitions)
    {
        ArgumentNullException.ThrowIfNull(locations);
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        await queue.EnsureSchemaAsync(CancellationToken.None).ConfigureAwait(true);
        var documents = new List<string>();
        await foreach (var source in ingestion.ResolveLocationsAsync(locations).ConfigureAwait(true))
        {
            documents.Add(source.Uri.IsFile ? source.Uri.LocalPath : source.Uri.ToString());
        }

        await queue.CreateBatchAsync(BatchId, documents, Math.Min(partitions, Math.Max(1, documents.Count)), options.Value.MaxAttempts, CancellationToken.None).ConfigureAwait(true);
        return await GetProgressAsync().ConfigureAwait(true);
    }

    public async Task<IngestBatchProgress> GetProgressAsync()
    {
        await WakeAsync().ConfigureAwait(true);
        return await ReadAsync().ConfigureAwait(true);
    }

    public async Task<IngestBatchProgress> CancelAsync()
    {
        await queue.SetStateAsync(BatchId, Running, "cancelled", CancellationToken.None).ConfigureAwait(true);
        return await ReadAsync().ConfigureAwait(true);
    }

    public async Task<IngestBatchProgress> ResumeAsync()
    {
        await queue.SetStateAsync(BatchId, Resumable, "running", CancellationToken.None).ConfigureAwait(true);
        return await GetProgressAsync().ConfigureAwait(true);
    }

    private async Task<IngestBatchProgress> ReadAsync() =>
        await queue.GetProgressAsync(BatchId, CancellationToken.None).ConfigureAwait(true)
        ?? throw new InvalidOperationException($"No batch '{BatchId}' was started.");

    /// <summary>Wakes the partitions that have work and no live owner, each on the silo Orleans places its grain on.</summary>
    private async Task WakeAsync()
    {
        var orphans = await queue.FindOrphanedPartitionsAsync(BatchId, int.MaxValue, CancellationToken.None).ConfigureAwait(true);
        var wakes = orphans.Select(key => GrainFactory.GetGrain<IIngestPartitionGrain>(key.ToString()).WakeAsync());
        try
        {
            await Task.WhenAll(wakes).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(true);
        }
        catch (Exception ex) when (ex is TimeoutException or OrleansException or SiloUnavailableException)
        {
            // A partition placed on a silo that just died; the sweep of a live silo takes it over when its lease expires.
        }
    }
}
