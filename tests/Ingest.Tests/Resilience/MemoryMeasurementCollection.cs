namespace Ingest.Tests.Resilience;

/// <summary>Tests that measure process memory run alone, after the parallel ones, so other tests' allocations do not count.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementCollection
{
    public const string Name = "Memory measurement";
}
