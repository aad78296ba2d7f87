using Orleans;

namespace Ingest.Orleans;

/// <summary>The documents one silo holds or finished in a batch.</summary>
/// <param name="Silo">The silo's address.</param>
/// <param name="InFlight">Documents it is working on.</param>
/// <param name="Done">Documents it finished with a result.</param>
/// <param name="Failed">Documents it marked failed for good.</param>
[GenerateSerializer]
[Immutable]
public sealed record IngestSiloProgress(
    [property: Id(0)] string Silo,
    [property: Id(1)] int InFlight,
    [property: Id(2)] int Done,
    [property: Id(3)] int Failed);
