using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Readers.Pdf;
using Ingest.Readers.Pdf.PdfPig;
using Ingest.Testing;

namespace Ingest.Evaluation.Pdf;

/// <summary>
/// Scores PDF renditions of the fixture texts (tests/Fixtures/pdf/layout, made by make-layouts.sh, or the plain
/// renditions in tests/Fixtures/pdf) against the fixture each was rendered from, with the figures and thresholds of
/// the layout unit tests (LayoutRenditionTests): word precision, recall and F1, word-bigram order, split words and
/// running header, footer or page-number lines left in the body; <c>pdftotext</c> is scored beside
/// <see cref="PdfReader"/> on the same files, in its default reading order and with <c>-layout</c>. The reader is scored
/// with each glyph source: its own engine (<c>ingest</c>) and PdfPig's letters under the same layout analysis
/// (<c>ingest+pdfpig</c>).
/// A file named <c>kind-NNN.pdf</c> or <c>kind-NNN_hash.pdf</c> is scored against its own ground truth <c>kind-NNN.txt</c>
/// beside it when there is one (the producer corpus, tests/Fixtures/pdf/producers/make-producers.sh), else against
/// <c>NNN_*.txt</c>, looked up in <c>--fixtures DIR</c> or else in the nearest folder above the corpus that holds it.
/// Documents are split in two halves: even fixture documents (000, 002, 004) tune, odd ones and the documents
/// numbered 100 and above (texts written for the corpus) report; the summary gives every kind for each half.
/// Options: <c>--fixtures DIR</c>; <c>--no-pdftotext</c> scores Ingest alone; <c>--engine own|pdfpig|both</c> (both by
/// default) chooses the glyph sources scored; <c>--half tune|report</c> keeps one half of the documents;
/// <c>--verbose</c> lists the missing and extra words under every row that is not exact; <c>--dump DIR</c> writes Ingest's text of each file there.
/// </summary>
internal sealed partial class PdfLayoutSuite : IEvaluationSuite
{
    private const string IngestTool = "ingest";

    private const string PdfPigTool = "ingest+pdfpig";

    private static readonly string[] Halves = ["tune", "report"];

    /// <inheritdoc />
    public string Name => "pdf-layout";

    /// <inheritdoc />
    public string Description => "PDF renditions of the fixture texts: word P/R/F1, bigram order, split words, header/footer lines in the body, Ingest (own engine and PdfPig glyphs) beside pdftotext; corpus: tests/Fixtures/pdf/layout (or tests/Fixtures/pdf); --fixtures DIR; --engine own|pdfpig|both; --half tune|report";

    /// <inheritdoc />
    public async Task<int> RunAsync(string corpus, IReadOnlyList<string> options, TextWriter output, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(corpus))
        {
            await output.WriteLineAsync($"corpus folder not found: {corpus}");
            return 2;
        }

        var fixturesOption = options.SkipWhile(o => o != "--fixtures").Skip(1).FirstOrDefault();
        var compare = !options.Contains("--no-pdftotext") && PopplerTextExtraction.IsInstalled();
        var verbose = options.Contains("--verbose");
        var dump = options.SkipWhile(o => o != "--dump").Skip(1).FirstOrDefault();
        var halfOption = options.SkipWhile(o => o != "--half").Skip(1).FirstOrDefault();
        if (halfOption is not null && !Halves.Contains(halfOption))
        {
            await output.WriteLineAsync($"--half must be tune or report, not '{halfOption}'.");
            return 2;
        }

        var engineOption = options.SkipWhile(o => o != "--engine").Skip(1).FirstOrDefault() ?? "both";
        var readers = new List<(string Tool, PdfReader Reader)>();
        if (engineOption is "own" or "both")
        {
            readers.Add((IngestTool, new PdfReader(new PdfReaderOptions())));
        }

        if (engineOption is "pdfpig" or "both")
        {
            readers.Add((PdfPigTool, new PdfReader(new PdfReaderOptions().UsePdfPig(PdfPigMode.Engine))));
        }

        if (readers.Count == 0)
        {
            await output.WriteLineAsync($"--engine must be own, pdfpig or both, not '{engineOption}'.");
            return 2;
        }

