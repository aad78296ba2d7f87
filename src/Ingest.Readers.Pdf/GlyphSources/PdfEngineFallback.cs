using Ingest.Readers.Pdf.Layout;

namespace Ingest.Readers.Pdf.GlyphSources;

/// <summary>
/// Ingest's own engine first, then, when a second glyph source is set, that source for what the own engine could not
/// read: the whole document when it cannot open it or finds no text in it, else each page it failed on or found no
/// text on.
/// </summary>
internal static class PdfEngineFallback
{
    /// <summary>Reads the document's glyphs.</summary>
    /// <param name="data">The file's bytes.</param>
    /// <param name="options">The reader options; <see cref="PdfReaderOptions.GlyphSource"/> is the fallback.</param>
    /// <param name="builder">Receives metadata and diagnostics.</param>
    /// <param name="report">Receives diagnostics.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public static PdfGlyphPages Read(byte[] data, PdfReaderOptions options, DocumentBuilder builder, Action<DiagnosticSeverity, string, string> report, CancellationToken cancellationToken)
    {
        var source = options.GlyphSource;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        PdfGlyphPages own;
        try
        {
            own = PdfOwnEngine.Read(data, options, builder, report, cancellationToken);
        }
        catch (DocumentReadException ex) when (source is not null)
        {
            var other = TryReadAll(source, data, Remaining(options, clock), builder, cancellationToken);
            if (other is null)
            {
                throw;
            }

            report(DiagnosticSeverity.Warning, "pdf.engine.fallback", $"Ingest's engine could not read the PDF ({ex.Code}: {ex.Message}); {source.Name} read it.");
            return other;
        }

        if (source is null)
        {
            return own;
        }

        if (!own.HasText)
        {
            var other = TryReadAll(source, data, Remaining(options, clock), builder, cancellationToken);
            if (other is { HasText: true })
            {
                own.Dispose();
                report(DiagnosticSeverity.Info, "pdf.engine.fallback", $"Ingest's engine found no text in the PDF; the text is {source.Name}'s.");
                return other;
            }

            other?.Dispose();
            return own;
        }

        if (Remaining(options, clock) is { } remaining)
        {
            FillPages(source, data, remaining, own, builder, report, cancellationToken);
        }

        return own;
    }

    /// <summary>The options with the time the own engine left of the document's budget: one budget covers both engines.</summary>
    private static PdfReaderOptions? Remaining(PdfReaderOptions options, System.Diagnostics.Stopwatch clock)
    {
        if (options.TimeBudget == Timeout.InfiniteTimeSpan)
        {
            return options;
        }

        var left = options.TimeBudget - clock.Elapsed;
        return left <= TimeSpan.Zero ? null : new PdfReaderOptions
        {
            Password = options.Password,
            TimeBudget = left,
            MaxFileBytes = options.MaxFileBytes,
            MaxStreamBytes = options.MaxStreamBytes,
            MaxDecodedBytes = options.MaxDecodedBytes,
            MaxPages = options.MaxPages,
            IncludePageFurniture = options.IncludePageFurniture,
            BudgetClock = options.BudgetClock,
        };
    }

    private static PdfGlyphPages? TryReadAll(IPdfGlyphSource source, byte[] data, PdfReaderOptions? options, DocumentBuilder builder, CancellationToken cancellationToken)
    {
        if (options is null)
        {
            return null;
        }

        try
        {
            return PdfGlyphSourceReading.ReadAll(source, data, options, builder, cancellationToken);
        }
        catch (DocumentReadException ex)
        {
            // The own engine's failure stays the document's; the second engine's reason is kept beside it.
            builder.AddDiagnostic(DiagnosticSeverity.Info, "pdf.engine.fallback-failed", $"{source.Name} could not read the PDF either ({ex.Code}): {ex.Message}");
            return null;
        }
    }

    /// <summary>Replaces the glyphs of each page the own engine failed on or found no text on with the source's, where it has text.</summary>
    private static void FillPages(IPdfGlyphSource source, byte[] data, PdfReaderOptions options, PdfGlyphPages own, DocumentBuilder builder, Action<DiagnosticSeverity, string, string> report, CancellationToken cancellationToken)
    {
        IPdfGlyphDocument? document = null;
        var filled = new List<int>();
        using var budget = PdfGlyphSourceReading.Budget(options, cancellationToken);
        try
        {
            for (var i = 0; i < own.Pages.Count && !budget.IsCancellationRequested; i++)
            {
                var page = own.Pages[i];
                if (page.Glyphs.Count > 0 && !own.FailedPages.Contains(page.PageNumber))
                {
                    continue;
                }

                document ??= PdfGlyphSourceReading.Open(source, data, options, budget.Token, cancellationToken);
                if (page.PageNumber > document.PageCount)
                {
                    continue;
                }

                // One budget covers both engines: a fallback page read that outlives it is abandoned, named by pdf.limit.time.
                var other = PdfGlyphSourceReading.ReadPage(source, document, page.PageNumber, own.Pages.Count, options, new PdfGlyphPages(null), builder, budget.Token, cancellationToken);
                if (other is null)
                {
                    break;
                }

                if (other.Glyphs.Count > page.Glyphs.Count)
                {
                    own.Pages[i] = other;
                    own.FailedPages.Remove(page.PageNumber);
                    filled.Add(page.PageNumber);
                }
            }
        }
        catch (DocumentReadException ex)
        {
            report(DiagnosticSeverity.Info, "pdf.engine.fallback-failed", $"{source.Name} could not read the pages Ingest's engine missed ({ex.Code}): {ex.Message}");
        }
        finally
        {
            document?.Dispose();
        }

        if (filled.Count > 0)
        {
            report(DiagnosticSeverity.Info, "pdf.engine.fallback-pages", $"The text of page(s) {string.Join(", ", filled)} is {source.Name}'s: Ingest's engine failed on them or found no text.");
        }
    }
}
