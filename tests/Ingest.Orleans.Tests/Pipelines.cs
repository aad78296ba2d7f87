namespace Ingest.Orleans.Tests;

/// <summary>The one pipeline configuration used in process and on every silo.</summary>
internal static class Pipelines
{
    public static void Configure(IIngestBuilder builder)
    {
        builder
            .AddTextReader()
            .AddDateNormalizer()
            .AddNumberNormalizer()
            .AddNameNormalizer()
            .AddNormalizer(new PacingNormalizer());

        // Named in full: with Orleans' namespaces imported, Orleans' own Configure extension competes for the call.
        Microsoft.Extensions.DependencyInjection.IngestServiceCollectionExtensions.Configure(builder, o =>
        {
            o.ReferenceDate = new DateOnly(2024, 1, 1);
            o.DocumentTimeout = Timeout.InfiniteTimeSpan;
        });
    }
}
