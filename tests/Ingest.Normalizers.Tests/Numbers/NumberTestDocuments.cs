using Ingest.Normalizers.Numbers;

namespace Ingest.Normalizers.Tests.Numbers;

/// <summary>Builds documents the way the tests need them and runs the number normalizer.</summary>
internal static class NumberTestDocuments
{
    /// <summary>Reads a fixture as one paragraph per non-empty line and returns its numbers.</summary>
    public static async Task<List<NumberEntity>> NormalizeFixtureAsync(string fixture, NumberNormalizerOptions? options = null)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture);
        var builder = new DocumentBuilder(new Uri(path), "text/plain");
        foreach (var line in await File.ReadAllLinesAsync(path))
        {
            if (line.Trim().Length > 0)
            {
                builder.AddBlock(BlockKind.Paragraph, line);
            }
        }

        return await NormalizeAsync(builder.Build(), options);
    }

    /// <summary>Returns the numbers of one paragraph of text.</summary>
    public static Task<List<NumberEntity>> NormalizeTextAsync(string text, NumberNormalizerOptions? options = null)
    {
        var builder = new DocumentBuilder(new Uri("urn:test:numbers"), "text/plain");
        builder.AddBlock(BlockKind.Paragraph, text);
        return NormalizeAsync(builder.Build(), options);
    }

    public static async Task<List<NumberEntity>> NormalizeAsync(Document document, NumberNormalizerOptions? options = null)
    {
        var normalizer = new NumberNormalizer(options ?? new NumberNormalizerOptions());
        await normalizer.NormalizeAsync(document, new NormalizationContext(null, ReferenceDateOrigin.None));
        return document.Entities.OfType<NumberEntity>().ToList();
    }
}
