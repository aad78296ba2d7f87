using Ingest.Readers.Pdf;
using Ingest.Readers.Pdf.PdfPig;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest;

/// <summary>Registers the PDF reader with PdfPig as its second glyph source on an <see cref="IIngestBuilder"/>.</summary>
public static class PdfPigIngestBuilderExtensions
{
    /// <summary>
    /// Registers the PDF reader (as <see cref="PdfIngestBuilderExtensions.AddPdfReader"/> does) with PdfPig supplying
    /// glyphs as <paramref name="mode"/> says; Ingest's layout analysis makes the blocks from either engine's glyphs.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="mode">PdfPig as the fallback of Ingest's engine (the default) or as the engine.</param>
    /// <param name="configure">Configures the other reader options; <see langword="null"/> keeps the defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddPdfPigReader(this IIngestBuilder builder, PdfPigMode mode = PdfPigMode.Fallback, Action<PdfReaderOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown PdfPig mode.");
        }

        builder.AddPdfReader(configure);
        builder.Services.PostConfigure<PdfReaderOptions>(options => options.UsePdfPig(mode));
        return builder;
    }
}
