using System.Text.Json;

namespace Ingest.Evaluation.Dates;

/// <summary>
/// Scores the date normalizer against every Recognizers-Text English date-time specification in the corpus folder
/// (date, date period, date-time, date-time period, time, time period, duration, set, holiday; extractor and parser
/// files): detection precision, recall and F1 (exact spans, a leading preposition ignored; overlapping spans too) and
/// value accuracy on exactly matched spans, per file, per file type and overall.
/// </summary>
/// <remarks>
/// Each file is split by case index: the even cases are the tuning half, the odd cases the report half. Both tables
/// are printed; <c>--half even</c> or <c>--half odd</c> prints one. <c>--verbose</c> lists the misses of the even half
/// only, unless <c>--half odd</c> asks for the odd one. <c>--probe "text"</c> prints the dates of one text, resolved
/// against 2016-11-07 (or <c>--reference yyyy-mm-dd</c>). Value mappings between Recognizers-Text and TimeML are in
/// <see cref="TimexMapping"/>.
/// </remarks>
internal sealed class DatesSuite : IEvaluationSuite
{
    private const string Prefix = "DateTime-English-";

    public string Name => "dates";

    public string Description => "date normalizer vs Recognizers-Text English date-time specs (DateTime-English-*.json), even (tune) and odd (report) halves; --half even|odd, --verbose (even misses)";

    public Task<int> RunAsync(string corpus, IReadOnlyList<string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var probe = IndexOf(options, "--probe");
        if (probe >= 0 && probe + 1 < options.Count)
        {
            var referenceIndex = IndexOf(options, "--reference");
            var reference = referenceIndex >= 0 && referenceIndex + 1 < options.Count
                ? DateOnly.Parse(options[referenceIndex + 1], System.Globalization.CultureInfo.InvariantCulture)
                : new DateOnly(2016, 11, 7);
            foreach (var entity in new Ingest.Normalizers.Dates.DateNormalizer().Recognize(options[probe + 1], reference))
            {
                output.WriteLine($"{entity} | {entity.Kind} {entity.Grain} {entity.Value}");
            }

            return Task.FromResult(0);
        }

        var verbose = options.Contains("-v") || options.Contains("--verbose");
        var halfIndex = IndexOf(options, "--half");
        var only = halfIndex >= 0 && halfIndex + 1 < options.Count ? options[halfIndex + 1] : null;
        if (only is not null and not "even" and not "odd")
        {
            output.WriteLine("--half takes even or odd");
            return Task.FromResult(2);
        }

        var files = Directory.Exists(corpus)
            ? Directory.GetFiles(corpus, Prefix + "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0)
        {
            output.WriteLine($"no {Prefix}*.json files in {corpus}");
            return Task.FromResult(1);
        }

        foreach (var (half, parity) in new[] { ("even", 0), ("odd", 1) })
        {
            if (only is not null && only != half)
            {
                continue;
            }

            // The odd half is the report half: its misses are listed only when asked for by name.
            var log = verbose && (parity == 0 || only == "odd") ? output : null;
            RunHalf(corpus, files, parity, half, log, output, cancellationToken);
        }

        return Task.FromResult(0);
    }

    private static void RunHalf(string corpus, List<string> files, int parity, string half, TextWriter? log, TextWriter output, CancellationToken cancellationToken)
    {
        var byFile = new List<(string File, DateScore Score)>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var score = new DateScore();
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus, file)));
            var index = 0;
            foreach (var item in json.RootElement.EnumerateArray())
            {
                if (index++ % 2 == parity)
                {
                    DateCaseScorer.Run(item, score, log, file);
                }
            }

            byFile.Add((file, score));
        }

        output.WriteLine($"== {half} half ({(parity == 0 ? "tuning" : "report")}) ==");
        output.WriteLine(DateScore.Header);
        foreach (var (file, score) in byFile)
        {
            output.WriteLine(score.Line(file));
        }

        var total = new DateScore();
        foreach (var group in byFile.GroupBy(f => TypeOf(f.File)))
        {
            var typeScore = new DateScore();
            foreach (var (_, score) in group)
            {
                typeScore.Add(score);
            }

            output.WriteLine(typeScore.Line("type " + group.Key));
            total.Add(typeScore);
        }

        output.WriteLine(total.Line($"overall ({half})"));
    }

    /// <summary>The file type: <c>DateTime-English-TimePeriodParser.json</c> is <c>TimePeriod</c>.</summary>
    private static string TypeOf(string file)
    {
        var name = file[Prefix.Length..^".json".Length];
        foreach (var suffix in new[] { "Extractor", "Parser" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    private static int IndexOf(IReadOnlyList<string> options, string name)
    {
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
