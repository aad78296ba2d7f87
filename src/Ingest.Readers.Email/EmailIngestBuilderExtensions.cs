using Ingest.Readers.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ingest;

/// <summary>Registers the <see cref="EmailReader"/> on an <see cref="IIngestBuilder"/>.</summary>
public static class EmailIngestBuilderExtensions
{
    /// <summary>
    /// Registers the e-mail reader for <see cref="EmailReader.EmailFormat"/> and as an <see cref="IContainerReader"/>,
    /// so the pipeline ingests its attachments as child documents (<c>IngestOptions.Containers</c>).
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures <see cref="EmailReaderOptions"/>; <see langword="null"/> keeps the defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddEmailReader(this IIngestBuilder builder, Action<EmailReaderOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<EmailReaderOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o => o.MaxParts > 0 && o.MaxNestingDepth > 0, "EmailReaderOptions limits must be positive.").ValidateOnStart();
        builder.AddReader<EmailReader>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IContainerReader, EmailReader>(sp => sp.GetRequiredService<EmailReader>()));
        return builder;
    }
}
