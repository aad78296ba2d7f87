using BenchmarkDotNet.Attributes;
using Ingest.Benchmarks.Pipeline;

namespace Ingest.Benchmarks.Normalizers;

/// <summary>
/// One core, warm: the date, number and name normalizers together over the five fixture texts as read by the
/// plain-text reader (reading is done once in setup). MB/s = <see cref="TextMegabytes"/> / mean time.
/// Run: <c>dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*AllNormalizersBenchmark*'</c>
/// </summary>
[Config(typeof(ShortInProcessConfig))]
public class AllNormalizersBenchmark
{
    private readonly NormalizationContext _context = new(new DateOnly(2020, 11, 12), ReferenceDateOrigin.Configured);
    private Document[] _read = [];
    private IDocumentNormalizer[] _normalizers = [];

    /// <summary>Which normalizers run: <c>all</c> in pipeline order, or one by name, to see where the time goes.</summary>
    [Params("all", "dates", "numbers", "names")]
    public string Normalizers { get; set; } = "all";

    /// <summary>The normalized text per operation in megabytes (UTF-16 characters / 10^6; the fixtures are nearly all ASCII).</summary>
    public static double TextMegabytes { get; private set; }

    /// <summary>Reads the fixtures once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var reader = new PlainTextReader();
        var fixtures = BenchmarkCorpus.TextFixtures();
        _read = new Document[fixtures.Length];
        long characters = 0;
        for (var i = 0; i < fixtures.Length; i++)
        {
            var source = new MemorySourceDocument(fixtures[i].Bytes, new Uri("mem://text/" + fixtures[i].Name));
            using var stream = new MemoryStream(fixtures[i].Bytes, writable: false);
            _read[i] = reader.ReadAsync(stream, new ReadContext(source, "text/plain")).AsTask().GetAwaiter().GetResult();
            characters += _read[i].Text.Length;
        }

        TextMegabytes = characters / 1_000_000.0;
        Console.WriteLine($"// normalized text: {characters} characters");
        var all = BenchmarkCorpus.AllNormalizers();
        _normalizers = Normalizers == "all" ? all : Array.FindAll(all, n => n.Name == Normalizers);
        if (_normalizers.Length == 0)
        {
            throw new InvalidOperationException($"No normalizer is named '{Normalizers}'.");
        }
    }

    /// <summary>Runs the selected normalizers over a fresh copy of each read document.</summary>
    [Benchmark]
    public async Task<int> Normalize()
    {
        var entities = 0;
        foreach (var read in _read)
        {
            var document = new Document(read.Source, read.MediaType, read.Text, read.Blocks, new DocumentMetadata());
            foreach (var normalizer in _normalizers)
            {
                await normalizer.NormalizeAsync(document, _context);
            }

            entities += document.Entities.Count;
        }

        return entities;
    }
}
