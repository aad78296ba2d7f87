using BenchmarkDotNet.Attributes;
using Ingest.Normalizers.Names;
using Microsoft.Extensions.Options;

namespace Ingest.Benchmarks.Names;

/// <summary>
/// The name normalizer over the five fixture texts, warm (gazetteers built once). Throughput in MB/s is the UTF-16
/// text size printed at setup (<see cref="TextBytes"/>, as UTF-8 bytes of the files) divided by the mean time.
/// Run: dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*NameNormalizer*'
/// </summary>
[MemoryDiagnoser]
public class NameNormalizerBenchmarks
{
    private readonly List<(Document Template, string Text)> _documents = new();
    private NameNormalizer _normalizer = null!;

    /// <summary>The size of the fixture files in bytes.</summary>
    public long TextBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _normalizer = new NameNormalizer(Options.Create(new NameNormalizerOptions()));
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            TextBytes += new FileInfo(file).Length;
            var builder = new DocumentBuilder(new Uri("file:///" + Path.GetFileName(file)), MediaTypes.PlainText, text.Length);
            foreach (var line in text.Split('\n'))
            {
                if (line.Trim().Length > 0)
                {
                    builder.AddBlock(BlockKind.Paragraph, line.Trim());
                }
            }

            var document = builder.Build();
            _documents.Add((document, document.Text));
        }

        Console.WriteLine($"// fixture bytes: {TextBytes}");
        Normalize();
    }

    [Benchmark(Description = "names over the five fixtures")]
    public int Normalize()
    {
        var count = 0;
        foreach (var (template, text) in _documents)
        {
            // A fresh document each time: the normalizer adds entities to the one it is given.
            var document = new Document(template.Source, template.MediaType, text, template.Blocks, template.Metadata);
            _normalizer.NormalizeAsync(document, NormalizationContext.For(document, null)).AsTask().GetAwaiter().GetResult();
            count += document.Entities.Count;
        }

        return count;
    }
}
