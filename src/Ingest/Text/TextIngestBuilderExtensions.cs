using Microsoft.Extensions.DependencyInjection;

namespace Ingest;

/// <summary>Registers the <see cref="PlainTextReader"/> on an <see cref="IIngestBuilder"/>.</summary>
public static class TextIngestBuilderExtensions
{
    /// <summary>Registers the plain-text reader for <see cref="DocumentFormat.PlainText"/>, configured with the options pattern.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures <see cref="PlainTextReaderOptions"/>; may be called more than once.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddTextReader(this IIngestBuilder builder, Action<PlainTextReaderOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<PlainTextReaderOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        var registered = false;
        foreach (var descriptor in builder.Services)
        {
            if (descriptor.ImplementationInstance is ReaderRegistration registration && registration.ReaderType == typeof(PlainTextReader))
            {
                registered = true;
                break;
            }
        }

        if (!registered)
        {
            builder.AddReader<PlainTextReader>();
        }

        return builder;
    }
}
