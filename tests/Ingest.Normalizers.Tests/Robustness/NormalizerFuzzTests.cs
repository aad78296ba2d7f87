using System.Text;
using Ingest.Normalizers.Dates;
using Ingest.Normalizers.Names;
using Ingest.Normalizers.Numbers;
using Ingest.Testing;

namespace Ingest.Normalizers.Tests.Robustness;

public sealed class NormalizerFuzzTests
{
    [Fact]
    public async Task A_thousand_seeded_mutations_of_the_fixture_texts_never_crash_the_normalizers_and_entities_match_the_text()
    {
        var fixtures = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        IDocumentNormalizer[] normalizers = [new DateNormalizer(), new NumberNormalizer(), new NameNormalizer(Microsoft.Extensions.Options.Options.Create(new NameNormalizerOptions()))];
        var failures = new List<string>();
        for (var seed = 0; seed < 1000; seed++)
        {
            var text = Encoding.UTF8.GetString(InputMutator.Mutate(fixtures[seed % fixtures.Length], seed));
            var builder = new DocumentBuilder(new Uri($"memory:/fuzz/{seed}"), MediaTypes.PlainText);
            foreach (var paragraph in text.Split("\n\n"))
            {
                builder.AddBlock(BlockKind.Paragraph, paragraph);
            }

            var document = builder.Build();
            var context = new NormalizationContext(seed % 2 == 0 ? new DateOnly(2020, 11, 12) : null, ReferenceDateOrigin.Configured);
            foreach (var normalizer in normalizers)
            {
                try
                {
                    await normalizer.NormalizeAsync(document, context);
                }
                catch (Exception ex)
                {
                    failures.Add($"seed {seed}, {normalizer.Name}: {ex.GetType().Name}: {ex.Message}");
                }
            }

            foreach (var entity in document.Entities)
            {
                if (entity.Start + entity.Length > document.Text.Length || document.Text.Substring(entity.Start, entity.Length) != entity.Text)
                {
                    failures.Add($"seed {seed}: {entity} does not match the text");
                }
            }
        }

        Assert.Empty(failures);
    }
}
