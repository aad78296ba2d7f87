using Orleans;

namespace Ingest.Orleans;

/// <summary>Where a batch stands: its state and how many documents are in each state, overall and per silo.</summary>
/// <param name="BatchId">The batch.</param>
/// <param name="State"><c>running</c>, <c>cancelled</c> or <c>completed</c>.</param>
/// <param name="Total">Documents in the batch.</param>
/// <param name="Pending">Documents not yet claimed (or given back for another attempt).</param>
/// <param name="InFlight">Documents a worker is reading or writing now.</param>
/// <param name="Done">Documents with a result in the store.</param>
/// <param name="Failed">Documents failed for good after every attempt; they have a failed result in the store too.</param>
/// <param name="Silos">The same counts for each silo that worked on the batch.</param>
[GenerateSerializer]
[Immutable]
public sealed record IngestBatchProgress(
    [property: Id(0)] string BatchId,
    [property: Id(1)] string State,
    [property: Id(2)] int Total,
    [property: Id(3)] int Pending,
    [property: Id(4)] int InFlight,
    [property: Id(5)] int Done,
    [property: Id(6)] int Failed,
    [property: Id(7)] IReadOnlyList<IngestSiloProgress> Silos)
{
    /// <summary>Whether every document has reached <c>done</c> or <c>failed</c>.</summary>
    public bool IsFinished => Done + Failed == Total;
}
