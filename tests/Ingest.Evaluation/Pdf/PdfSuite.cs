using System.Diagnostics;
using System.Globalization;
using Ingest.Readers.Pdf;
using Ingest.Readers.Pdf.PdfPig;
using Ingest.Testing;

namespace Ingest.Evaluation.Pdf;

/// <summary>
/// Reads every PDF of a corpus folder with <see cref="PdfReader"/>: each file must yield text or a diagnostic saying why not,
/// with no unhandled exception and none over 10 s; scores word agreement with <c>pdftotext</c> when it is installed.
/// Options: <c>--no-pdftotext</c> skips the comparison; <c>--engine own|pdfpig|fallback</c> chooses the glyph source
/// (Ingest's engine, PdfPig's letters, or Ingest's engine with PdfPig as fallback; layout is Ingest's in all three);
/// <c>--half tune|report</c> keeps the files at even (tune) or odd (report) positions in name order;
/// <c>--furniture</c> keeps running headers, footers and page numbers in the text, as pdftotext does, so that
/// agreement measures the words read rather than the furniture Ingest leaves out by default.
/// </summary>
internal sealed class PdfSuite : IEvaluationSuite
{
    private static readonly TimeSpan FileLimit = TimeSpan.FromSeconds(10);

    /// <inheritdoc />
    public string Name => "pdf";

    /// <inheritdoc />
    public string Description => "PDF robustness (every file read or explained, none over 10 s) and word F1 against pdftotext; corpus: a folder of .pdf files (../shared/dev-data/pdf); --speed adds pages per second beside pdftotext; --engine own|pdfpig|fallback chooses the glyph source; --half tune|report keeps even or odd files in name order; --furniture keeps running headers and footers as pdftotext does; --memory adds the working set after each file; --dump DIR writes each file's text to DIR";

    /// <inheritdoc />
    public async Task<int> RunAsync(string corpus, IReadOnlyList<string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        files = Half(files, options);
        var compare = !options.Contains("--no-pdftotext") && PopplerTextExtraction.IsInstalled();
        var engine = EngineOption(options);
        var readerOptions = new PdfReaderOptions { TimeBudget = TimeSpan.FromSeconds(8), IncludePageFurniture = options.Contains("--furniture") };
        _ = engine switch
        {
            "pdfpig" => readerOptions.UsePdfPig(PdfPigMode.Engine),
            "fallback" => readerOptions.UsePdfPig(PdfPigMode.Fallback),
            _ => readerOptions,
        };
        var reader = new PdfReader(readerOptions);
        output.WriteLine($"engine: {engine}{(readerOptions.IncludePageFurniture ? "; page furniture kept" : string.Empty)}");
        int withText = 0, explained = 0, failedReads = 0, unhandled = 0, overLimit = 0, scored = 0;
        long extractedWords = 0, referenceWords = 0;
        double common = 0, f1Sum = 0;
        var slowest = TimeSpan.Zero;
        var readTime = TimeSpan.Zero;
        long readPages = 0;

        // --speed: each file is read a second time, warm, and timed beside pdftotext's run on it (a process per file,
        // as a user runs it), for pages per second side by side over the files both read.
        var speed = options.Contains("--speed");

        // --memory: the process's working set, its peak and the managed heap after each file, to find what raises the peak.
        var memory = options.Contains("--memory");

        // --dump DIR: each file's text is written to DIR, to compare with pdftotext's.
        var dump = options.SkipWhile(o => o != "--dump").Skip(1).FirstOrDefault();
        var ingestWarm = TimeSpan.Zero;
        var popplerTime = TimeSpan.Zero;
        long timedPages = 0;
        output.WriteLine($"{"file",-60} {"pages",5} {"ms",6} {"words",6} {"F1",6}  result");
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetRelativePath(corpus, file);
            var data = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            var clock = Stopwatch.StartNew();
            string result;
            string? text = null;
            int? pages = null;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(FileLimit + TimeSpan.FromSeconds(5));
            var task = Task.Run(async () =>
            {
                using var stream = new MemoryStream(data, writable: false);
                return await reader.ReadAsync(stream, new ReadContext(new FileSourceDocument(file), MediaTypes.Pdf), timeout.Token).ConfigureAwait(false);
            }, CancellationToken.None);
            try
            {
                var document = await task.WaitAsync(FileLimit + TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
                text = document.Text;
                pages = document.Metadata.PageCount;
                var codes = string.Join(",", document.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => d.Code).Distinct());
                if (text.Length > 0)
                {
                    withText++;
                    result = "text" + (codes.Length > 0 ? " [" + codes + "]" : string.Empty);
                }
                else if (codes.Length > 0)
                {
                    explained++;
                    result = "no text [" + codes + "]";
                }
                else
                {
                    result = "no text, NO DIAGNOSTIC";
                    unhandled++;
                }
            }
            catch (DocumentReadException ex)
            {
                failedReads++;
                result = $"failed [{ex.Code}] {ex.Message}";
            }
            catch (TimeoutException)
            {
                unhandled++;
                result = "HANG";
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                unhandled++;
                result = $"UNHANDLED {ex.GetType().Name}: {ex.Message}";
            }

            var elapsed = clock.Elapsed;
            slowest = elapsed > slowest ? elapsed : slowest;
            readTime += elapsed;
            readPages += pages ?? 0;
            if (elapsed > FileLimit)
            {
                overLimit++;
                result += " OVER 10 s";
            }

            var f1Text = "-";
            var popplerClock = Stopwatch.StartNew();
            var reference = compare ? PopplerTextExtraction.Extract(file, physicalLayout: false) : null;
            popplerClock.Stop();
            if (speed && reference is not null && text is not null && pages is > 0)
            {
                var warm = Stopwatch.StartNew();
                using (var stream = new MemoryStream(data, writable: false))
                {
                    await reader.ReadAsync(stream, new ReadContext(new FileSourceDocument(file), MediaTypes.Pdf), cancellationToken).ConfigureAwait(false);
                }

                ingestWarm += warm.Elapsed;
                popplerTime += popplerClock.Elapsed;
                timedPages += pages.Value;
            }

            if (reference is not null)
            {
                var e = WordMetrics.Words(text ?? string.Empty);
                var r = WordMetrics.Words(reference);
                if (r.Count > 0 || e.Count > 0)
                {
                    var (precision, _, f1) = WordMetrics.Score(e, r);
                    common += precision * e.Count;
                    extractedWords += e.Count;
                    referenceWords += r.Count;
                    f1Sum += f1;
                    scored++;
                    f1Text = f1.ToString("0.000", CultureInfo.InvariantCulture);
                }
            }

            if (dump is not null && text is not null)
            {
                Directory.CreateDirectory(dump);
                await File.WriteAllTextAsync(Path.Combine(dump, Path.GetFileName(file) + ".txt"), text, cancellationToken).ConfigureAwait(false);
            }

            if (memory)
            {
                using var process = Process.GetCurrentProcess();
                result += $" [memory: working set {process.WorkingSet64 >> 20} MB, peak {process.PeakWorkingSet64 >> 20} MB, managed heap {GC.GetTotalMemory(false) >> 20} MB]";
            }

            var wordCount = text is null ? 0 : WordMetrics.Words(text).Count;
            output.WriteLine($"{Truncate(name, 60),-60} {pages?.ToString(CultureInfo.InvariantCulture) ?? "-",5} {elapsed.TotalMilliseconds,6:0} {wordCount,6} {f1Text,6}  {result}");
        }

