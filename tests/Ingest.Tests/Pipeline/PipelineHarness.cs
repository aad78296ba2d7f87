using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Tests.Pipeline;

/// <summary>Builds an ingestion service with test readers and runs batches through it.</summary>
internal static class PipelineHarness
{
    public static ServiceProvider Build(Action<IIngestBuilder>? configure = null, Action<IngestOptions>? options = null)
    {
        var services = new ServiceCollection();
        var builder = services.AddIngest();
        builder.AddReader(new EchoReader());
        configure?.Invoke(builder);
        if (options is not null)
        {
            builder.Configure(options);
        }

        return services.BuildServiceProvider();
    }

    public static MemorySourceDocument Text(string text, string name = "doc.txt")
        => new(Encoding.UTF8.GetBytes(text), new Uri("memory:/" + name));

    public static async Task<List<IngestResult>> RunAsync(IIngestionService service, IEnumerable<SourceDocument> sources, CancellationToken cancellationToken = default)
    {
        var results = new List<IngestResult>();
        await foreach (var result in service.IngestAsync(sources, cancellationToken))
        {
            results.Add(result);
        }

        return results;
    }
}
