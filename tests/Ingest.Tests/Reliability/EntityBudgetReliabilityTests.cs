using Ingest.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ingest.Tests.Reliability;

public sealed class EntityBudgetReliabilityTests
{
    [Theory]
    [InlineData(1, 50)]
    [InlineData(2, 500)]
    [InlineData(3, 5_000)]
    public async Task A_normalizer_whose_entities_never_end_stops_at_the_limit_and_the_document_is_partial(int seed, int limit)
    {
        var endless = new WordNormalizer("endless", repeat: true);
        var after = new WordNormalizer("after");
        await using var provider = PipelineHarness.Build(
            b => b.AddNormalizer(endless, 10).AddNormalizer(after, 20),
            o => o.MaxEntitiesPerDocument = limit);

        var result = await provider.GetRequiredService<IIngestionService>().IngestAsync(PipelineHarness.Text(GeneratedInputs.Prose(seed, 2_000)));

        Assert.Equal(IngestStatus.Partial, result.Status);
        Assert.Equal(limit, result.Document!.Entities.Count);
        Assert.Equal(limit, endless.Added);
        Assert.Equal(0, after.Added);
        var full = result.Diagnostics.Single(d => d.Code == "normalize.entity-limit");
        Assert.Equal("normalize", full.Stage);
        Assert.Equal(DiagnosticSeverity.Error, full.Severity);
        Assert.Contains("endless", full.Message, StringComparison.Ordinal);
        Assert.Contains("after", full.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("after", result.Normalizers);
    }

    [Fact]
    public async Task A_document_under_the_limit_keeps_every_entity_and_succeeds()
    {
        var words = new WordNormalizer("words");
        var text = GeneratedInputs.Prose(7, 3_000);
        await using var provider = PipelineHarness.Build(b => b.AddNormalizer(words), o => o.MaxEntitiesPerDocument = 100_000);

        var result = await provider.GetRequiredService<IIngestionService>().IngestAsync(PipelineHarness.Text(text));

        Assert.Equal(IngestStatus.Succeeded, result.Status);
        Assert.Equal(words.Added, result.Document!.Entities.Count);
        Assert.True(words.Added > 300, $"{words.Added} words");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "normalize.entity-limit");
    }

    [Fact]
    public async Task The_limit_holds_for_each_document_of_a_batch_and_the_batch_goes_on()
    {
        var words = new WordNormalizer("words");
        await using var provider = PipelineHarness.Build(b => b.AddNormalizer(words), o => o.MaxEntitiesPerDocument = 40);
        var sources = new[] { PipelineHarness.Text("few words here", "a.txt"), PipelineHarness.Text(GeneratedInputs.Prose(3, 1_000), "b.txt"), PipelineHarness.Text("three more words", "c.txt") };

        var results = await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), sources);

        Assert.Equal([IngestStatus.Succeeded, IngestStatus.Partial, IngestStatus.Succeeded], results.OrderBy(r => r.Index).Select(r => r.Status));
        Assert.Equal([3, 40, 3], results.OrderBy(r => r.Index).Select(r => r.Document!.Entities.Count));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task A_limit_below_one_is_refused_at_start_up(int limit)
    {
        await using var provider = PipelineHarness.Build(options: o => o.MaxEntitiesPerDocument = limit);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<IngestOptions>>().Value);

        Assert.Contains("MaxEntitiesPerDocument", error.Message, StringComparison.Ordinal);
    }
}
