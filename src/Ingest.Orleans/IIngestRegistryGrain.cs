using Orleans;

namespace Ingest.Orleans;

/// <summary>The cluster's batches (use key 0), to find and resume the ones an outage interrupted.</summary>
public interface IIngestRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>The batch ids, oldest first.</summary>
    /// <param name="unfinishedOnly">Only batches not completed (running or cancelled).</param>
    /// <returns>The ids.</returns>
    Task<IReadOnlyList<string>> ListBatchesAsync(bool unfinishedOnly);
}
