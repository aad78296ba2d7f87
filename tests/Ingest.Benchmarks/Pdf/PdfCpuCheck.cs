using System.Globalization;
using System.Text;
using Ingest.Benchmarks.Product;
using Ingest.Readers.Pdf;

namespace Ingest.Benchmarks.Pdf;

/// <summary>
/// The PDF reader over every *.pdf of a folder in process CPU time: the first pass (cold: type loading and tier-0 JIT,
/// what one host process pays) apart from the following passes (warm), and the files with the most warm CPU. With a
/// dump folder it also writes what the reader made of each file (blocks with kind, level, page and bounds, metadata,
/// diagnostics) so that two builds can be compared byte for byte.
/// Run: <c>dotnet Ingest.Benchmarks.dll pdf-cpu FOLDER [rounds, default 5] [DUMP_FOLDER]</c>.
/// </summary>
internal static class PdfCpuCheck
{
    public static async Task<int> RunAsync(string folder, int rounds, string? dump)
    {
        rounds = Math.Max(1, rounds);
        var files = Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).Select(f => (Path: f, Data: File.ReadAllBytes(f))).ToList();
        Console.WriteLine($"{files.Count} files from {folder}; {rounds} warm rounds; load {CpuClock.LoadAverage()}");
        var reader = new PdfReader();
        var perFile = new double[files.Count];
        var allocated = new long[files.Count];
        double cold = 0, warm = 0;
        for (var round = 0; round <= rounds; round++)
        {
            for (var i = 0; i < files.Count; i++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var clock = CpuClock.Start();
                var text = await ReadAsync(reader, files[i].Path, files[i].Data);
                var cpu = clock.Elapsed().Cpu;
                allocated[i] = GC.GetTotalAllocatedBytes(precise: true) - before;
                if (round == 0)
                {
                    cold += cpu;
                    if (dump is not null)
                    {
                        Directory.CreateDirectory(dump);
                        await File.WriteAllTextAsync(Path.Combine(dump, Path.GetFileName(files[i].Path) + ".txt"), text);
                    }
                }
                else
                {
                    warm += cpu;
                    perFile[i] += cpu;
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold pass: {cold * 1000:F0} ms CPU; warm pass: {warm / rounds * 1000:F0} ms CPU (mean of {rounds}); load {CpuClock.LoadAverage()}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated per pass: {allocated.Sum() / 1048576.0:F1} MB; most:"));
        foreach (var i in Enumerable.Range(0, files.Count).OrderByDescending(i => allocated[i]).Take(8))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {allocated[i] / 1048576.0,8:F2} MB  {Path.GetFileName(files[i].Path)}"));
        }

        foreach (var i in Enumerable.Range(0, files.Count).OrderByDescending(i => perFile[i]).Take(8))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {perFile[i] / rounds * 1000,8:F1} ms  {Path.GetFileName(files[i].Path)}"));
        }

        return 0;
    }

    private static async Task<string> ReadAsync(PdfReader reader, string path, byte[] data)
    {
        using var stream = new MemoryStream(data, writable: false);
        try
        {
            var document = await reader.ReadAsync(stream, new ReadContext(new FileSourceDocument(path), MediaTypes.Pdf));
            return Describe(document);
        }
        catch (DocumentReadException ex)
        {
            return "failed: " + ex.Message;
        }
    }

    private static string Describe(Document document)
    {
        var text = new StringBuilder();
        var metadata = document.Metadata;
        text.Append(CultureInfo.InvariantCulture, $"title={metadata.Title} authors={string.Join(';', metadata.Authors)} published={metadata.Published} modified={metadata.Modified} language={metadata.Language} pages={metadata.PageCount}\n");
        foreach (var (key, value) in metadata.Extra.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"extra {key}={value}\n");
        }

        foreach (var diagnostic in document.Diagnostics)
        {
            text.Append(CultureInfo.InvariantCulture, $"diagnostic {diagnostic.Severity} {diagnostic.Code} {diagnostic.Message}\n");
        }

        foreach (var block in document.Blocks)
        {
            var b = block.Bounds;
            text.Append(CultureInfo.InvariantCulture, $"[{block.Kind} {block.Level} p{block.Page} {b?.Left:R} {b?.Bottom:R} {b?.Right:R} {b?.Top:R}]\n{block.GetText(document)}\n");
        }

        return text.ToString();
    }
}
