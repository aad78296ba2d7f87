using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.VectorData;

namespace Ingest.Store.VectorData.Tests;

public sealed class VectorStoreSinkTests
{
    private static readonly string Fixture = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt").Order(StringComparer.Ordinal).First();

    [Fact]
    public async Task Every_chunk_is_upserted_with_its_embedding_and_provenance_and_reingesting_overwrites_it()
    {
        var store = new RecordingVectorStore();
        await using var provider = Build(store, dimensions: 8);
        var sink = provider.GetServices<IResultSink>().Single();
        var result = await provider.GetRequiredService<IIngestionService>().IngestAsync(new FileSourceDocument(Fixture));

        await sink.WriteAsync(result);
        var collection = store.Collections["news"];
        var first = collection.Records.Count;
        await sink.WriteAsync(result);

        Assert.True(collection.Created);
        Assert.True(first > 3);
        Assert.Equal(first, collection.Records.Count);
        Assert.All(collection.Records.Values, r => Assert.Equal(r.Text.Length, r.Embedding.Span[0]));
        Assert.All(collection.Records.Values, r => Assert.Equal(result.Source.ToString(), r.Source));
        Assert.Equal(Enumerable.Range(0, first), collection.Records.Values.Select(r => r.ChunkIndex).Order());
        var vector = Assert.Single(collection.Definition!.Properties.OfType<VectorStoreVectorProperty>());
        Assert.Equal(8, vector.Dimensions);
    }

    [Fact]
    public void Missing_dimensions_are_refused_at_start_up()
    {
        var services = new ServiceCollection();
        services.AddIngest(b => b.AddVectorStoreSink(o => o.CollectionName = "news"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<VectorStoreSinkOptions>>().Value);

        Assert.Contains("Dimensions", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(RecordingVectorStore store, int dimensions)
    {
        var services = new ServiceCollection();
        services.AddSingleton<VectorStore>(store);
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new CountingEmbeddingGenerator(dimensions));
        services.AddIngest(b => b
            .AddTextReader()
            .AddChunking(o => o.MaxTokens = 600)
            .AddVectorStoreSink(o =>
            {
                o.CollectionName = "news";
                o.Dimensions = dimensions;
                o.BatchSize = 4;
            }));
        return services.BuildServiceProvider();
    }
}
