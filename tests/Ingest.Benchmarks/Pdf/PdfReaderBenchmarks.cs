using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Ingest.Readers.Pdf;

namespace Ingest.Benchmarks.Pdf;

/// <summary>
/// Pages per second of <see cref="PdfReader"/> beside <c>pdftotext</c> (spawned as a process, as a user would) over the
/// ten fixture renditions in tests/Fixtures/pdf (27 pages). Each operation is one page, so the reported mean is the time
/// per page and pages per second is its inverse.
/// Run: dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*PdfReaderBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class PdfReaderBenchmarks
{
    private const int TotalPages = 27;
    private readonly PdfReader _reader = new();
    private List<(string Path, byte[] Data)> _files = new();

    /// <summary>Loads the renditions.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "pdf");
        _files = Directory.GetFiles(folder, "*.pdf").OrderBy(f => f, StringComparer.Ordinal).Select(f => (f, File.ReadAllBytes(f))).ToList();
        var pages = _files.Sum(f => ReadOne(f.Path, f.Data).Metadata.PageCount ?? 0);
        if (pages != TotalPages || _files.Count != 10)
        {
            throw new InvalidOperationException($"Expected 10 renditions with {TotalPages} pages, found {_files.Count} files with {pages} pages.");
        }
    }

    /// <summary>Ingest's reader, in process.</summary>
    [Benchmark(OperationsPerInvoke = TotalPages)]
    public int IngestPdfReader()
    {
        var chars = 0;
        foreach (var (path, data) in _files)
        {
            chars += ReadOne(path, data).Text.Length;
        }

        return chars;
    }

    /// <summary>Poppler's pdftotext, one process per file.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = TotalPages)]
    public int PdfToText()
    {
        var chars = 0;
        foreach (var (path, _) in _files)
        {
            var info = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
            info.ArgumentList.Add("-enc");
            info.ArgumentList.Add("UTF-8");
            info.ArgumentList.Add(path);
            info.ArgumentList.Add("-");
            using var process = Process.Start(info)!;
            chars += process.StandardOutput.ReadToEnd().Length;
            process.WaitForExit();
        }

        return chars;
    }

    private Document ReadOne(string path, byte[] data)
    {
        using var stream = new MemoryStream(data, writable: false);
        return _reader.ReadAsync(stream, new ReadContext(new FileSourceDocument(path), MediaTypes.Pdf)).AsTask().GetAwaiter().GetResult();
    }
}
