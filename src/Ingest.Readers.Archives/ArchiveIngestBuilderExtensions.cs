using Ingest.Readers.Archives;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ingest;

/// <summary>Registers the <see cref="ZipReader"/> and <see cref="EpubReader"/> on an <see cref="IIngestBuilder"/>.</summary>
public static class ArchiveIngestBuilderExtensions
{
    /// <summary>
    /// Registers the ZIP and EPUB readers, also as <see cref="IContainerReader"/>s so that
    /// the pipeline ingests their entries as child documents (<c>IngestOptions.Containers</c>).
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures <see cref="ArchiveReaderOptions"/>; <see langword="null"/> keeps the defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddArchiveReaders(this IIngestBuilder builder, Action<ArchiveReaderOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<ArchiveReaderOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(
            o => o.MaxEntries > 0 && o.MaxEntryBytes > 0 && o.MaxTotalBytes > 0 && o.MaxCompressionRatio >= 2,
            "ArchiveReaderOptions: every limit must be positive and the compression ratio at least 2.").ValidateOnStart();
        builder.AddReader<ZipReader>().AddReader<EpubReader>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IContainerReader, ZipReader>(sp => sp.GetRequiredService<ZipReader>()));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IContainerReader, EpubReader>(sp => sp.GetRequiredService<EpubReader>()));
        return builder;
    }
}
