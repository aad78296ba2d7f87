using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Fonts;
using Ingest.Readers.Pdf.Layout;
using Ingest.Readers.Pdf.Limits;
using Ingest.Readers.Pdf.Metadata;
using Ingest.Readers.Pdf.Parsing;
using Ingest.Readers.Pdf.Structure;

namespace Ingest.Readers.Pdf;

/// <summary>
/// Ingest's own engine: opens the file (cross-reference repair, encryption), reads the metadata and the page tree,
/// and runs each page's content into glyphs, within the document's time and memory budget.
/// </summary>
internal static class PdfOwnEngine
{
    /// <summary>Reads the glyphs of every page; throws <see cref="DocumentReadException"/> when the file cannot be opened.</summary>
    /// <param name="data">The file's bytes.</param>
    /// <param name="options">The reader options.</param>
    /// <param name="builder">Receives the metadata and page diagnostics.</param>
    /// <param name="report">Receives diagnostics.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public static PdfGlyphPages Read(byte[] data, PdfReaderOptions options, DocumentBuilder builder, Action<DiagnosticSeverity, string, string> report, CancellationToken cancellationToken)
    {
        var budget = new PdfReadBudget(options.TimeBudget, options.MaxStreamBytes, options.MaxDecodedBytes, cancellationToken);
        var store = Open(data, options.Password, budget, report);
        try
        {
            PdfMetadataReader.Read(store, builder.Metadata, report);
        }
        catch (PdfLimitExceededException ex)
        {
            report(DiagnosticSeverity.Warning, ex.Code, ex.Message);
        }

        var pages = ReadPageTree(store, options.MaxPages, report);
        builder.Metadata.PageCount = pages.Count;
        if (store.IsEncrypted)
        {
            report(DiagnosticSeverity.Info, "pdf.encrypted.decrypted", "The PDF is encrypted; it was decrypted with the standard security handler.");
        }

        var interpreter = new PdfContentInterpreter(store, new PdfFontLoader(store));
        var result = new PdfGlyphPages(interpreter);
        try
        {
            foreach (var page in pages)
            {
                if (!ReadPage(interpreter, page, pages.Count, result, builder, report))
                {
                    break;
                }
            }
        }
        catch
        {
            result.Dispose();
            throw;
        }

        result.UnmappedGlyphs = interpreter.UnmappedGlyphs;
        result.TotalGlyphs = interpreter.TotalGlyphs;
        return result;
    }

    private static PdfObjectStore Open(byte[] data, string? password, PdfReadBudget budget, Action<DiagnosticSeverity, string, string> report)
    {
        try
        {
            return PdfObjectStore.Open(data, password, budget, report);
        }
        catch (PdfLimitExceededException ex)
        {
            throw new DocumentReadException(ex.Code, ex.Message, ex);
        }
        catch (PdfFormatException ex)
        {
            throw new DocumentReadException("pdf.structure.unreadable", ex.Message, ex);
        }
    }

    private static List<PdfPage> ReadPageTree(PdfObjectStore store, int maxPages, Action<DiagnosticSeverity, string, string> report)
    {
        List<PdfPage> pages;
        try
        {
            pages = PdfPageTree.GetPages(store, maxPages + 1);
        }
        catch (PdfLimitExceededException ex)
        {
            report(DiagnosticSeverity.Error, ex.Code, ex.Message);
            pages = [];
        }

        if (pages.Count > maxPages)
        {
            pages.RemoveAt(pages.Count - 1);
            report(DiagnosticSeverity.Warning, "pdf.limit.pages", $"Only the first {maxPages} pages were read.");
        }

        return pages;
    }

    /// <summary>Reads one page into <paramref name="result"/>; false when a document-wide limit stops reading.</summary>
    private static bool ReadPage(PdfContentInterpreter interpreter, PdfPage page, int pageCount, PdfGlyphPages result, DocumentBuilder builder, Action<DiagnosticSeverity, string, string> report)
    {
        var location = $"page {page.Number}";
        try
        {
            result.Pages.Add(interpreter.Interpret(page));
            if (interpreter.PageShortfall is { } shortfall)
            {
                // Part of the page was not read: an error, so the document is partial rather than silently short.
                result.FailedPages.Add(page.Number);
                builder.AddDiagnostic(DiagnosticSeverity.Error, shortfall.Code, $"Page {page.Number}: {shortfall.Message}", location);
            }

            if (interpreter.MemoryBoundReached)
            {
                result.StoppedBy = "pdf.limit.memory";
                return false;
            }

            return true;
        }
        catch (PdfLimitExceededException ex) when (ex.Code != "pdf.limit.decompression")
        {
            report(DiagnosticSeverity.Error, ex.Code, $"{ex.Message} Reading stopped at page {page.Number} of {pageCount}.");
            result.StoppedBy = ex.Code;
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Error, "pdf.page.failed", $"Page {page.Number} could not be read: {ex.Message}", location);
            result.FailedPages.Add(page.Number);
            result.Pages.Add(new PdfPageGlyphs(page.Number, page.Width, page.Height, PdfGlyphRun.Empty));
            return true;
        }
    }
}
