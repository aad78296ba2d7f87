using Ingest.Readers.Pdf.GlyphSources;

namespace Ingest.Readers.Pdf.PdfPig;

/// <summary>Sets PdfPig as the second glyph source of a <see cref="PdfReaderOptions"/>, for use without dependency injection.</summary>
public static class PdfPigReaderOptionsExtensions
{
    /// <summary>
    /// Makes PdfPig supply glyphs (text, positions, sizes, fonts) to the <see cref="PdfReader"/>, whose own layout
    /// analysis still makes the words, lines, columns and blocks.
    /// </summary>
    /// <param name="options">The reader options.</param>
    /// <param name="mode">PdfPig as the fallback of Ingest's engine (the default) or as the engine.</param>
    /// <returns>The options, for chaining.</returns>
    public static PdfReaderOptions UsePdfPig(this PdfReaderOptions options, PdfPigMode mode = PdfPigMode.Fallback)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown PdfPig mode.");
        }

        options.GlyphSource = PdfPigGlyphSource.For(options);
        options.GlyphSourceMode = mode == PdfPigMode.Engine ? PdfGlyphSourceMode.Engine : PdfGlyphSourceMode.Fallback;
        return options;
    }
}
