using Ingest.Readers.Pdf.Layout;

namespace Ingest.Readers.Pdf.GlyphSources;

/// <summary>Reads pages with a second glyph source, turning its failures into diagnostics.</summary>
internal static class PdfGlyphSourceReading
{
    /// <summary>Reads every page of the document with <paramref name="source"/>; throws <see cref="DocumentReadException"/> when it cannot open it.</summary>
    /// <param name="source">The glyph source.</param>
    /// <param name="data">The file's bytes.</param>
    /// <param name="options">The reader options (password, page limit, time budget).</param>
    /// <param name="builder">Receives page diagnostics.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public static PdfGlyphPages ReadAll(IPdfGlyphSource source, byte[] data, PdfReaderOptions options, DocumentBuilder builder, CancellationToken cancellationToken)
    {
        using var budget = Budget(options, cancellationToken);
        using var document = Open(source, data, options, budget.Token, cancellationToken);
        var result = new PdfGlyphPages(null);
        var count = Math.Min(document.PageCount, options.MaxPages);
        builder.Metadata.PageCount = count;
        for (var number = 1; number <= count; number++)
        {
            if (budget.IsCancellationRequested)
            {
                cancellationToken.ThrowIfCancellationRequested();
                StopForTime(options, number, count, result, builder);
                break;
            }

            if (ReadPage(source, document, number, count, options, result, builder, budget.Token, cancellationToken) is not { } page)
            {
                break;
            }

            result.Pages.Add(page);
        }

        result.TotalGlyphs = result.Pages.Sum(p => p.Glyphs.Count);
        return result;
    }

    /// <summary>
    /// A token that the caller's cancellation or the end of the document's time budget cancels: a glyph source whose
    /// page reads cannot be interrupted (PdfPig) stops waiting for them on it.
    /// </summary>
    /// <param name="options">The reader options, for the time budget.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public static PdfGlyphSourceBudget Budget(PdfReaderOptions options, CancellationToken cancellationToken)
        => new(options.TimeBudget, options.BudgetClock, cancellationToken);

    /// <summary>Opens the document with <paramref name="source"/>, wrapping its failures in <see cref="DocumentReadException"/>.</summary>
    /// <param name="source">The glyph source.</param>
    /// <param name="data">The file's bytes.</param>
    /// <param name="options">The reader options.</param>
    /// <param name="budget">The token of <see cref="Budget"/>: opening is part of the document's time budget.</param>
    /// <param name="cancellationToken">The caller's token: its cancellation still throws.</param>
    public static IPdfGlyphDocument Open(IPdfGlyphSource source, byte[] data, PdfReaderOptions options, CancellationToken budget, CancellationToken cancellationToken)
    {
        try
        {
            return source.Open(data, options.Password, budget);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DocumentReadException($"pdf.{source.Name}.open-timeout", $"{source.Name} did not open the PDF within the time budget of {options.TimeBudget.TotalSeconds:0.#} s.", ex);
        }
        catch (Exception ex) when (ex is not (DocumentReadException or OperationCanceledException))
        {
            throw new DocumentReadException($"pdf.{source.Name}.unreadable", $"{source.Name} could not read the PDF: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Reads one page; a page that fails is recorded in <paramref name="result"/> and comes back empty. When the time
    /// budget runs out during the page, the <c>pdf.limit.time</c> diagnostic names it and the result is <see langword="null"/>:
    /// reading stops, the pages read before it are kept; a document-wide limit met inside the page (<c>pdf.limit.memory</c>)
    /// stops reading the same way under its own code.
    /// </summary>
    /// <param name="source">The glyph source, for its name.</param>
    /// <param name="document">The open document.</param>
    /// <param name="number">The 1-based page number.</param>
    /// <param name="count">The number of pages to read, for the diagnostic.</param>
    /// <param name="options">The reader options, for the time budget.</param>
    /// <param name="result">Records failed pages and the limit that stopped reading.</param>
    /// <param name="builder">Receives the page diagnostic.</param>
    /// <param name="budget">The token of <see cref="Budget"/>.</param>
    /// <param name="cancellationToken">The caller's token: its cancellation still throws.</param>
    public static PdfPageGlyphs? ReadPage(IPdfGlyphSource source, IPdfGlyphDocument document, int number, int count, PdfReaderOptions options, PdfGlyphPages result, DocumentBuilder builder, CancellationToken budget, CancellationToken cancellationToken)
    {
        try
        {
            return document.ReadPage(number, budget);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            StopForTime(options, number, count, result, builder);
            return null;
        }
        catch (DocumentReadException ex) when (ex.Code.StartsWith("pdf.limit.", StringComparison.Ordinal) && ex.Code != "pdf.limit.decompression")
        {
            // A document-wide limit (memory) met inside a page stops reading, as in the own engine; one stream over its
            // own limit (decompression) fails only its page, below.
            builder.AddDiagnostic(DiagnosticSeverity.Error, ex.Code, $"{ex.Message} Reading stopped at page {number} of {count}.", $"page {number}");
            result.StoppedBy = ex.Code;
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Error, "pdf.page.failed", $"Page {number} could not be read by {source.Name}: {ex.Message}", $"page {number}");
            result.FailedPages.Add(number);
            return new PdfPageGlyphs(number, 612, 792, PdfGlyphRun.Empty);
        }
    }

    private static void StopForTime(PdfReaderOptions options, int number, int count, PdfGlyphPages result, DocumentBuilder builder)
    {
        builder.AddDiagnostic(DiagnosticSeverity.Error, "pdf.limit.time", $"The time budget of {options.TimeBudget.TotalSeconds:0.#} s was spent. Reading stopped at page {number} of {count}.", $"page {number}");
        result.StoppedBy = "pdf.limit.time";
    }
}
