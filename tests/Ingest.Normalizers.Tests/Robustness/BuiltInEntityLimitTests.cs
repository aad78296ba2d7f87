using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Normalizers.Tests.Robustness;

/// <summary>
/// The built-in normalizers under the document's entity limit (<see cref="IngestOptions.MaxEntitiesPerDocument"/>): the
/// one that meets it stops, the ones after it do not run, and the result is <c>partial</c> with one diagnostic each
/// rather than one per refused entity.
/// </summary>
public sealed class BuiltInEntityLimitTests
{
    // Seeded sentences, each with a date, two numbers and a name.
    private static string Sentences(int seed, int count)
    {
        var random = new Random(seed);
        var names = new[] { "Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra" };
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"On {random.Next(1, 28)} May {random.Next(1950, 2020)}, {names[random.Next(names.Length)]} counted {random.Next(2, 900)} crates and {random.Next(2, 90)} boxes.\n\n");
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 150)]
    [InlineData(3, 400)]
    public async Task The_normalizer_that_meets_the_limit_stops_and_the_rest_do_not_run(int seed, int limit)
    {
        var services = new ServiceCollection();
        services.AddIngest()
            .AddTextReader()
            .AddDateNormalizer()
            .AddNumberNormalizer()
            .AddNameNormalizer()
            .Configure(o => o.MaxEntitiesPerDocument = limit);
        await using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<IIngestionService>().IngestAsync(
            new MemorySourceDocument(Encoding.UTF8.GetBytes(Sentences(seed, 500)), new Uri("memory:/crates.txt")));

        Assert.Equal(IngestStatus.Partial, result.Status);
        Assert.Equal(limit, result.Document!.Entities.Count);
        var full = Assert.Single(result.Diagnostics, d => d.Code == "normalize.entity-limit");
        Assert.Contains("names", full.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("names", result.Normalizers);
        Assert.True(result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) <= 2, string.Join("; ", result.Diagnostics.Select(d => d.Code)));
    }
}
