using Ingest.Testing;
using Ingest.Tests.Text;

namespace Ingest.Tests.Resilience;

public sealed class TextReaderFuzzTests
{
    [Fact]
    public async Task Two_thousand_seeded_mutations_of_the_fixtures_never_crash_or_hang_the_text_reader()
    {
        var fixtures = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        var failures = new List<string>();
        for (var seed = 0; seed < 2000; seed++)
        {
            var input = InputMutator.Mutate(fixtures[seed % fixtures.Length], seed);
            using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                var document = await ReaderHarness.ReadAsync(input).WaitAsync(budget.Token);
                foreach (var block in document.Blocks)
                {
                    Assert.InRange(block.Start + block.Length, 0, document.Text.Length);
                }

                foreach (var entity in document.Entities)
                {
                    Assert.Equal(entity.Text, document.Text.Substring(entity.Start, entity.Length));
                }
            }
            catch (DocumentReadException)
            {
            }
            catch (Exception ex)
            {
                failures.Add($"seed {seed}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.Empty(failures);
    }
}
