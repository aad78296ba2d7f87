using Ingest.Normalizers.Dates;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest;

/// <summary>Registers the <see cref="DateNormalizer"/>.</summary>
public static class DateNormalizerBuilderExtensions
{
    /// <summary>Adds the date normalizer, running at <see cref="NormalizerOrder.Dates"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures <see cref="DateNormalizerOptions"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddDateNormalizer(this IIngestBuilder builder, Action<DateNormalizerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DateNormalizerOptions>();
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }

        return builder.AddNormalizer<DateNormalizer>(NormalizerOrder.Dates);
    }
}
