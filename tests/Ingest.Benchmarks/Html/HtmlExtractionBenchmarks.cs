using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Ingest.Readers.Html;

namespace Ingest.Benchmarks.Html;

/// <summary>
/// Main-content extraction with <see cref="HtmlReader"/> (decode, parse, metadata, scoring, blocks) against AngleSharp's
/// own parse of the same bytes. Pages: the Readability development corpus (<c>shared/dev-data/html-readability</c> found
/// beside the checkout, or the folder in <c>INGEST_HTML_CORPUS</c>) when present, else the generated fixture pages.
/// Run: <c>dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*HtmlExtraction*' --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
public class HtmlExtractionBenchmarks
{
    private static readonly Uri PageUri = new("http://fakehost/test/page.html");
    private readonly HtmlReader _reader = new();
    private List<byte[]> _pages = new();

    /// <summary>Where the pages came from.</summary>
    public static string Corpus { get; private set; } = string.Empty;

    /// <summary>Loads the pages.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _pages = LoadPages(out var corpus);
        Corpus = corpus;
        Console.WriteLine($"// {_pages.Count} pages, {_pages.Sum(p => p.Length)} bytes, from {Corpus}");
    }

    /// <summary>The pages of the development corpus when it is found, else the generated fixture pages.</summary>
    internal static List<byte[]> LoadPages(out string corpus)
    {
        var found = FindCorpus();
        if (found is not null)
        {
            corpus = found;
            return Directory.GetDirectories(found).Select(d => Path.Combine(d, "source.html")).Where(File.Exists)
                .OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        }

        corpus = Path.Combine(AppContext.BaseDirectory, "Fixtures", "html");
        return Directory.GetFiles(corpus, "*.html").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
    }

    /// <summary>AngleSharp parses every page from its bytes (its own encoding detection), nothing else.</summary>
    [Benchmark(Baseline = true)]
    public int AngleSharpParse()
    {
        var elements = 0;
        var parser = new HtmlParser();
        foreach (var page in _pages)
        {
            using var stream = new MemoryStream(page, writable: false);
            elements += parser.ParseDocument(stream).ChildNodes.Length;
        }

        return elements;
    }

    /// <summary>The reader reads every page: decoding, parsing, metadata, main-content selection and blocks.</summary>
    [Benchmark]
    public async Task<int> HtmlReaderMainContent()
    {
        var length = 0;
        foreach (var page in _pages)
        {
            var source = new BenchmarkSource(PageUri, page);
            using var stream = new MemoryStream(page, writable: false);
            var document = await _reader.ReadAsync(stream, new ReadContext(source, MediaTypes.Html));
            length += document.Text.Length;
        }

        return length;
    }

    private static string? FindCorpus()
    {
        var configured = Environment.GetEnvironmentVariable("INGEST_HTML_CORPUS");
        if (!string.IsNullOrEmpty(configured) && Directory.Exists(configured))
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "dev-data", "html-readability");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private sealed class BenchmarkSource(Uri uri, byte[] bytes) : SourceDocument(uri)
    {
        public override ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default)
            => ValueTask.FromResult<Stream>(new MemoryStream(bytes, writable: false));
    }
}