        // Top level only: the plain renditions folder also holds the layout and encrypted folders, which are not renditions of it.
        var files = Directory.EnumerateFiles(corpus, "*.pdf", SearchOption.TopDirectoryOnly).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var scores = new List<LayoutScore>();
        var fileWidth = Math.Max(4, files.Select(f => Path.GetFileName(f).Length).DefaultIfEmpty(0).Max());
        const int toolWidth = 17;
        await output.WriteLineAsync($"{"file".PadRight(fileWidth)} {"tool".PadRight(toolWidth)} {"P",6} {"R",6} {"F1",6} {"bigram",6} {"split",5} {"leaked",6} {"pages",5}  thresholds (F1 >= {LayoutScore.F1Threshold}, bigram >= {LayoutScore.BigramThreshold}, split 0, leaked 0)");
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(file);
            var match = RenditionName().Match(Path.GetFileNameWithoutExtension(file));
            var truth = Path.ChangeExtension(file, ".txt");
            var fixture = !match.Success ? null : File.Exists(truth) ? truth : FindFixture(match.Groups["id"].Value, fixturesOption, corpus);
            if (!match.Success || fixture is null)
            {
                await output.WriteLineAsync($"{name.PadRight(fileWidth)} no fixture text found (expected kind-NNN.pdf and NNN_*.txt)");
                continue;
            }

            var reference = await File.ReadAllTextAsync(fixture, cancellationToken);
            var kind = match.Groups["kind"].Value;
            var half = HalfOf(match.Groups["id"].Value);

            if (halfOption is not null && half != halfOption)
            {
                continue;
            }

            foreach (var (tool, reader) in readers)
            {
                var row = await ScoreReaderAsync(file, name, kind, half, tool, reader, reference, dump, cancellationToken);
                scores.Add(row.Score);
                await output.WriteLineAsync(row.Score.Format(fileWidth, toolWidth));
                if (verbose && row.Score.F1 < 1)
                {
                    await output.WriteLineAsync(WordDifferences(row.Text, reference));
                }
            }

            if (!compare)
            {
                continue;
            }

