using Ingest.Readers.Csv;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest;

/// <summary>Registers the <see cref="CsvReader"/> on an <see cref="IIngestBuilder"/>.</summary>
public static class CsvIngestBuilderExtensions
{
    /// <summary>
    /// Registers the CSV/TSV reader for <see cref="CsvReader.CsvFormat"/> and <see cref="CsvReader.TsvFormat"/> with
    /// priority 1, so it supersedes a plugin's CSV reader of the default priority.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures <see cref="CsvReaderOptions"/>; <see langword="null"/> keeps the defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddCsvReader(this IIngestBuilder builder, Action<CsvReaderOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<CsvReaderOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o => o.MaxRows > 0 && o.MaxFieldLength > 0 && o.MaxTextLength > 0, "CsvReaderOptions limits must be positive.").ValidateOnStart();
        return builder.AddReader<CsvReader>(priority: 1);
    }
}
