using Ingest.Normalizers.Numbers;
using Ingest.Normalizers.Dates;
using Ingest.Normalizers.Names;
using Ingest.Readers.Html;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ingest.Benchmarks.Pipeline;

/// <summary>The fixture files and the pipeline set-up shared by the text, normalizer and pipeline benchmarks.</summary>
internal static class BenchmarkCorpus
{
    /// <summary>The fixture folder copied next to the benchmark assembly.</summary>
    public static string FixturesDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The five plain-text fixtures, in name order.</summary>
    public static (string Name, byte[] Bytes)[] TextFixtures() => Load(Directory.GetFiles(FixturesDirectory, "*.txt"));

    /// <summary>Every fixture and rendition: the texts, their HTML pages and their PDF renditions.</summary>
    public static (string Name, byte[] Bytes)[] MixedFixtures()
    {
        var files = new List<string>();
        files.AddRange(Directory.GetFiles(FixturesDirectory, "*.txt"));
        var html = Path.Combine(FixturesDirectory, "html");
        if (Directory.Exists(html))
        {
            files.AddRange(Directory.GetFiles(html, "*.html"));
        }

        var pdf = Path.Combine(FixturesDirectory, "pdf");
        if (Directory.Exists(pdf))
        {
            files.AddRange(Directory.GetFiles(pdf, "*.pdf", SearchOption.AllDirectories));
        }

        return Load(files);
    }

    /// <summary>Every normalizer in Ingest.Normalizers, in pipeline order.</summary>
    public static IDocumentNormalizer[] AllNormalizers() =>
    [
        new DateNormalizer(),
        new NumberNormalizer(),
        new NameNormalizer(Options.Create(new NameNormalizerOptions())),
    ];

    /// <summary>A pipeline with every built-in reader and normalizer and the given degree of parallelism.</summary>
    public static ServiceProvider Pipeline(int parallelism)
    {
        var services = new ServiceCollection();
        services.AddIngest(b => b
            .AddTextReader()
            .AddHtmlReader()
            .AddPdfReader()
            .AddDateNormalizer()
            .AddNumberNormalizer()
            .AddNameNormalizer());
        services.Configure<IngestOptions>(o => o.MaxDegreeOfParallelism = parallelism);
        return services.BuildServiceProvider();
    }

    /// <summary>In-memory source documents that cycle through <paramref name="fixtures"/> <paramref name="count"/> times in all.</summary>
    public static IEnumerable<SourceDocument> Batch((string Name, byte[] Bytes)[] fixtures, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var (name, bytes) = fixtures[i % fixtures.Length];
            yield return new MemorySourceDocument(bytes, new Uri($"mem://batch/{i}/{name}"));
        }
    }

    private static (string Name, byte[] Bytes)[] Load(IEnumerable<string> paths)
    {
        var sorted = paths.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var result = new (string, byte[])[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            result[i] = (Path.GetRelativePath(FixturesDirectory, sorted[i]), File.ReadAllBytes(sorted[i]));
        }

        return result;
    }
}
