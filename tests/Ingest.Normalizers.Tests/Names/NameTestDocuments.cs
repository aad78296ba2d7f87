using Ingest.Normalizers.Names;
using Microsoft.Extensions.Options;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>Builds documents from the fixtures and runs the name normalizer over them.</summary>
internal static class NameTestDocuments
{
    public static readonly string[] FixtureNames =
    [
        "000_8356487e95b370c0.txt",
        "001_dfc885e2c315c131.txt",
        "002_d984472c41d3493e.txt",
        "003_d83d9bb4bc8cd208.txt",
        "004_1616c7d502a30445.txt",
    ];

    public static Document FromText(string name, string text, params string[] authors)
    {
        var builder = new DocumentBuilder(new Uri("file:///fixtures/" + name), MediaTypes.PlainText, text.Length);
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                builder.AddBlock(BlockKind.Paragraph, trimmed);
            }
        }

        foreach (var author in authors)
        {
            builder.Metadata.Authors.Add(author);
        }

        return builder.Build();
    }

    public static Document Fixture(string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
        var authors = name.StartsWith("001", StringComparison.Ordinal) ? ["Alex Lantier"]
            : name.StartsWith("004", StringComparison.Ordinal) ? new[] { "Clara Weiss" }
            : [];
        return FromText(name, text, authors);
    }

    public static NameNormalizer Normalizer(Action<NameNormalizerOptions>? configure = null)
    {
        var options = new NameNormalizerOptions();
        configure?.Invoke(options);
        return new NameNormalizer(Options.Create(options));
    }

    /// <summary>Normalizes the fixtures in order with one normalizer (one batch) and returns them.</summary>
    public static IReadOnlyList<Document> NormalizedFixtures()
    {
        var normalizer = Normalizer();
        var documents = new List<Document>();
        foreach (var name in FixtureNames)
        {
            var document = Fixture(name);
            normalizer.NormalizeAsync(document, NormalizationContext.For(document, null)).AsTask().GetAwaiter().GetResult();
            documents.Add(document);
        }

        return documents;
    }

    public static IEnumerable<NameEntity> Names(this Document document) => document.Entities.OfType<NameEntity>();
}
