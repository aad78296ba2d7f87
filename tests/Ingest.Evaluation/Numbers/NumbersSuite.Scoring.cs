using System.Globalization;
using Ingest.Normalizers.Numbers;

namespace Ingest.Evaluation.Numbers;

/// <content>Matching predictions to annotations and the scores printed per specification and half.</content>
internal sealed partial class NumbersSuite
{
    private static void Compare(string input, List<Expected> expected, List<NumberEntity> predicted, Score score, TextWriter? log, string spec, bool mapConventions)
    {
        var used = new bool[predicted.Count];
        foreach (var e in expected)
        {
            score.Expected++;
            var best = -1;
            for (var i = 0; i < predicted.Count; i++)
            {
                if (used[i])
                {
                    continue;
                }

                var p = predicted[i];
                if ((p.Start == e.Start && p.Start + p.Length == e.End) || (mapConventions && IsNumberOfAmount(spec, e, p)))
                {
                    best = i;
                    break;
                }

                if (best < 0 && p.Start < e.End && e.Start < p.Start + p.Length)
                {
                    best = i;
                }
            }

            score.MeasureExpected += e.Measure is not null ? 1 : 0;
            if (e.Interval is not null)
            {
                score.Ranges++;
                score.OneSidedExpected += e.Interval.Comparison is not null ? 1 : 0;
            }

            if (best < 0)
            {
                log?.WriteLine($"  [{spec}] MISS \"{e.Text}\" = {e.Value.ToString(CultureInfo.InvariantCulture)} in: {input}");
                continue;
            }

            used[best] = true;
            var match = predicted[best];
            score.Overlap++;
            if (match.Start == e.Start && match.Start + match.Length == e.End)
            {
                score.Exact++;
            }
            else if (mapConventions && IsNumberOfAmount(spec, e, match))
            {
                score.Exact++;
                score.MappedAnnotations++;
            }
            else
            {
                log?.WriteLine($"  [{spec}] SPAN \"{e.Text}\" vs \"{match.Text}\" in: {input}");
            }

            var value = match.Value ?? match.Low ?? double.NaN;
            if (SameValue(value, e.Value))
            {
                score.ValueCorrect++;
            }
            else
            {
                log?.WriteLine($"  [{spec}] VALUE \"{e.Text}\" = {e.Value.ToString(CultureInfo.InvariantCulture)} vs {value.ToString(CultureInfo.InvariantCulture)} in: {input}");
            }

            if (e.Measure is not null)
            {
                score.UnitExpected++;
                var unitRight = SameUnit(e.Measure, match.Unit);
                score.UnitCorrect += unitRight ? 1 : 0;
                score.ValueAndUnitCorrect += unitRight && SameValue(value, e.Value) ? 1 : 0;
                if (!unitRight)
                {
                    log?.WriteLine($"  [{spec}] UNIT \"{e.Text}\" = {e.Measure} vs {match.Unit} in: {input}");
                }
            }

            if (e.Interval is { } interval)
            {
                var exact = match.Start == e.Start && match.Start + match.Length == e.End;
                var bounds = SameBound(interval.Low, match.Low) && SameBound(interval.High, match.High);
                score.RangeSpanAndBounds += exact && bounds ? 1 : 0;
                if (interval.Comparison is not null)
                {
                    score.OneSided++;
                    score.DirectionCorrect += interval.Comparison == match.Comparison ? 1 : 0;
                }

                if (!bounds || (interval.Comparison is not null && interval.Comparison != match.Comparison))
                {
                    log?.WriteLine($"  [{spec}] RANGE \"{e.Text}\" = {interval} vs {match.Comparison} {match.Low}-{match.High} in: {input}");
                }
            }

            if (e.Iso is not null)
            {
                score.UnitIsoExpected++;
                score.UnitExpected++;
                if (match.Unit == e.Iso)
                {
                    score.UnitCorrect++;
                }
                else
                {
                    log?.WriteLine($"  [{spec}] UNIT \"{e.Text}\" = {e.Iso} vs {match.Unit} in: {input}");
                }
            }
        }

        for (var i = 0; i < predicted.Count; i++)
        {
            score.Predicted++;
            if (!used[i])
            {
                log?.WriteLine($"  [{spec}] EXTRA {predicted[i]} in: {input}");
            }
        }
    }

