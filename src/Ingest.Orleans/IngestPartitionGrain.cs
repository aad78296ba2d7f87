using Orleans;
using Orleans.Placement;

namespace Ingest.Orleans;

/// <summary>The partition grain: placed at random, so a batch's partitions spread over the silos.</summary>
[RandomPlacement]
internal sealed class IngestPartitionGrain(SiloWorkers workers) : Grain, IIngestPartitionGrain
{
    public Task<bool> WakeAsync() => Task.FromResult(workers.TryStart(PartitionKey.Parse(this.GetPrimaryKeyString())));
}
