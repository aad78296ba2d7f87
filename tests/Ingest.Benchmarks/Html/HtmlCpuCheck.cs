using System.Globalization;
using AngleSharp.Html.Parser;
using Ingest.Benchmarks.Product;
using Ingest.Readers.Html;

namespace Ingest.Benchmarks.Html;

/// <summary>
/// The HTML reader (decoding, its own parse, metadata, main content, blocks; no normalizers) against AngleSharp's
/// parse alone of the same pages (<c>HtmlParser.ParseDocument(Stream)</c>), in process CPU time. Each round times one
/// pass of each, the two back to back and in alternating order (parse first, then reader first), so both are equally
/// warm and a burst of load on the shared machine falls on one pair; the first half of the rounds is not timed (JIT
/// tiers). Printed: the ratio of the summed times (reader throughput over the parse's, issue 21's target: at least
/// 0.7), the median of the per-round ratios, and the ratio of the fastest passes (least disturbed by other load).
/// Run: <c>dotnet Ingest.Benchmarks.dll html-cpu [rounds, default 20]</c>.
/// </summary>
internal static class HtmlCpuCheck
{
    private static readonly Uri PageUri = new("http://fakehost/test/page.html");

    public static async Task<int> RunAsync(int rounds)
    {
        rounds = Math.Max(2, rounds);
        var pages = HtmlExtractionBenchmarks.LoadPages(out var corpus);
        var megabytes = pages.Sum(p => (long)p.Length) / 1_000_000.0;
        Console.WriteLine($"{pages.Count} pages, {megabytes:F2} MB, from {corpus}; {rounds} rounds, load {CpuClock.LoadAverage()}");
        var reader = new HtmlReader();
        var parses = new List<double>();
        var reads = new List<double>();
        long checksum = 0;
        for (var round = -rounds / 2; round < rounds; round++)
        {
            double parseCpu, readCpu;
            if ((round & 1) == 0)
            {
                parseCpu = Timed(() => checksum += ParseAll(pages));
                readCpu = await TimedAsync(async () => checksum += await ReadAllAsync(reader, pages));
            }
            else
            {
                readCpu = await TimedAsync(async () => checksum += await ReadAllAsync(reader, pages));
                parseCpu = Timed(() => checksum += ParseAll(pages));
            }

            if (round >= 0)
            {
                parses.Add(parseCpu);
                reads.Add(readCpu);
            }
        }

        var parse = parses.Sum();
        var read = reads.Sum();
        var perRound = parses.Zip(reads, (p, r) => p / r).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"AngleSharp parse: {parse / rounds * 1000:F1} ms CPU per pass (fastest {parses.Min() * 1000:F1}), {megabytes * rounds / parse:F2} MB/CPU-s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"HtmlReader:       {read / rounds * 1000:F1} ms CPU per pass (fastest {reads.Min() * 1000:F1}), {megabytes * rounds / read:F2} MB/CPU-s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"per-round ratio: median {perRound[perRound.Count / 2]:F3}, range {perRound[0]:F3}-{perRound[^1]:F3}; fastest passes {parses.Min() / reads.Min():F3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reader throughput / parse throughput: {parse / read:F3} (target >= 0.7); load {CpuClock.LoadAverage()}; checksum {checksum}"));
        return 0;
    }

    private static long ParseAll(List<byte[]> pages)
    {
        long nodes = 0;
        var parser = new HtmlParser();
        foreach (var page in pages)
        {
            using var stream = new MemoryStream(page, writable: false);
            nodes += parser.ParseDocument(stream).ChildNodes.Length;
        }

        return nodes;
    }

    private static async Task<long> ReadAllAsync(HtmlReader reader, List<byte[]> pages)
    {
        long characters = 0;
        foreach (var page in pages)
        {
            var source = new MemorySourceDocument(page, PageUri) { MediaType = MediaTypes.Html };
            using var stream = new MemoryStream(page, writable: false);
            characters += (await reader.ReadAsync(stream, new ReadContext(source, MediaTypes.Html))).Text.Length;
        }

        return characters;
    }

    private static double Timed(Action action)
    {
        var clock = CpuClock.Start();
        action();
        return clock.Elapsed().Cpu;
    }

    private static async Task<double> TimedAsync(Func<Task> action)
    {
        var clock = CpuClock.Start();
        await action();
        return clock.Elapsed().Cpu;
    }
}