    private static void Print(TextWriter output, string name, Score s)
    {
        static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
        static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
        var pe = Ratio(s.Exact, s.Predicted);
        var re = Ratio(s.Exact, s.Expected);
        var po = Ratio(s.Overlap, s.Predicted);
        var ro = Ratio(s.Overlap, s.Expected);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-9} expected {s.Expected,4} predicted {s.Predicted,4} | exact P {pe:F3} R {re:F3} F1 {F1(pe, re):F3} | overlap P {po:F3} R {ro:F3} F1 {F1(po, ro):F3} | value acc {Ratio(s.ValueCorrect, s.Overlap):F3} | iso acc {Ratio(s.UnitCorrect, s.UnitExpected):F3} ({s.UnitExpected}) | excluded cases {s.ExcludedCases}, annotations {s.ExcludedAnnotations} | mapped {s.MappedAnnotations}"));
        if (s.MeasureExpected > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{string.Empty,-9}   quantities: value and unit right {Ratio(s.ValueAndUnitCorrect, s.MeasureExpected):F3} ({s.MeasureExpected})"));
        }

        if (s.Ranges > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{string.Empty,-9}   ranges: span and both bounds right {Ratio(s.RangeSpanAndBounds, s.Ranges):F3} ({s.Ranges}) | one-sided direction right {Ratio(s.DirectionCorrect, s.OneSidedExpected):F3} ({s.OneSidedExpected})"));
        }
    }

    private sealed record Expected(int Start, int End, double Value, string? Iso, string Text)
    {
        /// <summary>For the range spec, the annotated interval.</summary>
        public Interval? Interval { get; init; }

        /// <summary>For the age, temperature and dimension specs, the annotated unit name.</summary>
        public string? Measure { get; init; }
    }

    /// <summary>A Recognizers-Text interval: <c>(30,)</c> more than 30, <c>[30,)</c> at least 30, <c>(,5]</c> at most 5, <c>[20,100)</c>.</summary>
    private sealed record Interval(double? Low, double? High, string? Comparison)
    {
        public static Interval Parse(string text)
        {
            var inner = text.Trim();
            var openInclusive = inner.StartsWith('[');
            var closeInclusive = inner.EndsWith(']');
            var parts = inner.Trim('[', ']', '(', ')').Split(',');
            double? Bound(string part) => part.Trim().Length == 0 ? null : double.Parse(part, NumberStyles.Float, CultureInfo.InvariantCulture);
            var low = Bound(parts[0]);
            var high = parts.Length > 1 ? Bound(parts[1]) : null;
            var comparison = (low, high) switch
            {
                ({ } l, { } h) when l == h => "eq",
                ({ }, null) => openInclusive ? "ge" : "gt",
                (null, { }) => closeInclusive ? "le" : "lt",
                _ => null,
            };
            return new Interval(comparison == "eq" ? low : low, comparison == "eq" ? high : high, comparison);
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Comparison} {Low}-{High}");
    }

    private sealed class Score
    {
        public int Expected;
        public int Predicted;
        public int Exact;
        public int Overlap;
        public int ValueCorrect;
        public int UnitExpected;
        public int UnitCorrect;
        public int ExcludedCases;
        public int ExcludedAnnotations;
        public int MappedAnnotations;
        public int UnitIsoExpected;
        public int MeasureExpected;
        public int ValueAndUnitCorrect;
        public int Ranges;
        public int RangeSpanAndBounds;
        public int OneSided;
        public int OneSidedExpected;
        public int DirectionCorrect;

        public void Add(Score other)
        {
            UnitIsoExpected += other.UnitIsoExpected;
            MeasureExpected += other.MeasureExpected;
            ValueAndUnitCorrect += other.ValueAndUnitCorrect;
            Ranges += other.Ranges;
            RangeSpanAndBounds += other.RangeSpanAndBounds;
            OneSided += other.OneSided;
            OneSidedExpected += other.OneSidedExpected;
            DirectionCorrect += other.DirectionCorrect;
            MappedAnnotations += other.MappedAnnotations;
            Expected += other.Expected;
            Predicted += other.Predicted;
            Exact += other.Exact;
            Overlap += other.Overlap;
            ValueCorrect += other.ValueCorrect;
            UnitExpected += other.UnitExpected;
            UnitCorrect += other.UnitCorrect;
            ExcludedCases += other.ExcludedCases;
            ExcludedAnnotations += other.ExcludedAnnotations;
        }
    }
}
