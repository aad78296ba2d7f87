using Ingest.Normalizers.Numbers;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest;

/// <summary>Registers the <see cref="NumberNormalizer"/> on an <see cref="IIngestBuilder"/>.</summary>
public static class NumberNormalizerBuilderExtensions
{
    /// <summary>
    /// Adds the number normalizer, which runs at <see cref="NormalizerOrder.Numbers"/> (after the date normalizer,
    /// whose entities it leaves alone).
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures the options; the defaults read English text with invariant-culture separators.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddNumberNormalizer(this IIngestBuilder builder, Action<NumberNormalizerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<NumberNormalizerOptions>();
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }

        return builder.AddNormalizer<NumberNormalizer>(NormalizerOrder.Numbers);
    }
}
