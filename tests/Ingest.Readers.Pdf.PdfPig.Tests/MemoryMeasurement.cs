namespace Ingest.Readers.Pdf.PdfPig.Tests;

/// <summary>
/// Measures what an action allocates, process-wide (PdfPig reads on threads of its own): the tests that measure run in
/// this collection, which xUnit runs alone, one test at a time, after the parallel collections, so no other test's
/// allocations are counted.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurement
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Memory measurement";

    /// <summary>Runs <paramref name="action"/> and returns its result with the bytes allocated meanwhile.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="action">The action.</param>
    public static (T Result, long Allocated) Allocated<T>(Func<T> action)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = action();
        return (result, GC.GetTotalAllocatedBytes(precise: true) - before);
    }
}
