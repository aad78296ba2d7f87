using Ingest.Testing;

namespace Ingest.Readers.Pdf.Tests.Robustness;

public sealed class PdfReaderFuzzTests
{
    [Fact]
    public async Task Three_hundred_seeded_mutations_of_the_fixture_renditions_never_crash_or_hang_the_reader()
    {
        var pdfs = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pdf"), "*.pdf").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        Assert.Equal(10, pdfs.Length);
        var reader = new PdfReader(new PdfReaderOptions { TimeBudget = TimeSpan.FromSeconds(5) });
        var failures = new List<string>();
        for (var seed = 0; seed < 300; seed++)
        {
            var input = InputMutator.Mutate(pdfs[seed % pdfs.Length], seed);
            var source = new MemorySourceDocument(input, new Uri($"memory:/fuzz/{seed}.pdf"));
            using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                using var stream = new MemoryStream(input, writable: false);
                var document = await reader.ReadAsync(stream, new ReadContext(source, MediaTypes.Pdf), budget.Token).AsTask().WaitAsync(budget.Token);
                foreach (var block in document.Blocks)
                {
                    Assert.InRange(block.Start + block.Length, 0, document.Text.Length);
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
