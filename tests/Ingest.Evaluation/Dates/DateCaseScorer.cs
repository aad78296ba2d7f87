using System.Globalization;
using System.Text.Json;
using Ingest.Normalizers.Dates;

namespace Ingest.Evaluation.Dates;

/// <summary>
/// Scores one Recognizers-Text case: exact spans (a leading preposition or "the" ignored), overlapping spans, and the
/// value of exactly matched spans through <see cref="TimexMapping"/>.
/// </summary>
internal static class DateCaseScorer
{
    private static readonly HashSet<string> LeadingFunctionWords = new(StringComparer.OrdinalIgnoreCase) { "on", "in", "at", "during", "for", "the" };

    private static readonly DateNormalizer Normalizer = new();

    public static void Run(JsonElement item, DateScore score, TextWriter? log, string file)
    {
        var input = item.GetProperty("Input").GetString() ?? string.Empty;

        // Recognizers-Text resolves against the machine clock when no reference is given; a fixed date keeps runs repeatable.
        var reference = ReferenceOf(item) ?? new DateOnly(2016, 11, 7);
        var found = Normalizer.Recognize(input, reference);
        var expected = item.TryGetProperty("Results", out var results) ? results.EnumerateArray().ToList() : [];
        score.Cases++;
        var matched = new bool[found.Count];
        foreach (var e in expected)
        {
            ScoreExpected(e, found, matched, score, log, $"{file}: \"{input}\"", reference);
        }

        // The specs other than the duration ones leave durations out: Recognizers-Text never annotates "25 minutes"
        // or "for 3 years" there, while TimeML (and the normalizer) tags them as DURATION. An unmatched duration in
        // those specs is outside what they annotate, not a false detection.
        var durationsInScope = file.Contains("Duration", StringComparison.Ordinal);

        // Likewise the date, date period, duration and holiday specs leave clock times to the time specs ("this week
        // 8am should be a daterange and a time" annotates the week only there).
        var type = file.StartsWith("DateTime-English-", StringComparison.Ordinal) ? file["DateTime-English-".Length..] : file;
        var timesInScope = type.Contains("Time", StringComparison.Ordinal) || type.Contains("Set", StringComparison.Ordinal);
        for (var f = 0; f < found.Count; f++)
        {
            if (matched[f])
            {
                continue;
            }

            if (!durationsInScope && found[f].Kind == DateKind.Duration)
            {
                log?.WriteLine($"  UNSCORED {file}: \"{input}\" got [{found[f].Text}] = {found[f].Value} (a duration; this spec does not annotate durations)");
                continue;
            }

            if (!timesInScope && found[f].Grain == DateGrain.Time)
            {
                log?.WriteLine($"  UNSCORED {file}: \"{input}\" got [{found[f].Text}] = {found[f].Value} (a time of day; this spec does not annotate times)");
                continue;
            }

            score.FalsePositives++;
            log?.WriteLine($"  EXTRA {file}: \"{input}\" got [{found[f].Text}] = {found[f].Value}");
        }
    }

    private static DateOnly? ReferenceOf(JsonElement item) =>
        item.TryGetProperty("Context", out var context) && context.TryGetProperty("ReferenceDateTime", out var refElement)
            && DateTime.TryParse(refElement.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var refDate)
            ? DateOnly.FromDateTime(refDate)
            : null;

    private static void ScoreExpected(JsonElement e, IReadOnlyList<DateEntity> found, bool[] matched, DateScore score, TextWriter? log, string where, DateOnly reference)
    {
        var start = e.GetProperty("Start").GetInt32();
        var end = start + e.GetProperty("Length").GetInt32() - 1;
        var text = e.GetProperty("Text").GetString();
        var hit = -1;
        var overlap = -1;
        for (var f = 0; f < found.Count; f++)
        {
            var fs = found[f].Start;
            var fe = found[f].Start + found[f].Length - 1;
            if ((fs == start && fe == end) || (fe == end && SameExtentButLeadingFunctionWords(found[f].Text, text)))
            {
                hit = f;
            }
            else if (fs <= end && fe >= start && overlap < 0)
            {
                overlap = f;
            }
        }

        if (hit >= 0)
        {
            matched[hit] = true;
            score.TruePositives++;
            score.Overlaps++;
            if (e.TryGetProperty("Value", out var value) && value.ValueKind == JsonValueKind.Object && value.TryGetProperty("Timex", out _))
            {
                score.Valued++;
                if (TimexMapping.ValueMatches(found[hit].Value, value))
                {
                    score.ValueCorrect++;
                }
                else
                {
                    log?.WriteLine($"  VALUE {where} [{found[hit].Text}] got {found[hit].Value} expected {value.GetProperty("Timex").GetString()} ref {reference:yyyy-MM-dd}");
                }
            }

            return;
        }

        score.FalseNegatives++;
        if (overlap >= 0)
        {
            matched[overlap] = true;
            score.Overlaps++;
            log?.WriteLine($"  SPAN {where} got [{found[overlap].Text}] expected [{text}]");
        }
        else
        {
            log?.WriteLine($"  MISS {where} expected [{text}]");
        }
    }

    /// <summary>
    /// Whether two spans ending at the same place differ only by leading prepositions or a determiner. TimeML keeps
    /// the preposition out of a TIMEX3 extent ("on <c>Friday</c>") and the normalizer follows it, while Recognizers-Text
    /// includes it ("on Friday next week", "in 2014 through 2018"); it also drops or keeps "the" inconsistently
    /// ("coming week" but "the last week of july"), where TimeML keeps the determiner. Neither is a detection error.
    /// </summary>
    private static bool SameExtentButLeadingFunctionWords(string ours, string? expected)
    {
        if (expected is null)
        {
            return false;
        }

        var a = StripLeadingFunctionWords(ours);
        var b = StripLeadingFunctionWords(expected);
        return a.Length > 0 && a.Equals(b, StringComparison.OrdinalIgnoreCase);
    }

    private static ReadOnlySpan<char> StripLeadingFunctionWords(string text)
    {
        var span = text.AsSpan();
        while (true)
        {
            var space = span.IndexOf(' ');
            if (space <= 0 || !LeadingFunctionWords.Contains(span[..space].ToString()))
            {
                return span;
            }

            span = span[(space + 1)..];
        }
    }
}
