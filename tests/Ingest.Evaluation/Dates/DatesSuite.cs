using System.Globalization;
using System.Text.Json;
using Ingest.Normalizers.Dates;

namespace Ingest.Evaluation.Dates;

/// <summary>
/// Scores the date normalizer against the Recognizers-Text English date, date period and duration specifications:
/// detection precision, recall and F1 (exact spans; overlapping spans reported too) and value accuracy on exactly
/// matched spans of the parser specs.
/// </summary>
/// <remarks>
/// Recognizers-Text writes ranges as <c>(start,end,duration)</c> with an exclusive end at the grain of the stated end
/// ("2014-2018" is <c>(2014-01-01,2018-01-01,P4Y)</c>); the suite maps them to inclusive TIMEX3 ranges
/// (<c>2014/2018</c>), decades, centuries, quarters and halves before comparing. Where Recognizers-Text leaves a year
/// unresolved (<c>XXXX-10-02</c>) but gives past and future resolutions, a value resolved against the reference date
/// to either is counted correct; for anchored ranges ("past 3 weeks") the TimeML duration (<c>P3W</c>) is accepted.
/// Durations found in the date and date-period specs, which do not annotate durations, are listed but not scored.
/// Spans that differ only by a leading preposition or "the" count as the same extent (see
/// <see cref="SameExtentButLeadingFunctionWords"/>).
/// </remarks>
internal sealed class DatesSuite : IEvaluationSuite
{
    private static readonly string[] Files =
    [
        "DateTime-English-DateExtractor.json",
        "DateTime-English-DateParser.json",
        "DateTime-English-DatePeriodExtractor.json",
        "DateTime-English-DatePeriodParser.json",
        "DateTime-English-DurationExtractor.json",
        "DateTime-English-DurationParser.json",
    ];

    private static readonly HashSet<string> LeadingFunctionWords = new(StringComparer.OrdinalIgnoreCase) { "on", "in", "at", "during", "for", "the" };

    public string Name => "dates";

    public string Description => "date normalizer vs Recognizers-Text English date/date period/duration specs (folder with DateTime-English-*.json)";

    public Task<int> RunAsync(string corpus, IReadOnlyList<string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var verbose = options.Contains("-v") || options.Contains("--verbose");
        var total = new Score();
        output.WriteLine($"{"spec",-44} {"cases",5} {"P",6} {"R",6} {"F1",6} {"F1~",6} {"value",6}");
        foreach (var file in Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(corpus, file);
            if (!File.Exists(path))
            {
                output.WriteLine($"{file,-44} missing");
                continue;
            }

            var score = new Score();
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            foreach (var item in json.RootElement.EnumerateArray())
            {
                RunCase(item, score, verbose ? output : null, file);
            }

            output.WriteLine(score.Line(file));
            total.Add(score);
        }

        output.WriteLine(total.Line("overall"));
        return Task.FromResult(0);
    }

