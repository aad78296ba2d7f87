using BenchmarkDotNet.Attributes;
using Ingest.Benchmarks.Pipeline;

namespace Ingest.Benchmarks.Text;

/// <summary>
/// One core, warm: the plain-text reader over the five fixtures, and the reader followed by every normalizer.
/// MB/s = <see cref="Megabytes"/> (fixture bytes) / mean time per operation.
/// Run: <c>dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*TextReadingBenchmark*'</c>
/// </summary>
[Config(typeof(ShortInProcessConfig))]
public class TextReadingBenchmark
{
    private readonly NormalizationContext _context = new(new DateOnly(2020, 11, 12), ReferenceDateOrigin.Configured);
    private (string Name, byte[] Bytes)[] _fixtures = [];
    private ReadContext[] _contexts = [];
    private PlainTextReader _reader = null!;
    private IDocumentNormalizer[] _normalizers = [];

    /// <summary>The fixture bytes read per operation, in megabytes (10^6 bytes).</summary>
    public static double Megabytes { get; private set; }

    /// <summary>Loads the fixtures.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _fixtures = BenchmarkCorpus.TextFixtures();
        _contexts = new ReadContext[_fixtures.Length];
        long bytes = 0;
        for (var i = 0; i < _fixtures.Length; i++)
        {
            var source = new MemorySourceDocument(_fixtures[i].Bytes, new Uri("mem://text/" + _fixtures[i].Name));
            _contexts[i] = new ReadContext(source, "text/plain");
            bytes += _fixtures[i].Bytes.Length;
        }

        Megabytes = bytes / 1_000_000.0;
        Console.WriteLine($"// text fixtures: {bytes} bytes");
        _reader = new PlainTextReader();
        _normalizers = BenchmarkCorpus.AllNormalizers();
    }

    /// <summary>Reads the five fixtures.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> Read()
    {
        var length = 0;
        for (var i = 0; i < _fixtures.Length; i++)
        {
            using var stream = new MemoryStream(_fixtures[i].Bytes, writable: false);
            var document = await _reader.ReadAsync(stream, _contexts[i]);
            length += document.Text.Length;
        }

        return length;
    }

    /// <summary>Reads the five fixtures and runs every normalizer over each.</summary>
    [Benchmark]
    public async Task<int> ReadAndNormalize()
    {
        var entities = 0;
        for (var i = 0; i < _fixtures.Length; i++)
        {
            using var stream = new MemoryStream(_fixtures[i].Bytes, writable: false);
            var document = await _reader.ReadAsync(stream, _contexts[i]);
            foreach (var normalizer in _normalizers)
            {
                await normalizer.NormalizeAsync(document, _context);
            }

            entities += document.Entities.Count;
        }

        return entities;
    }
}
