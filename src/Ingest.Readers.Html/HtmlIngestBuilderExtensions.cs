using Ingest.Readers.Html;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest;

/// <summary>Registers the <see cref="HtmlReader"/> on an <see cref="IIngestBuilder"/>.</summary>
public static class HtmlIngestBuilderExtensions
{
    /// <summary>Registers the HTML reader for <see cref="DocumentFormat.Html"/>, configured through the options pattern.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures <see cref="HtmlReaderOptions"/>; <see langword="null"/> keeps the defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddHtmlReader(this IIngestBuilder builder, Action<HtmlReaderOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<HtmlReaderOptions>()
            .Validate(o => o.MaxNodes > 0, "HtmlReaderOptions.MaxNodes must be at least 1.")
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return builder.AddReader<HtmlReader>();
    }
}
