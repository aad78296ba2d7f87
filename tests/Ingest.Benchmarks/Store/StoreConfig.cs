using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Ingest.Benchmarks.Store;

/// <summary>One warm-up and three measured runs of a whole 100 MB batch, in process: each operation takes seconds.</summary>
public sealed class StoreConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public StoreConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Monitoring)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithId("store"));
    }
}
