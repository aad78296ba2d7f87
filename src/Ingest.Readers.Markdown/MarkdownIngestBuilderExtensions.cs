using Ingest.Readers.Markdown;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest;

/// <summary>Registers the <see cref="MarkdownReader"/> on an <see cref="IIngestBuilder"/>.</summary>
public static class MarkdownIngestBuilderExtensions
{
    /// <summary>
    /// Registers the Markdown reader for <see cref="MarkdownReader.MarkdownFormat"/> (<c>.md</c>, <c>.markdown</c>) with
    /// priority 1, so it reads Markdown files that the plain-text reader would otherwise take by extension.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures <see cref="MarkdownReaderOptions"/>; <see langword="null"/> keeps the defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddMarkdownReader(this IIngestBuilder builder, Action<MarkdownReaderOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<MarkdownReaderOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o => o.MaxNestingDepth > 0, "MarkdownReaderOptions.MaxNestingDepth must be positive.").ValidateOnStart();
        return builder.AddReader<MarkdownReader>(priority: 1);
    }
}
