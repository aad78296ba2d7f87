using Ingest.Readers.Html;
using Ingest.Testing;

namespace Ingest.Readers.Html.Tests.Robustness;

public sealed class HtmlReaderFuzzTests
{
    [Fact]
    public async Task A_thousand_seeded_mutations_of_the_fixture_pages_never_crash_or_hang_the_reader()
    {
        var pages = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "html"), "*.html").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        Assert.Equal(5, pages.Length);
        var reader = new HtmlReader();
        var failures = new List<string>();
        for (var seed = 0; seed < 1000; seed++)
        {
            var input = InputMutator.Mutate(pages[seed % pages.Length], seed);
            var source = new MemorySourceDocument(input, new Uri($"https://example.test/fuzz/{seed}.html"));
            using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                using var stream = new MemoryStream(input, writable: false);
                var document = await reader.ReadAsync(stream, new ReadContext(source, MediaTypes.Html), budget.Token).AsTask().WaitAsync(budget.Token);
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
