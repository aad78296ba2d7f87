using Ingest.Readers.Pdf.GlyphSources;
using UglyToad.PdfPig;

namespace Ingest.Readers.Pdf.PdfPig;

/// <summary>PdfPig as a glyph source: it parses the file and its fonts; the reader's own layout analysis does the rest.</summary>
internal sealed class PdfPigGlyphSource : IPdfGlyphSource
{
    /// <summary>The one instance: the source holds no state.</summary>
    public static PdfPigGlyphSource Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "pdfpig";

    /// <inheritdoc />
    public IPdfGlyphDocument Open(byte[] data, string? password, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var options = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false };
        if (password is not null)
        {
            options.Password = password;
        }

        try
        {
            return new PdfPigGlyphDocument(PdfDocument.Open(data, options));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new DocumentReadException("pdf.pdfpig.unreadable", "PdfPig could not read the PDF: " + ex.Message, ex);
        }
    }
}
