using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Ingest.Benchmarks.Pipeline;

/// <summary>
/// A short in-process job (2 warm-up, 5 measured iterations) with the memory diagnoser: minutes per run on the
/// shared machine, and no generated project to build (which exceeds BenchmarkDotNet's build timeout there).
/// </summary>
public sealed class ShortInProcessConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public ShortInProcessConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(2).WithIterationCount(5).WithId("short-inproc"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
