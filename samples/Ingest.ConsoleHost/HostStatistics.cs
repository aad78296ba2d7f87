using System.Diagnostics;

namespace Ingest.ConsoleHost;

/// <summary>Throughput and memory of a run, for <c>--stats</c>.</summary>
internal static class HostStatistics
{
    public static void Write(TextWriter writer, SummaryTable table, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-6);
        var megabytes = table.BytesRead / (1024.0 * 1024.0);
        using var process = Process.GetCurrentProcess();
        writer.WriteLine(
            $"stats: {table.Count} documents in {seconds:0.00} s: {table.Count / seconds:0.0} documents/s, " +
            $"{megabytes / seconds:0.00} MB/s ({megabytes:0.00} MB read), peak working set {process.PeakWorkingSet64 / (1024.0 * 1024.0):0} MB, " +
            $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} gen0/1/2 collections");
    }
}
