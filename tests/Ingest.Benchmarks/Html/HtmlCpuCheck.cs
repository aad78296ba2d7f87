using System.Globalization;
using AngleSharp.Html.Parser;
using Ingest.Benchmarks.Product;
using Ingest.Readers.Html;

namespace Ingest.Benchmarks.Html;

/// <summary>
/// The HTML reader against AngleSharp's parse alone of the same pages, in process CPU time, the two alternating page
/// set by page set so both are equally warm; the first half of the rounds is not timed (JIT tiers). The ratio is the
/// reader's throughput over the parse's (issue 21's target: at least 0.7).
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
        double parse = 0, read = 0;
        long checksum = 0;
        for (var round = -rounds / 2; round < rounds; round++)
        {
            var clock = CpuClock.Start();
            var parser = new HtmlParser();
            foreach (var page in pages)
            {
                using var stream = new MemoryStream(page, writable: false);
                checksum += parser.ParseDocument(stream).ChildNodes.Length;
            }

            var parseCpu = clock.Elapsed().Cpu;
            clock = CpuClock.Start();
            foreach (var page in pages)
            {
                var source = new MemorySourceDocument(page, PageUri) { MediaType = MediaTypes.Html };
                using var stream = new MemoryStream(page, writable: false);
                checksum += (await reader.ReadAsync(stream, new ReadContext(source, MediaTypes.Html))).Text.Length;
            }

            if (round >= 0)
            {
                parse += parseCpu;
                read += clock.Elapsed().Cpu;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"AngleSharp parse: {parse / rounds * 1000:F1} ms CPU per pass, {megabytes * rounds / parse:F2} MB/CPU-s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"HtmlReader:       {read / rounds * 1000:F1} ms CPU per pass, {megabytes * rounds / read:F2} MB/CPU-s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reader throughput / parse throughput: {parse / read:F3} (target >= 0.7); load {CpuClock.LoadAverage()}; checksum {checksum}"));
        return 0;
    }
}
