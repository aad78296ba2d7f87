using System.Text;
using Ingest.Readers.Pdf.GlyphSources;
using Ingest.Readers.Pdf.Layout;
using Microsoft.Extensions.Options;

namespace Ingest.Readers.Pdf;

/// <summary>
/// Reads PDF files with Ingest's own engine: objects, cross-reference repair, filters, encryption, fonts and text,
/// then layout analysis into paragraphs and headings in reading order, with page numbers and bounding boxes.
/// Running headers and footers are left out of the text unless <see cref="PdfReaderOptions.IncludePageFurniture"/> is set.
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    private static readonly IReadOnlyList<DocumentFormat> PdfFormats = [DocumentFormat.Pdf];
    private readonly PdfReaderOptions _options;

    /// <summary>Creates a reader with the default options.</summary>
    public PdfReader()
        : this(new PdfReaderOptions())
    {
    }

    /// <summary>Creates a reader with <paramref name="options"/>, for use without dependency injection.</summary>
    /// <param name="options">The options.</param>
    public PdfReader(PdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Creates a reader with options from dependency injection.</summary>
    /// <param name="options">The options.</param>
    public PdfReader(IOptions<PdfReaderOptions> options)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    /// <inheritdoc />
    public string Name => "pdf";

    /// <inheritdoc />
    public IReadOnlyList<DocumentFormat> Formats => PdfFormats;

    /// <inheritdoc />
    public async ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        var limit = Math.Min(context.MaxBytes, _options.MaxFileBytes);

        // The content is read here rather than in an async helper: each async method's state machine is a framework
        // generic over a type of this assembly, which ReadyToRun leaves to the JIT in every host process.
        // A stream that knows its length (a file) is read straight into an array of that size; others grow a buffer.
        var known = content.CanSeek ? content.Length - content.Position : -1;
        var data = known is >= 0 and <= int.MaxValue - 1 && known <= limit ? new byte[known] : null;
        var buffer = data is null ? new MemoryStream() : null;
        var chunk = data is null ? new byte[81920] : new byte[1];
        var filled = 0;
        try
        {
            int n;
            while (data is not null && filled < data.Length && (n = await content.ReadAsync(data.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
            {
                filled += n;
            }

            while ((n = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                // More than the stream said it held (or a stream without a length): the rest goes through the buffer.
                if (buffer is null)
                {
                    buffer = new MemoryStream();
                    buffer.Write(data!, 0, filled);
                    data = null;
                }

                if (buffer.Length + n > limit)
                {
                    throw new DocumentReadException("pdf.limit.file-size", $"The PDF is larger than the limit of {limit} bytes.");
                }

                buffer.Write(chunk, 0, n);
                if (chunk.Length == 1)
                {
                    chunk = new byte[81920];
                }
            }
        }
        catch (IOException ex)
        {
            throw new DocumentReadException("pdf.io", "The PDF content could not be read: " + ex.Message, ex);
        }

        var bytes = buffer is not null ? buffer.ToArray() : filled == data!.Length ? data : data.AsSpan(0, filled).ToArray();
        return Read(bytes, context, cancellationToken);
    }

    /// <summary>Reads a PDF held in memory.</summary>
    /// <param name="data">The file's bytes.</param>
    /// <param name="context">The read context.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    internal Document Read(byte[] data, ReadContext context, CancellationToken cancellationToken)
    {
        var builder = new DocumentBuilder(context.Source.Uri, MediaTypes.Pdf, Math.Min(data.Length, 1 << 20));
        void Report(DiagnosticSeverity severity, string code, string message) => builder.AddDiagnostic(severity, code, message);

        try
        {
            ReadInto(data, builder, Report, cancellationToken);
        }
        catch (Exception ex) when (ex is not DocumentReadException and not OperationCanceledException)
        {
            // The engine guards every known failure; anything else must still not escape as another type.
            throw new DocumentReadException("pdf.internal-error", "The PDF could not be read: " + ex.Message, ex);
        }

        return builder.Build();
    }

    private void ReadInto(byte[] data, DocumentBuilder builder, Action<DiagnosticSeverity, string, string> report, CancellationToken cancellationToken)
    {
        var source = _options.GlyphSource;
        using var pages = source is not null && _options.GlyphSourceMode == PdfGlyphSourceMode.Engine
            ? PdfGlyphSourceReading.ReadAll(source, data, _options, builder, cancellationToken)
            : PdfEngineFallback.Read(data, _options, builder, report, cancellationToken);
        EnsureSomethingRead(pages);
        AddBlocks(pages.Pages, builder, report, cancellationToken);

        if (pages.UnmappedGlyphs > 0)
        {
            report(
                DiagnosticSeverity.Warning,
                "pdf.font.unmapped-glyphs",
                $"{pages.UnmappedGlyphs} of {pages.TotalGlyphs} glyphs have no Unicode mapping and were left out.");
        }

        if (pages.TotalGlyphs == 0 && pages.Pages.Count > 0)
        {
            report(DiagnosticSeverity.Warning, "pdf.text.none", "The PDF has no text layer (for example a scan); no text was extracted.");
        }
    }

    /// <summary>
    /// The status tells the truth: a PDF from which no page was read fails, rather than succeeding with no text; one
    /// with some pages read is partial through the error diagnostics of the pages that were not.
    /// </summary>
    private static void EnsureSomethingRead(PdfGlyphPages pages)
    {
        if (pages.Pages.Count == 0)
        {
            throw pages.StoppedBy is { } code
                ? new DocumentReadException(code, "A limit stopped reading before the first page was read.")
                : new DocumentReadException("pdf.structure.no-pages", "The page tree has no readable pages.");
        }

        if (pages.ReadableCount == 0 && !pages.HasText)
        {
            throw new DocumentReadException("pdf.page.none-readable", $"None of the {pages.Pages.Count} pages could be read.");
        }
    }

    private void AddBlocks(List<PdfPageGlyphs> pageGlyphs, DocumentBuilder builder, Action<DiagnosticSeverity, string, string> report, CancellationToken cancellationToken)
    {
        IReadOnlyList<LayoutBlock> blocks;
        try
        {
            blocks = PdfLayoutAnalyzer.Analyze(pageGlyphs, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            report(DiagnosticSeverity.Error, "pdf.layout.failed", "Layout analysis failed; the text is given per page in content order: " + ex.Message);
            blocks = ContentOrderBlocks(pageGlyphs);
        }

        var furniture = 0;
        foreach (var block in blocks)
        {
            if (block.Kind is BlockKind.PageHeader or BlockKind.PageFooter)
            {
                furniture++;
                if (!_options.IncludePageFurniture)
                {
                    continue;
                }
            }

            builder.AddBlock(block.Kind, block.Text, block.Level, page: block.PageNumber, bounds: block.Bounds);
        }

        if (furniture > 0)
        {
            builder.Metadata.Extra["pageFurnitureBlocks"] = furniture.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!_options.IncludePageFurniture)
            {
                report(DiagnosticSeverity.Info, "pdf.layout.page-furniture-removed", $"{furniture} running header, footer or page-number blocks were left out of the text.");
            }
        }
    }

    private static List<LayoutBlock> ContentOrderBlocks(List<PdfPageGlyphs> pages)
    {
        var blocks = new List<LayoutBlock>();
        foreach (var page in pages)
        {
            var text = new StringBuilder();
            PdfGlyph? previous = null;
            foreach (var glyph in page.Glyphs)
            {
                if (previous is { } p && (Math.Abs(glyph.Y - p.Y) > p.FontSize * 0.5 || glyph.X - (p.X + p.Advance) > p.SpaceWidth * 0.5))
                {
                    text.Append(' ');
                }

                text.Append(glyph.Text);
                previous = glyph;
            }

            blocks.Add(new LayoutBlock(BlockKind.Paragraph, text.ToString().Trim(), page.PageNumber, new BoundingBox(0, 0, page.Width, page.Height)));
        }

        return blocks;
    }
}
