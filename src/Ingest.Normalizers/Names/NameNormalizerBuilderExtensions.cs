using Microsoft.Extensions.DependencyInjection;
using Ingest.Normalizers.Names;

namespace Ingest;

/// <summary>Registers the name normalizer on an <see cref="IIngestBuilder"/>.</summary>
public static class NameNormalizerBuilderExtensions
{
    /// <summary>
    /// Adds the name normalizer: people, places and organisations as <see cref="NameEntity"/> entities, spellings folded
    /// and mentions linked within and across documents. Plugins add aliases by registering an <see cref="INameAliasSource"/>.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddNameNormalizer(this IIngestBuilder builder, Action<NameNormalizerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<NameNormalizerOptions>();
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }

        return builder.AddNormalizer<NameNormalizer>(NormalizerOrder.Names);
    }
}