            foreach (var physicalLayout in new[] { false, true })
            {
                var tool = physicalLayout ? "pdftotext -layout" : "pdftotext";
                if (PopplerTextExtraction.Extract(file, physicalLayout) is { } text)
                {
                    // pdftotext ends every page with a form feed.
                    var popplerRow = Score(name, kind, half, tool, text, reference, text.Count(c => c == '\f'));
                    scores.Add(popplerRow);
                    await output.WriteLineAsync(popplerRow.Format(fileWidth, toolWidth));
                    if (verbose && popplerRow.F1 < 1)
                    {
                        await output.WriteLineAsync(WordDifferences(text, reference));
                    }
                }
                else
                {
                    await output.WriteLineAsync($"{name.PadRight(fileWidth)} {tool.PadRight(toolWidth)} failed");
                }
            }
        }

        if (!compare)
        {
            await output.WriteLineAsync("pdftotext not run (not installed, or --no-pdftotext).");
        }

        await WriteSummaryAsync(scores, output);
        return scores.Any(s => s.Tool == IngestTool && s.Misses.Length > 0) ? 1 : 0;
    }

    /// <summary>Body text as the unit tests read it: default options, so running headers and footers are left out.</summary>
    private static async Task<(LayoutScore Score, string Text)> ScoreReaderAsync(
        string file, string name, string kind, string half, string tool, PdfReader reader, string reference, string? dump, CancellationToken cancellationToken)
    {
        Document document;
        await using (var stream = File.OpenRead(file))
        {
            document = await reader.ReadAsync(stream, new ReadContext(new FileSourceDocument(file), MediaTypes.Pdf), cancellationToken);
        }

        if (dump is not null)
        {
            Directory.CreateDirectory(dump);
            var suffix = tool == IngestTool ? ".ingest.txt" : ".pdfpig.txt";
            await File.WriteAllTextAsync(Path.Combine(dump, Path.ChangeExtension(name, suffix)), document.Text, cancellationToken);
        }

        return (Score(name, kind, half, tool, document.Text, reference, document.Metadata.PageCount ?? 0), document.Text);
    }

    private static LayoutScore Score(string file, string kind, string half, string tool, string text, string reference, int pages)
    {
        var (precision, recall, f1) = WordMetrics.Score(text, reference);
        return new LayoutScore(file, kind, tool, precision, recall, f1, WordMetrics.BigramRecall(text, reference), WordMetrics.SplitWords(text, reference).Count, LayoutFurniture.LeakedLines(text), pages, half);
    }

    /// <summary>Even fixture documents tune; odd fixture documents and texts written for the corpus (100 and above) report.</summary>
    private static string HalfOf(string id)
    {
        var number = int.Parse(id, CultureInfo.InvariantCulture);
        return number < 100 && number % 2 == 0 ? "tune" : "report";
    }

    /// <summary>The fixture words the output lacks and the output words the fixture lacks, as bags, the first few of each.</summary>
    private static string WordDifferences(string text, string reference)
    {
        const int shown = 12;
        var extra = WordMetrics.Words(text);
        var missing = new List<string>();
        foreach (var word in WordMetrics.Words(reference))
        {
            // Each fixture word cancels one equal output word; what is left on either side is the difference.
            if (!extra.Remove(word))
            {
                missing.Add(word);
            }
        }

        return $"    missing ({missing.Count}): {string.Join(' ', missing.Take(shown))}{(missing.Count > shown ? " ..." : string.Empty)}"
            + Environment.NewLine
            + $"    extra ({extra.Count}): {string.Join(' ', extra.Take(shown))}{(extra.Count > shown ? " ..." : string.Empty)}";
    }

    /// <summary>The fixture text <c>NNN_*.txt</c>: in the given folder, or in the nearest folder above the corpus that has it.</summary>
    private static string? FindFixture(string id, string? fixturesFolder, string corpus)
    {
        var folders = fixturesFolder is not null ? [new DirectoryInfo(fixturesFolder)] : Ancestors(new DirectoryInfo(Path.GetFullPath(corpus)));
        return folders.Where(d => d.Exists)
            .Select(d => d.EnumerateFiles(id + "_*.txt").OrderBy(f => f.Name, StringComparer.Ordinal).FirstOrDefault())
            .FirstOrDefault(f => f is not null)?.FullName;
    }

    private static IEnumerable<DirectoryInfo> Ancestors(DirectoryInfo folder)
    {
        for (var d = folder; d is not null; d = d.Parent)
        {
            yield return d;
        }
    }

    private static async Task WriteSummaryAsync(List<LayoutScore> scores, TextWriter output)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync("summary per layout kind and half (tune: even fixture documents; report: odd ones and texts 100+; P, R, F1, bigram: mean over files, min in brackets; split and leaked: totals; meets: files meeting every threshold)");
        await output.WriteLineAsync($"{"kind",-22} {"half",-6} {"tool",-17} {"files",5} {"P",6} {"R",6} {"F1",6} {"(min)",8} {"bigram",6} {"(min)",8} {"split",5} {"leaked",6} {"pages",5} {"meets",6}");
        var kinds = scores.Select(s => s.Kind).Distinct()
            .SelectMany(k => Halves.Select(h => (Kind: k, Half: h, Rows: scores.Where(s => s.Kind == k && s.Half == h).ToList())))
            .Where(k => k.Rows.Count > 0)
            .ToList();
        kinds.Add(("all", "tune", scores.Where(s => s.Half == "tune").ToList()));
        kinds.Add(("all", "report", scores.Where(s => s.Half == "report").ToList()));
        foreach (var (kind, half, rows) in kinds)
        {
            foreach (var tool in rows.Select(s => s.Tool).Distinct())
            {
                var r = rows.Where(s => s.Tool == tool).ToList();
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{kind,-22} {half,-6} {tool,-17} {r.Count,5} {r.Average(s => s.Precision),6:0.0000} {r.Average(s => s.Recall),6:0.0000} {r.Average(s => s.F1),6:0.0000} ({r.Min(s => s.F1):0.0000}) {r.Average(s => s.Bigrams),6:0.0000} ({r.Min(s => s.Bigrams):0.0000}) {r.Sum(s => s.SplitWords),5} {r.Sum(s => s.LeakedLines),6} {r.Sum(s => s.Pages),5} {$"{r.Count(s => s.Misses.Length == 0)}/{r.Count}",6}"));
            }
        }
    }

    [GeneratedRegex(@"^(?<kind>.+)-(?<id>\d{3})(?:_[0-9a-f]+)?$")]
    private static partial Regex RenditionName();
}
