using Orleans;

namespace Ingest.Orleans;

/// <summary>The registry grain: reads the batches from the work queue.</summary>
internal sealed class IngestRegistryGrain(WorkQueue queue) : Grain, IIngestRegistryGrain
{
    public async Task<IReadOnlyList<string>> ListBatchesAsync(bool unfinishedOnly)
    {
        await queue.EnsureSchemaAsync(CancellationToken.None).ConfigureAwait(true);
        return await queue.ListBatchesAsync(unfinishedOnly, CancellationToken.None).ConfigureAwait(true);
    }
}
