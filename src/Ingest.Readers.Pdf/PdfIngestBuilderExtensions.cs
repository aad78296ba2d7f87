using Ingest.Readers.Pdf;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest;

/// <summary>Registers the <see cref="PdfReader"/> on an <see cref="IIngestBuilder"/>.</summary>
public static class PdfIngestBuilderExtensions
{
    /// <summary>Registers the PDF reader, configured through the options pattern (<see cref="PdfReaderOptions"/>).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures the options; <see langword="null"/> keeps the defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddPdfReader(this IIngestBuilder builder, Action<PdfReaderOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PdfReaderOptions>();
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }

        if (builder.Services.Any(d => d.ImplementationInstance is ReaderRegistration r && r.ReaderType == typeof(PdfReader)))
        {
            return builder;
        }

        return builder.AddReader<PdfReader>();
    }
}
