using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ingest.Readers.Html;
using Ingest.Testing;

namespace Ingest.Evaluation.Html;

/// <summary>
/// Scores the HTML reader's main-content extraction on a corpus laid out as Mozilla Readability's test pages:
/// one folder per page with <c>source.html</c>, the expected article <c>expected.html</c> and <c>expected-metadata.json</c>.
/// </summary>
internal sealed class HtmlSuite : IEvaluationSuite
{
    // Readability's test pages were saved from this address; relative links resolve against it.
    private static readonly Uri PageUri = new("http://fakehost/test/page.html");

    // The words of a timestamp besides its numbers.
    private static readonly HashSet<string> DatelineWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "at", "on", "am", "pm", "updated", "published", "posted", "utc", "gmt",
    };

    public string Name => "html";

    public string Description => "HTML main content: word P/R/F1 vs expected.html and title/byline/date matches (Readability test-page layout).";

    public async Task<int> RunAsync(string corpus, IReadOnlyList<string> options, TextWriter output, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(corpus))
        {
            await output.WriteLineAsync($"corpus folder not found: {corpus}");
            return 2;
        }

        var reader = new HtmlReader();
        var verbose = options.Contains("--verbose");
        var show = options.SkipWhile(o => o != "--show").Skip(1).FirstOrDefault();

        // "--half tune" reads only the even pages (to tune on without seeing the report half), "--half report" only the odd ones.
        var onlyHalf = options.SkipWhile(o => o != "--half").Skip(1).FirstOrDefault() switch { "tune" => 0, "report" => 1, _ => -1 };
        var pages = Directory.GetDirectories(corpus).Where(d => File.Exists(Path.Combine(d, "source.html")) && File.Exists(Path.Combine(d, "expected.html")))
            .OrderBy(d => d, StringComparer.Ordinal).ToList();
        double sumP = 0, sumR = 0, sumF = 0;
        // Pages split by index in name order: tune on the even ones, report the odd ones.
        var halves = new HalfScores[] { new(), new() };
        var index = -1;
        long common = 0, extractedWords = 0, referenceWords = 0;
        int titles = 0, titleCases = 0, bylines = 0, bylineCases = 0, named = 0, namedCases = 0, dates = 0, dateCases = 0;
        var elapsed = TimeSpan.Zero;
        await output.WriteLineAsync($"{"page",-34} {"P",6} {"R",6} {"F1",6}  title byline date");
        foreach (var dir in pages)
        {
            var name = Path.GetFileName(dir);
            index++;
            var half = halves[index % 2];
            if ((show is not null && name != show) || (onlyHalf >= 0 && index % 2 != onlyHalf))
            {
                continue;
            }
            var bytes = await File.ReadAllBytesAsync(Path.Combine(dir, "source.html"), cancellationToken);
            var source = new MemorySourceDocument(bytes, PageUri) { MediaType = MediaTypes.Html };
            var watch = Stopwatch.StartNew();
            await using var stream = await source.OpenAsync(cancellationToken);
            var document = await reader.ReadAsync(stream, new ReadContext(source, MediaTypes.Html), cancellationToken);
            elapsed += watch.Elapsed;

            var extracted = ArticleText(document);
            if (show is not null)
            {
                foreach (var block in document.Blocks)
                {
                    await output.WriteLineAsync($"[{block.Kind}{block.Level}] {block.GetText(document)}");
                }
            }

            var reference = ReferenceText(await File.ReadAllTextAsync(Path.Combine(dir, "expected.html"), cancellationToken));
            var ew = WordMetrics.Words(extracted);
            var rw = WordMetrics.Words(reference);
            var (p, r, f) = WordMetrics.Score(ew, rw);
            sumP += p;
            sumR += r;
            sumF += f;
            extractedWords += ew.Count;
            referenceWords += rw.Count;
            common += (long)Math.Round(p * ew.Count);
            half.Add(p, r, f);

            var marks = new StringBuilder();
            var metaPath = Path.Combine(dir, "expected-metadata.json");
            if (File.Exists(metaPath))
            {
                using var json = JsonDocument.Parse(await File.ReadAllTextAsync(metaPath, cancellationToken));
                var root = json.RootElement;
                var expectedTitle = Get(root, "title");
                var expectedByline = Get(root, "byline");
                var expectedDate = Get(root, "publishedTime");
                if (!string.IsNullOrWhiteSpace(expectedTitle))
                {
                    titleCases++;
                    var ok = TitleMatches(document.Metadata.Title, expectedTitle);
                    titles += ok ? 1 : 0;
                    half.TitleCases++;
                    half.Titles += ok ? 1 : 0;
                    marks.Append(ok ? "  ok  " : "  --  ");
                    if (!ok && verbose)
                    {
                        marks.Append(CultureInfo.InvariantCulture, $"[{document.Metadata.Title} | {expectedTitle}] ");
                    }
                }
                else
                {
                    marks.Append("   .  ");
                }

                if (!string.IsNullOrWhiteSpace(expectedByline))
                {
                    bylineCases++;
                    var ok = BylineMatches(document.Metadata.Authors, expectedByline);
                    bylines += ok ? 1 : 0;
                    half.BylineCases++;
                    half.Bylines += ok ? 1 : 0;
                    if (!IsDateline(expectedByline))
                    {
                        namedCases++;
                        named += ok ? 1 : 0;
                        half.NamedBylineCases++;
                        half.NamedBylines += ok ? 1 : 0;
                    }

                    marks.Append(ok ? "  ok   " : "  --   ");
                    if (!ok && verbose)
                    {
                        marks.Append(CultureInfo.InvariantCulture, $"[{string.Join("; ", document.Metadata.Authors)} | {Squash(expectedByline)}] ");
                    }
                }
                else
                {
                    marks.Append("   .   ");
                    if (verbose && document.Metadata.Authors.Count > 0)
                    {
                        // No byline expected: show what was found, to judge false authors.
                        marks.Append(CultureInfo.InvariantCulture, $"[{string.Join("; ", document.Metadata.Authors)} | ] ");
                    }
                }

                if (!string.IsNullOrWhiteSpace(expectedDate))
                {
                    dateCases++;
                    var ok = DateMatches(document.Metadata.Published, expectedDate);
                    dates += ok ? 1 : 0;
                    half.DateCases++;
                    half.Dates += ok ? 1 : 0;
                    marks.Append(ok ? " ok" : " --");
                    if (!ok && verbose)
                    {
                        marks.Append(CultureInfo.InvariantCulture, $" [{document.Metadata.Published} | {expectedDate}]");
                    }
                }
                else
                {
                    marks.Append("  .");
                    if (verbose && document.Metadata.Published is { } found)
                    {
                        // No date expected: show what was found, to judge false dates.
                        marks.Append(CultureInfo.InvariantCulture, $" [{found:yyyy-MM-dd} | ]");
                    }
                }
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{index,2} {name,-31} {p,6:F3} {r,6:F3} {f,6:F3} {marks}"));
            if (verbose && f < 0.9)
            {
                var extra = ew.GroupBy(w => w).Select(g => (g.Key, g.Count() - rw.Count(x => x == g.Key))).Where(x => x.Item2 > 0).Select(x => x.Key).Take(25);
                var missing = rw.GroupBy(w => w).Select(g => (g.Key, g.Count() - ew.Count(x => x == g.Key))).Where(x => x.Item2 > 0).Select(x => x.Key).Take(25);
                await output.WriteLineAsync("    extra:   " + string.Join(' ', extra));
                await output.WriteLineAsync("    missing: " + string.Join(' ', missing));
            }
        }

        if (pages.Count == 0)
        {
            await output.WriteLineAsync("no pages found");
            return 1;
        }

        var n = Math.Max(1, halves[0].Pages + halves[1].Pages);
        var microP = extractedWords == 0 ? 0 : (double)common / extractedWords;
        var microR = referenceWords == 0 ? 0 : (double)common / referenceWords;
        var microF = microP + microR == 0 ? 0 : 2 * microP * microR / (microP + microR);
        await output.WriteLineAsync();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"pages: {n}   read time: {elapsed.TotalMilliseconds:F0} ms"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"overall (mean per page)  P {sumP / n:F3}  R {sumR / n:F3}  F1 {sumF / n:F3}"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"overall (all words)      P {microP:F3}  R {microR:F3}  F1 {microF:F3}"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"title  {titles}/{titleCases}   byline {bylines}/{bylineCases} (named {named}/{namedCases})   published {dates}/{dateCases}"));
        if (onlyHalf != 1)
        {
            await output.WriteLineAsync("tune (even index)   " + halves[0]);
        }

        if (onlyHalf != 0)
        {
            await output.WriteLineAsync("report (odd index)  " + halves[1]);
        }
        return 0;
    }

    /// <summary>The article body: every block but the title block, which expected.html does not repeat.</summary>
    private static string ArticleText(Document document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            if (block.Kind != BlockKind.Title)
            {
                text.Append(block.GetText(document)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The text of expected.html: every text node outside scripts and styles, separated so words never merge.</summary>
    private static string ReferenceText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();
        var pending = new Stack<INode>();
        pending.Push(document.Body ?? (INode)document);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is IText t)
            {
                text.Append(t.Data);
                continue;
            }

            if (node is IElement e && e.TagName is "SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE")
            {
                continue;
            }

            if (node is IElement { TagName: not ("A" or "B" or "I" or "EM" or "STRONG" or "SPAN" or "CODE" or "SUP" or "SUB" or "SMALL" or "U" or "S" or "MARK" or "ABBR" or "FONT" or "CITE") })
            {
                text.Append(' ');
            }

            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                pending.Push(child);
            }
        }

        return text.ToString();
    }

    private static string? Get(JsonElement root, string property)
        => root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Squash(string text) => string.Join(' ', WordMetrics.Words(text));

    /// <summary>Titles match when their words agree, or one is the other with the site name left on or off.</summary>
    private static bool TitleMatches(string? actual, string expected)
    {
        if (actual is null)
        {
            return false;
        }

        var a = Squash(actual).ToLowerInvariant();
        var e = Squash(expected).ToLowerInvariant();
        return a == e || (a.Length > 0 && e.Length > 0 && (a.Contains(e, StringComparison.Ordinal) || e.Contains(a, StringComparison.Ordinal))
            && Math.Min(a.Length, e.Length) >= 0.6 * Math.Max(a.Length, e.Length));
    }

    /// <summary>A byline matches when the first author's words appear in it (Readability's byline keeps "By" and roles).</summary>
    private static bool BylineMatches(IList<string> authors, string expected)
    {
        if (authors.Count == 0)
        {
            return false;
        }

        var e = Squash(expected).ToLowerInvariant();
        var a = Squash(authors[0]).ToLowerInvariant();
        return a.Length > 0 && (e.Contains(a, StringComparison.Ordinal) || a.Contains(e, StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether a reference byline is a dateline rather than a statement of the author: every word of it is a number, a
    /// month or weekday name, or a word of a timestamp ("April 28, 2019 at 6:01 am Updated ..."). Such a page states
    /// no author, so the "named" byline count leaves it out.
    /// </summary>
    private static bool IsDateline(string byline)
    {
        var words = WordMetrics.Words(byline);
        return words.Count > 0 && words.All(w => w.Any(char.IsDigit) || DatelineWords.Contains(w));
    }

    private static bool DateMatches(DateOnly? actual, string expected)
        => actual is not null && expected.Trim().StartsWith(actual.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
