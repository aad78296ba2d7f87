using Ingest.Chunking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Ingest;

/// <summary>Registers chunking on an <see cref="IIngestBuilder"/>.</summary>
public static class ChunkingIngestBuilderExtensions
{
    /// <summary>
    /// Registers an <see cref="IDocumentChunker"/> that sinks such as the SQLite store use to cut documents into chunks.
    /// The options are validated when the host starts.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures the budget, overlap and token counter.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddChunking(this IIngestBuilder builder, Action<ChunkingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<ChunkingOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChunkingOptions>, ChunkingOptionsValidator>());
        builder.Services.TryAddSingleton<IDocumentChunker>(sp => new DocumentChunker(sp.GetRequiredService<IOptions<ChunkingOptions>>().Value));
        return builder;
    }
}
