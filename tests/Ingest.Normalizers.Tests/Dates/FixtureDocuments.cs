using Ingest.Normalizers.Dates;

namespace Ingest.Normalizers.Tests.Dates;

/// <summary>Builds documents from the fixture articles and runs the date normalizer over them.</summary>
internal static class FixtureDocuments
{
    public static Document Load(string name, DateOnly? published)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        var builder = new DocumentBuilder(new Uri(path), "text/plain");
        foreach (var line in File.ReadAllLines(path))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                builder.AddBlock(BlockKind.Paragraph, line.AsSpan());
            }
        }

        builder.Metadata.Published = published;
        return builder.Build();
    }

    public static async Task<List<DateEntity>> NormalizeAsync(Document document, DateOnly? configured = null, DateNormalizerOptions? options = null)
    {
        var normalizer = options is null ? new DateNormalizer() : new DateNormalizer(options);
        await normalizer.NormalizeAsync(document, NormalizationContext.For(document, configured));
        return document.Entities.OfType<DateEntity>().ToList();
    }

    public static List<(string Text, string Value)> Pairs(IEnumerable<DateEntity> dates) => dates.Select(d => (d.Text, d.Value)).ToList();
}
