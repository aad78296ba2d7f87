using Ingest.Normalizers.Dates;
using Ingest.Normalizers.Numbers;

namespace Ingest.Evaluation.Quantities;

/// <summary>
/// Scores the number normalizer, run after the date normalizer as in the pipeline, against the original quantities set in
/// <c>tests/Fixtures/quantities</c> (see its README): detection (exact span) of every quantity, value and unit, two-ended
/// ranges with span and both ends, the direction of one-sided bounds and the approximation flag. The set has a tuning
/// half (<c>tune</c>) and a report half (<c>report</c>); <c>--half tune|report</c> prints one, <c>--verbose</c> lists the
/// misses of the tuning half (of the report half only when <c>--half report</c> asks for it).
/// </summary>
/// <remarks>
/// Conventions mapped (counted as <c>mapped</c>): a hedge the set puts in the span and the normalizer flags as
/// approximate (<c>about 6%</c> against <c>6%</c>) matches; a rate the normalizer reads as a compound unit and spans with its
/// denominator (<c>30-50 m a year</c>, m/yr) matches the set's span without it (<c>30-50 m</c>, m); a unit the normalizer reports for a counted noun (<c>people</c>) is no unit, as the set annotates
/// only written units and currencies; unit symbols are compared through <see cref="UnitNames"/>; a bare
/// <c>degrees</c> is °C, as the set reads it in weather text.
/// </remarks>
internal sealed class QuantitiesSuite : IEvaluationSuite
{
    public string Name => "quantities";

    public string Description => "number normalizer (after dates) vs the original quantities set (tests/Fixtures/quantities): spans, values, units, ranges, directions; --half tune|report, --verbose";

    public async Task<int> RunAsync(string corpus, IReadOnlyList<string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var halfIndex = IndexOf(options, "--half");
        var only = halfIndex >= 0 && halfIndex + 1 < options.Count ? options[halfIndex + 1] : null;
        if (only is not null and not "tune" and not "report")
        {
            output.WriteLine("--half takes tune or report");
            return 2;
        }

        var verbose = IndexOf(options, "--verbose") >= 0 || IndexOf(options, "-v") >= 0;
        foreach (var half in new[] { "tune", "report" })
        {
            if (only is not null && only != half)
            {
                continue;
            }

            var text = Path.Combine(corpus, half + ".txt");
            var goldPath = Path.Combine(corpus, half + ".gold.tsv");
            if (!File.Exists(text) || !File.Exists(goldPath))
            {
                output.WriteLine($"missing {text} or {goldPath}");
                return 1;
            }

            // The report half's misses are listed only when asked for by name.
            var log = verbose && (half == "tune" || only == "report") ? output : null;
            var score = await ScoreHalfAsync(QuantityCorpus.ReadParagraphs(text), QuantityCorpus.ReadGold(goldPath), log, cancellationToken);
            score.Print(output, half);
        }

        return 0;
    }

    private static async Task<QuantityScore> ScoreHalfAsync(List<(string Id, string Body)> paragraphs, List<QuantityMention> gold, TextWriter? log, CancellationToken cancellationToken)
    {
        var dates = new DateNormalizer();
        var numbers = new NumberNormalizer();
        var score = new QuantityScore();
        foreach (var (id, body) in paragraphs)
        {
            var builder = new DocumentBuilder(new Uri("urn:quantities:" + id), "text/plain");
            builder.AddBlock(BlockKind.Paragraph, body);
            var document = builder.Build();
            var context = new NormalizationContext(null, ReferenceDateOrigin.None);
            await dates.NormalizeAsync(document, context, cancellationToken);
            await numbers.NormalizeAsync(document, context, cancellationToken);
            var predicted = document.Entities.OfType<NumberEntity>().Select(e => ToMention(id, e)).ToList();
            var expected = gold.Where(g => g.Paragraph == id).ToList();
            Compare(expected, predicted, score, log);
        }

        return score;
    }

