using Ingest.Readers.Office;
using Ingest.Readers.Office.Presentation;
using Ingest.Readers.Office.Spreadsheet;
using Ingest.Readers.Office.Word;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest;

/// <summary>Registers the Word, Excel and PowerPoint readers on an <see cref="IIngestBuilder"/>.</summary>
public static class OfficeIngestBuilderExtensions
{
    /// <summary>
    /// Registers the <see cref="DocxReader"/>, <see cref="XlsxReader"/> and <see cref="PptxReader"/> for
    /// <see cref="OfficeFormats.Docx"/>, <see cref="OfficeFormats.Xlsx"/> and <see cref="OfficeFormats.Pptx"/>,
    /// configured through the options pattern and validated at start-up.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures <see cref="OfficeReaderOptions"/>; <see langword="null"/> keeps the defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddOfficeReaders(this IIngestBuilder builder, Action<OfficeReaderOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<OfficeReaderOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(IsValid, "OfficeReaderOptions: every limit must be positive and the compression ratio at least 2.").ValidateOnStart();
        return builder.AddReader<DocxReader>().AddReader<XlsxReader>().AddReader<PptxReader>();
    }

    private static bool IsValid(OfficeReaderOptions options)
    {
        try
        {
            options.Validate();
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