    private static void RunCase(JsonElement item, Score score, TextWriter? log, string file)
    {
        var input = item.GetProperty("Input").GetString() ?? string.Empty;
        DateOnly? reference = null;
        if (item.TryGetProperty("Context", out var context) && context.TryGetProperty("ReferenceDateTime", out var refElement)
            && DateTime.TryParse(refElement.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var refDate))
        {
            reference = DateOnly.FromDateTime(refDate);
        }

        // Recognizers-Text resolves against the machine clock when no reference is given; a fixed date keeps runs repeatable.
        reference ??= new DateOnly(2016, 11, 7);
        var normalizer = new DateNormalizer();
        var found = normalizer.Recognize(input, reference);
        var expected = item.TryGetProperty("Results", out var results) ? results.EnumerateArray().ToList() : [];
        score.Cases++;
        var matched = new bool[found.Count];
        foreach (var e in expected)
        {
            var start = e.GetProperty("Start").GetInt32();
            var length = e.GetProperty("Length").GetInt32();
            var end = start + length - 1;
            var hit = -1;
            var overlap = -1;
            for (var f = 0; f < found.Count; f++)
            {
                var fs = found[f].Start;
                var fe = found[f].Start + found[f].Length - 1;
                if ((fs == start && fe == end) || (fe == end && SameExtentButLeadingFunctionWords(found[f].Text, e.GetProperty("Text").GetString())))
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
                if (e.TryGetProperty("Value", out var value))
                {
                    score.Valued++;
                    if (ValueMatches(found[hit].Value, value))
                    {
                        score.ValueCorrect++;
                    }
                    else
                    {
                        log?.WriteLine($"  VALUE {file}: \"{input}\" [{found[hit].Text}] got {found[hit].Value} expected {value.GetProperty("Timex").GetString()} ref {reference:yyyy-MM-dd}");
                    }
                }
            }
            else
            {
                score.FalseNegatives++;
                if (overlap >= 0)
                {
                    matched[overlap] = true;
                    score.Overlaps++;
                    log?.WriteLine($"  SPAN {file}: \"{input}\" got [{found[overlap].Text}] expected [{e.GetProperty("Text").GetString()}]");
                }
                else
                {
                    log?.WriteLine($"  MISS {file}: \"{input}\" expected [{e.GetProperty("Text").GetString()}]");
                }
            }
        }

        // The date and date-period specs leave durations to the duration specs: Recognizers-Text never annotates
        // "25 minutes" or "in 3 years" there, while TimeML (and the normalizer) tags them as DURATION. An unmatched
        // duration in those specs is outside what they annotate, not a false detection.
        var durationsInScope = file.Contains("Duration", StringComparison.Ordinal);
        for (var f = 0; f < found.Count; f++)
        {
            if (!matched[f] && !durationsInScope && found[f].Kind == DateKind.Duration)
            {
                log?.WriteLine($"  UNSCORED {file}: \"{input}\" got [{found[f].Text}] = {found[f].Value} (a duration; this spec does not annotate durations)");
                continue;
            }

            if (!matched[f])
            {
                score.FalsePositives++;
                log?.WriteLine($"  EXTRA {file}: \"{input}\" got [{found[f].Text}] = {found[f].Value}");
            }
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

    private static bool ValueMatches(string ours, JsonElement value)
    {
        var timex = value.GetProperty("Timex").GetString() ?? string.Empty;
        var bar = timex.IndexOf('|', StringComparison.Ordinal);
        if (bar > 0)
        {
            timex = timex[..bar];
        }

        if (string.Equals(ours, ToInclusive(timex), StringComparison.Ordinal))
        {
            return true;
        }

        // Recognizers-Text leaves a year-less season unresolved with no past or future resolution to compare against.
        if (timex is "SP" or "SU" or "FA" or "WI" && ours.Length == 7 && ours[4] == '-' && ours.EndsWith(timex, StringComparison.Ordinal) && ours[..4].All(char.IsDigit))
        {
            return true;
        }

        if (timex.StartsWith('(') && timex.EndsWith(')'))
        {
            var parts = timex[1..^1].Split(',');
            if (parts.Length == 3 && string.Equals(ours, parts[2], StringComparison.Ordinal))
            {
                return true;
            }

            // Recognizers-Text ends a range at the first day of the stated end unit; so does the start of ours.
            var slash = ours.IndexOf('/', StringComparison.Ordinal);
            if (parts.Length == 3 && slash > 0 && FirstDay(ours[..slash]) == parts[0] && FirstDay(ours[(slash + 1)..]) == parts[1])
            {
                return true;
            }
        }

        foreach (var key in new[] { "PastResolution", "FutureResolution" })
        {
            if (!value.TryGetProperty(key, out var resolution))
            {
                continue;
            }

            if (resolution.TryGetProperty("date", out var date) && string.Equals(ours, date.GetString(), StringComparison.Ordinal))
            {
                return true;
            }

            if (resolution.TryGetProperty("startDate", out var s) && resolution.TryGetProperty("endDate", out var e)
                && (string.Equals(ours, ToInclusive($"({s.GetString()},{e.GetString()},{PeriodOf(timex)})"), StringComparison.Ordinal)
                    || ((timex.Contains('X', StringComparison.Ordinal) || IsWeekOfMonth(timex)) && !ours.Contains('/', StringComparison.Ordinal) && FirstDay(ours) == s.GetString())))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Recognizers-Text's week of a month (<c>2016-11-W03</c>), which is not TIMEX3; the normalizer writes the ISO week
    /// (<c>2016-W46</c>), compared by the week's first day.
    /// </summary>
    private static bool IsWeekOfMonth(string timex) => timex.Length == 11 && timex[4] == '-' && timex[7] == '-' && timex[8] == 'W';

    /// <summary>The first calendar day of a resolved TIMEX3 point (<c>2018-02</c> is 2018-02-01), or null.</summary>
    private static string? FirstDay(string value)
    {
        if (value.Contains('X', StringComparison.Ordinal))
        {
            return null;
        }

        if (value.Length == 10 && value[4] == '-' && value[7] == '-')
        {
            return value;
        }

        if (value.Length == 7 && value[4] == '-' && char.IsDigit(value[5]))
        {
            return value + "-01";
        }

        if (value.Length == 4 && value.All(char.IsDigit))
        {
            return value + "-01-01";
        }

        if (value.Length >= 8 && value[4] == '-' && value[5] == 'W' && int.TryParse(value.AsSpan(0, 4), out var year) && int.TryParse(value.AsSpan(6, 2), out var week))
        {
            var monday = ISOWeek.ToDateTime(year, week, value.EndsWith("-WE", StringComparison.Ordinal) ? DayOfWeek.Saturday : DayOfWeek.Monday);
            return monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (value.Length == 7 && value[4] == '-' && value[5] is 'Q' or 'H' && int.TryParse(value.AsSpan(0, 4), out var qYear))
        {
            var month = value[5] == 'Q' ? ((value[6] - '1') * 3) + 1 : ((value[6] - '1') * 6) + 1;
            return $"{qYear:D4}-{month:D2}-01";
        }

        if (value.Length == 3 && value.All(char.IsDigit))
        {
            return value + "0-01-01";
        }

        return null;
    }

    private static string PeriodOf(string timex)
    {
        if (timex.StartsWith('(') && timex.EndsWith(')'))
        {
            var parts = timex[1..^1].Split(',');
            return parts.Length == 3 ? parts[2] : "P";
        }

        return "P";
    }

    /// <summary>Maps a Recognizers-Text value to the inclusive TIMEX3 form the normalizer writes.</summary>
    private static string ToInclusive(string timex)
    {
        if (timex is "SP" or "SU" or "FA" or "WI")
        {
            return "XXXX-" + timex;
        }

        if (!timex.StartsWith('(') || !timex.EndsWith(')'))
        {
            return timex;
        }

        var parts = timex[1..^1].Split(',');
        if (parts.Length != 3 || parts[0].Length != 10 || parts[1].Length != 10)
        {
            return timex;
        }

        var (a, b, d) = (parts[0], parts[1], parts[2]);
        var aYear = a[..4];
        var bYear = b[..4];
        var januaryFirst = a.EndsWith("-01-01", StringComparison.Ordinal) && b.EndsWith("-01-01", StringComparison.Ordinal);
        if (januaryFirst && d == "P10Y" && aYear.EndsWith('0'))
        {
            return (aYear.StartsWith("XX", StringComparison.Ordinal) ? "19" + aYear[2..] : aYear)[..3];
        }

        if (januaryFirst && d == "P100Y" && aYear.EndsWith("00", StringComparison.Ordinal))
        {
            return aYear[..2];
        }

        var firstOfMonth = a.EndsWith("-01", StringComparison.Ordinal) && b.EndsWith("-01", StringComparison.Ordinal);
        if (firstOfMonth && d is "P3M" or "P6M")
        {
            var month = int.Parse(a.AsSpan(5, 2), CultureInfo.InvariantCulture);
            if (d == "P3M" && (month - 1) % 3 == 0)
            {
                return $"{aYear}-Q{((month - 1) / 3) + 1}";
            }

            if (d == "P6M" && (month - 1) % 6 == 0)
            {
                return $"{aYear}-H{((month - 1) / 6) + 1}";
            }
        }

        if (januaryFirst && d.EndsWith('Y') && !d.Contains('M', StringComparison.Ordinal) && !d.Contains('D', StringComparison.Ordinal))
        {
            return $"{aYear}/{bYear}";
        }

        if (firstOfMonth && d.EndsWith('M') && !d.Contains('D', StringComparison.Ordinal) && !d.Contains('W', StringComparison.Ordinal))
        {
            return $"{a[..7]}/{b[..7]}";
        }

        return $"{a}/{b}";
    }

    private sealed class Score
    {
        public int Cases { get; set; }

        public int TruePositives { get; set; }

        public int FalsePositives { get; set; }

        public int FalseNegatives { get; set; }

        public int Overlaps { get; set; }

        public int Valued { get; set; }

        public int ValueCorrect { get; set; }

        public void Add(Score other)
        {
            Cases += other.Cases;
            TruePositives += other.TruePositives;
            FalsePositives += other.FalsePositives;
            FalseNegatives += other.FalseNegatives;
            Overlaps += other.Overlaps;
            Valued += other.Valued;
            ValueCorrect += other.ValueCorrect;
        }

        public string Line(string name)
        {
            var p = Ratio(TruePositives, TruePositives + FalsePositives);
            var r = Ratio(TruePositives, TruePositives + FalseNegatives);
            var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            var expected = TruePositives + FalseNegatives;
            var po = Ratio(Overlaps, Overlaps + FalsePositives);
            var ro = Ratio(Overlaps, expected);
            var f1o = po + ro == 0 ? 0 : 2 * po * ro / (po + ro);
            var value = Valued == 0 ? "-" : Ratio(ValueCorrect, Valued).ToString("0.000", CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture, $"{name,-44} {Cases,5} {p,6:0.000} {r,6:0.000} {f1,6:0.000} {f1o,6:0.000} {value,6}");
        }

        private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    }
}
