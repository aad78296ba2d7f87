using System.Text;
using Ingest.Normalizers.Dates;
using Ingest.Normalizers.Numbers;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Normalizers.Tests.Robustness;

/// <summary>
/// A built-in normalizer that throws loses its entities, not the document: the result is <c>partial</c> with an error
/// naming the normalizer (docs/reliability.md), and the normalizers after it still run.
/// </summary>
public sealed class BuiltInNormalizerFailureTests
{
    [Fact]
    public async Task A_throwing_date_normalizer_makes_the_document_partial_and_the_numbers_still_run()
    {
        var services = new ServiceCollection();
        services.AddIngest()
            .AddTextReader()
            .AddDateNormalizer(o => o.MaxTextLength = -1) // text[..-1] throws inside the normalizer
            .AddNumberNormalizer();
        await using var provider = services.BuildServiceProvider();
        var service = provider.GetRequiredService<IIngestionService>();

        var result = await service.IngestAsync(new MemorySourceDocument(Encoding.UTF8.GetBytes("We packed 40 crates on 3 May 2021."), new Uri("memory:/crates.txt")));

        Assert.Equal(IngestStatus.Partial, result.Status);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("normalize.failed", error.Code);
        Assert.Contains("dates", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("dates", result.Normalizers);
        Assert.Contains("numbers", result.Normalizers);
        Assert.Contains(result.Document!.Entities.OfType<NumberEntity>(), n => n.Text == "40");
    }
}
