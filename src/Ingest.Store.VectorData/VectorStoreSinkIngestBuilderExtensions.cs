using Ingest.Store.VectorData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Ingest;

/// <summary>Registers the vector-store sink on an <see cref="IIngestBuilder"/>.</summary>
public static class VectorStoreSinkIngestBuilderExtensions
{
    /// <summary>
    /// Adds a result sink that writes every document's chunks, embedded by the registered
    /// <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c>, to a collection of the registered
    /// <c>Microsoft.Extensions.VectorData.VectorStore</c> (any connector), as <see cref="ChunkRecord"/>s.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the collection name, the embedding dimensions and the batch size.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddVectorStoreSink(this IIngestBuilder builder, Action<VectorStoreSinkOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddOptions<VectorStoreSinkOptions>().Configure(configure).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VectorStoreSinkOptions>, VectorStoreSinkOptionsValidator>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IResultSink, VectorStoreResultSink>());
        return builder;
    }
}
