using Orleans;

namespace Ingest.Orleans;

/// <summary>A partition of a batch (key <c>batch/partition</c>); waking it starts its worker on the silo it is placed on.</summary>
public interface IIngestPartitionGrain : IGrainWithStringKey
{
    /// <summary>Starts the partition's worker on this silo unless it already has one or another silo holds the lease.</summary>
    /// <returns>Whether a worker was started here.</returns>
    Task<bool> WakeAsync();
}