        output.WriteLine();
        output.WriteLine($"files: {files.Count}; with text: {withText}; no text but explained by a diagnostic: {explained}; refused with DocumentReadException: {failedReads}; unhandled/unexplained: {unhandled}; over 10 s: {overLimit}; slowest: {slowest.TotalSeconds:0.00} s");
        output.WriteLine($"read: {readPages} pages in {readTime.TotalSeconds:0.00} s = {readPages / Math.Max(readTime.TotalSeconds, 1e-9):0.0} pages/s (first read of each file, in process)");
        if (scored > 0)
        {
            var precision = extractedWords == 0 ? 0 : common / extractedWords;
            var recall = referenceWords == 0 ? 0 : common / referenceWords;
            var pooled = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            output.WriteLine($"word agreement with pdftotext over {scored} files: mean F1 {f1Sum / scored:0.0000}; pooled precision {precision:0.0000}, recall {recall:0.0000}, F1 {pooled:0.0000}");
        }
        else
        {
            output.WriteLine("pdftotext not available: agreement not measured.");
        }

        if (timedPages > 0)
        {
            var ingestRate = timedPages / ingestWarm.TotalSeconds;
            var popplerRate = timedPages / popplerTime.TotalSeconds;
            output.WriteLine($"speed over {timedPages} pages read by both: Ingest (warm, in process) {ingestWarm.TotalMilliseconds:0} ms = {ingestRate:0.0} pages/s; pdftotext (a process per file) {popplerTime.TotalMilliseconds:0} ms = {popplerRate:0.0} pages/s; ratio {ingestRate / popplerRate:0.00}x");
        }

        return unhandled == 0 && overLimit == 0 ? 0 : 1;
    }

    private static List<string> Half(List<string> files, IReadOnlyList<string> options)
    {
        var at = options.ToList().IndexOf("--half");
        if (at < 0)
        {
            return files;
        }

        var half = at + 1 < options.Count ? options[at + 1] : string.Empty;
        var parity = half switch
        {
            "tune" => 0,
            "report" => 1,
            _ => throw new ArgumentException($"--half must be tune or report, not '{half}'."),
        };
        return files.Where((_, i) => i % 2 == parity).ToList();
    }

    private static string EngineOption(IReadOnlyList<string> options)
    {
        var at = options.ToList().IndexOf("--engine");
        var engine = at >= 0 && at + 1 < options.Count ? options[at + 1] : "own";
        return engine is "own" or "pdfpig" or "fallback" ? engine : throw new ArgumentException($"--engine must be own, pdfpig or fallback, not '{engine}'.");
    }

    private static string Truncate(string s, int n) => s.Length <= n ? s : "…" + s[^(n - 1)..];
}
