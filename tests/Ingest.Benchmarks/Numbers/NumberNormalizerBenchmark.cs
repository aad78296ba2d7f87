using BenchmarkDotNet.Attributes;
using Ingest.Normalizers.Numbers;

namespace Ingest.Benchmarks.Numbers;

/// <summary>
/// Throughput of the number normalizer, and of every normalizer in Ingest.Normalizers together (dates, numbers,
/// names as far as they are present), over the five fixture articles, warm. MB/s = <see cref="TextMegabytes"/> / mean time.
/// Run: <c>dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*NumberNormalizerBenchmark*'</c>
/// (in process: building the generated boilerplate exceeds BenchmarkDotNet's build timeout on the shared machine).
/// </summary>
[MemoryDiagnoser]
[InProcess]
public class NumberNormalizerBenchmark
{
    private readonly NormalizationContext _context = new(new DateOnly(2020, 11, 12), ReferenceDateOrigin.Configured);
    private List<(string Text, Block[] Blocks)> _documents = new();
    private NumberNormalizer _numbers = null!;
    private IDocumentNormalizer[] _all = [];

    /// <summary>The fixture text in megabytes (UTF-16 characters / 1,000,000; the fixtures are nearly all ASCII).</summary>
    public static double TextMegabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _documents = new List<(string, Block[])>();
        long characters = 0;
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt").Order(StringComparer.Ordinal))
        {
            var builder = new DocumentBuilder(new Uri(path), "text/plain");
            foreach (var line in File.ReadAllLines(path))
            {
                if (line.Trim().Length > 0)
                {
                    builder.AddBlock(BlockKind.Paragraph, line);
                }
            }

            var document = builder.Build();
            _documents.Add((document.Text, document.Blocks.ToArray()));
            characters += document.Text.Length;
        }

        TextMegabytes = characters / 1_000_000.0;
        Console.WriteLine($"// fixture text: {characters} characters ({TextMegabytes:F4} MB)");
        _numbers = new NumberNormalizer();
        _all = typeof(NumberNormalizer).Assembly.GetTypes()
            .Where(t => t is { IsPublic: true, IsAbstract: false } && typeof(IDocumentNormalizer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IDocumentNormalizer)Activator.CreateInstance(t)!)
            .OrderBy(n => n.Name switch { "dates" => NormalizerOrder.Dates, "numbers" => NormalizerOrder.Numbers, "names" => NormalizerOrder.Names, _ => NormalizerOrder.Default })
            .ToArray();
        Console.WriteLine($"// all normalizers: {string.Join(", ", _all.Select(n => n.Name))}");
    }

    [Benchmark(Baseline = true)]
    public async Task<int> Numbers()
    {
        var count = 0;
        foreach (var (text, blocks) in _documents)
        {
            var document = new Document(new Uri("urn:bench"), "text/plain", text, blocks, new DocumentMetadata());
            await _numbers.NormalizeAsync(document, _context);
            count += document.Entities.Count;
        }

        return count;
    }

    [Benchmark]
    public async Task<int> AllNormalizers()
    {
        var count = 0;
        foreach (var (text, blocks) in _documents)
        {
            var document = new Document(new Uri("urn:bench"), "text/plain", text, blocks, new DocumentMetadata());
            foreach (var normalizer in _all)
            {
                await normalizer.NormalizeAsync(document, _context);
            }

            count += document.Entities.Count;
        }

        return count;
    }
}