    private static void Compare(List<QuantityMention> expected, List<QuantityMention> predicted, QuantityScore score, TextWriter? log)
    {
        score.Gold += expected.Count;
        score.Predicted += predicted.Count;
        var used = new bool[predicted.Count];
        foreach (var g in expected)
        {
            score.Ranges += g.Direction == "between" ? 1 : 0;
            score.OneSided += g.IsOneSided ? 1 : 0;
            score.Approximate += g.Approximate ? 1 : 0;
            var hit = predicted.FindIndex(p => p.Start == g.Start && p.End == g.End);
            if (hit < 0)
            {
                hit = predicted.FindIndex(p => IsHedgeBefore(g, p));
                score.Mapped += hit >= 0 ? 1 : 0;
            }

            if (hit < 0)
            {
                hit = predicted.FindIndex(p => IsRateDenominatorAfter(g, p));
                if (hit >= 0)
                {
                    score.Mapped++;
                    predicted[hit] = predicted[hit] with { End = g.End, Text = g.Text, Unit = predicted[hit].Unit[..predicted[hit].Unit.IndexOf('/', StringComparison.Ordinal)] };
                }
            }

            if (hit < 0)
            {
                var overlap = predicted.FindIndex(p => p.Start < g.End && g.Start < p.End);
                score.OverlappingSpans += overlap >= 0 ? 1 : 0;
                log?.WriteLine(overlap >= 0
                    ? $"  SPAN {g.Paragraph} [{g.Text}] got [{predicted[overlap].Text}]"
                    : $"  MISS {g.Paragraph} [{g.Text}] {g.Kind} {g.Direction} {g.Low}..{g.High} {g.Unit}");
                continue;
            }

            used[hit] = true;
            var p = predicted[hit];
            score.ExactSpans++;
            score.OverlappingSpans++;
            var bounds = Same(g.Low, p.Low) && Same(g.High, p.High);
            var unit = UnitNames.Same(g.Unit, p.Unit);
            var direction = g.Direction == p.Direction;
            score.ValueAndUnitRight += bounds && unit ? 1 : 0;
            score.AllRight += bounds && unit && direction ? 1 : 0;
            score.RangesRight += g.Direction == "between" && direction && bounds ? 1 : 0;
            score.DirectionsRight += g.IsOneSided && direction ? 1 : 0;
            score.OneSidedRight += g.IsOneSided && direction && bounds ? 1 : 0;
            score.ApproximateRight += g.Approximate && p.Approximate ? 1 : 0;
            if (!(bounds && unit && direction))
            {
                log?.WriteLine($"  WRONG {g.Paragraph} [{g.Text}] want {g.Direction} {g.Low}..{g.High} '{g.Unit}' got {p.Direction} {p.Low}..{p.High} '{p.Unit}'");
            }
        }

        for (var i = 0; i < predicted.Count; i++)
        {
            if (!used[i] && !expected.Exists(g => predicted[i].Start < g.End && g.Start < predicted[i].End))
            {
                log?.WriteLine($"  EXTRA {predicted[i].Paragraph} [{predicted[i].Text}] {predicted[i].Kind}");
            }
        }
    }

    /// <summary>The number entity as a mention in the set's terms: bounds for every kind, a direction, a written unit only.</summary>
    private static QuantityMention ToMention(string paragraph, NumberEntity e)
    {
        var direction = e.Comparison switch
        {
            "gt" => "greater",
            "ge" => "greater-or-equal",
            "lt" => "less",
            "le" => "less-or-equal",
            _ when e.Kind == NumberKind.Range => "between",
            _ => "none",
        };
        double? low = e.Kind == NumberKind.Range ? e.Low : e.Value;
        double? high = e.Kind == NumberKind.Range ? e.High : e.Value;
        if (e.Comparison is "gt" or "ge")
        {
            (low, high) = (e.Low ?? e.Value, null);
        }
        else if (e.Comparison is "lt" or "le")
        {
            (low, high) = (null, e.High ?? e.Value);
        }

        var unit = e.Kind == NumberKind.Percent ? "%"
            : e.Dimension is not null || e.Kind is NumberKind.Currency || UnitNames.IsWrittenUnit(e.Unit) ? e.Unit ?? string.Empty : string.Empty;
        if (unit == "decade")
        {
            // The set counts decades in years ("a decade" is 10 years); the normalizer keeps the written unit.
            (low, high, unit) = (low * 10, high * 10, "year");
        }

        return new QuantityMention(paragraph, e.Start, e.Start + e.Length, e.Text, e.KindName, low, high, direction, unit, e.Approximate);
    }

    /// <summary>
    /// The set puts a hedge in the span ("about 6%"), the normalizer flags it instead and spans the amount ("6%"): a
    /// prediction flagged approximate whose span is the gold span less one or two leading words matches it.
    /// </summary>
    private static bool IsHedgeBefore(QuantityMention gold, QuantityMention predicted)
    {
        if (!predicted.Approximate || predicted.End != gold.End || predicted.Start <= gold.Start)
        {
            return false;
        }

        var lead = gold.Text[..(predicted.Start - gold.Start)];
        return lead.All(c => char.IsLetter(c) || c == ' ') && lead.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is 1 or 2;
    }

    /// <summary>
    /// The set leaves a rate's denominator out of the span and the unit ("30-50 m a year" is 30-50 m); the normalizer
    /// reads it as a compound unit (m/yr) and spans it: a prediction that is the gold span followed by "a", "an" or
    /// "per" and one word, with a compound unit whose numerator is the gold unit, matches it with that unit.
    /// </summary>
    private static bool IsRateDenominatorAfter(QuantityMention gold, QuantityMention predicted)
    {
        var slash = predicted.Unit.IndexOf('/', StringComparison.Ordinal);
        if (predicted.Start != gold.Start || predicted.End <= gold.End || slash <= 0 || !UnitNames.Same(gold.Unit, predicted.Unit[..slash]))
        {
            return false;
        }

        var rest = predicted.Text[(gold.End - predicted.Start)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return rest.Length == 2 && rest[0] is "a" or "an" or "per" && rest[1].All(char.IsLetter);
    }

    private static bool Same(double? a, double? b) => a is null
        ? b is null
        : b is { } v && Math.Abs(a.Value - v) <= 1e-9 * Math.Max(1, Math.Abs(a.Value));

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
