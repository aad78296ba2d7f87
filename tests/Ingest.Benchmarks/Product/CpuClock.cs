using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Ingest.Benchmarks.Product;

/// <summary>
/// Process CPU time and wall time of one measured span. CPU time (every thread of the process: workers, GC, JIT)
/// is the figure to compare on a shared machine, where wall time depends on what else runs; the load average is
/// printed beside each figure.
/// </summary>
internal readonly partial struct CpuClock
{
    // CLOCK_PROCESS_CPUTIME_ID: one cheap call, where Process.TotalProcessorTime reads and parses /proc.
    private const int ProcessCpuClock = 2;

    private readonly TimeSpan _cpu;
    private readonly long _wall;

    private CpuClock(TimeSpan cpu, long wall)
    {
        _cpu = cpu;
        _wall = wall;
    }

    public static CpuClock Start() => new(ProcessCpu(), Stopwatch.GetTimestamp());

    /// <summary>CPU seconds and wall seconds since <see cref="Start"/>.</summary>
    public (double Cpu, double Wall) Elapsed()
    {
        var cpu = ProcessCpu() - _cpu;
        return (cpu.TotalSeconds, Stopwatch.GetElapsedTime(_wall).TotalSeconds);
    }

    private static TimeSpan ProcessCpu()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ProcessCpuClock, out var time) == 0)
        {
            return TimeSpan.FromTicks((time.Seconds * 1_000_000_000 + time.Nanoseconds) / 100);
        }

        return Process.GetCurrentProcess().TotalProcessorTime;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>The 1-minute load average (Linux), or "n/a".</summary>
    public static string LoadAverage()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg");
            return text.Split(' ')[0];
        }
        catch (IOException)
        {
            return "n/a";
        }
        catch (UnauthorizedAccessException)
        {
            return "n/a";
        }
    }

    public static string Format(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
