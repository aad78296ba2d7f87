using System.Globalization;
using System.Text.Json;
using Ingest.Normalizers.Numbers;

namespace Ingest.Evaluation.Numbers;

/// <summary>
/// Scores the number normalizer against the Recognizers-Text English number, ordinal, percentage, currency, age and
/// temperature specifications (and the number-range and dimension specifications when the folder has them): detection
/// precision, recall and F1 (exact span and overlapping span), value accuracy over the matched pairs, for quantities the
/// share of annotations with value and unit right, for ranges the share with span and both bounds right and the share of
/// one-sided ranges with the right comparison. Every specification is split by case index and printed as two halves:
/// tune on <c>/even</c>, report <c>/odd</c>.
/// </summary>
/// <remarks>
/// <para>
/// Each case's input becomes a one-paragraph document. Predictions are compared per spec with the kinds that spec annotates
/// (numbers: everything but ordinals; ordinals; percentages; money). Out of scope and counted separately: cases the
/// .NET implementation of Recognizers-Text itself marks unsupported, relative ordinals (<c>last</c>, <c>next</c>) and
/// percentages without a value (<c>a small percent</c>). Money in a minor unit (cents, pence, satoshis) is compared in the
/// main unit, as the normalizer reports it.
/// </para>
/// <para>
/// Where the specs' conventions differ from the normalizer's (the issue's), the scoring maps them instead of counting a
/// difference of convention as an error: digits that are a piece of an identifier, address, phone number or numeric date
/// (<c>192.168.1.2</c>, <c>SCP-173</c>, <c>+1-222-2222</c>, <c>5/17/2018</c>), which the issue says are not numbers, are
/// excluded; in the number spec, the bare number inside an amount of money (<c>$20</c> annotated as <c>20</c>) matches the
/// money entity that contains it with the same value; in the ordinal spec, an ordinal that is the denominator of a
/// fraction the normalizer reports (<c>a third</c> in <c>forty two and a third</c>) is excluded; a range the spec annotates
/// as two numbers (<c>10%</c> and <c>20%</c> in <c>from 10% to 20%</c>) is scored as its two ends; a number annotated
/// inside a one-sided range (<c>30</c> in <c>more than 30</c>) or a quantity (<c>5</c> in <c>5 km</c>) matches that entity with
/// the same value; a quantity with its unit glued (<c>29km</c>) is not scored in the number spec, which annotates no number
/// there. Recognizers-Text unit names (<c>Kilometer</c>, <c>C</c>, <c>Degree</c>) are mapped to the canonical symbols. Each is counted in
/// <c>mapped</c>; <c>--raw</c> turns the mapping off.
/// </para>
/// <para>
/// Options: <c>--verbose</c> prints the misses of the even half (<c>--half odd</c>: of the odd half); <c>--raw</c> scores without the convention mapping; <c>--probe "text"</c>
/// prints the entities of one text; <c>--probe-file path</c> those of a file read one paragraph per non-empty line.
/// </para>
/// </remarks>
internal sealed class NumbersSuite : IEvaluationSuite
{
    private static readonly (string File, string Spec)[] Specs =
    [
        ("Number-English-NumberModel.json", "number"),
        ("Number-English-OrdinalModel.json", "ordinal"),
        ("Number-English-PercentModel.json", "percent"),
        ("NumberWithUnit-English-CurrencyModel.json", "currency"),
        ("NumberWithUnit-English-AgeModel.json", "age"),
        ("NumberWithUnit-English-TemperatureModel.json", "temperature"),
    ];

    /// <summary>Specifications scored when present (not in the shared folder): number ranges and dimensions.</summary>
    private static readonly (string File, string Spec)[] OptionalSpecs =
    [
        ("Number-English-NumberRangeModel.json", "range"),
        ("NumberWithUnit-English-DimensionModel.json", "dimension"),
    ];

    /// <summary>Minor currency units the specs resolve in their own unit, with how many make the main unit.</summary>
    private static readonly Dictionary<string, double> MinorUnits = new(StringComparer.Ordinal)
    {
        ["Cent"] = 100,
        ["Pence"] = 100,
        ["Penny"] = 100,
        ["Sen"] = 100,
        ["Satoshi"] = 1e8,
    };

    public string Name => "numbers";

    public string Description => "number normalizer vs Recognizers-Text English number/ordinal/percent/currency/age/temperature specs, even and odd halves (folder of *.json)";

    public async Task<int> RunAsync(string corpus, IReadOnlyList<string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var normalizer = new NumberNormalizer();
        var probe = IndexOf(options, "--probe");
        if (probe >= 0 && probe + 1 < options.Count)
        {
            foreach (var entity in await NormalizeAsync(normalizer, options[probe + 1], cancellationToken))
            {
                output.WriteLine(entity);
            }

            return 0;
        }

        var probeFile = IndexOf(options, "--probe-file");
        if (probeFile >= 0 && probeFile + 1 < options.Count)
        {
            var builder = new DocumentBuilder(new Uri("urn:numbers:file"), "text/plain");
            foreach (var line in await File.ReadAllLinesAsync(options[probeFile + 1], cancellationToken))
            {
                if (line.Trim().Length > 0)
                {
                    builder.AddBlock(BlockKind.Paragraph, line);
                }
            }

            var document = builder.Build();
            await normalizer.NormalizeAsync(document, new NormalizationContext(null, ReferenceDateOrigin.None), cancellationToken);
            foreach (var entity in document.Entities)
            {
                output.WriteLine(entity);
            }

            return 0;
        }

        var verbose = IndexOf(options, "--verbose") >= 0;
        var mapConventions = IndexOf(options, "--raw") < 0;
        var halfOption = IndexOf(options, "--half");
        var logHalf = halfOption >= 0 && halfOption + 1 < options.Count && options[halfOption + 1] == "odd" ? 1 : 0;
        var overall = new[] { new Score(), new Score() };
        var specs = Specs.Concat(OptionalSpecs.Where(o => File.Exists(Path.Combine(corpus, o.File))));
        foreach (var (file, spec) in specs)
        {
            var path = Path.Combine(corpus, file);
            if (!File.Exists(path))
            {
                output.WriteLine($"{spec}: missing {path}");
                return 1;
            }

            var halves = new[] { new Score(), new Score() };
            using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(path, cancellationToken));
            var index = -1;
            foreach (var item in json.RootElement.EnumerateArray())
            {
                index++;
                var half = index % 2;
                var score = halves[half];
                var input = item.GetProperty("Input").GetString() ?? string.Empty;
                if (item.TryGetProperty("NotSupported", out var ns) && (ns.GetString() ?? string.Empty).Contains("dotnet", StringComparison.OrdinalIgnoreCase))
                {
                    score.ExcludedCases++;
                    continue;
                }

                var expected = new List<Expected>();
                foreach (var result in item.GetProperty("Results").EnumerateArray())
                {
                    var typeName = result.GetProperty("TypeName").GetString() ?? string.Empty;
                    var resolution = result.TryGetProperty("Resolution", out var r) ? r : default;
                    var valueText = resolution.ValueKind == JsonValueKind.Object && resolution.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                    if (typeName == "ordinal.relative" || valueText is null or "null")
                    {
                        score.ExcludedAnnotations++;
                        continue;
                    }

                    var unit = resolution.TryGetProperty("unit", out var u) ? u.GetString() : null;
                    var interval = spec == "range" ? Interval.Parse(valueText) : null;
                    var value = interval is not null ? interval.Low ?? interval.High ?? double.NaN : double.Parse(valueText.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture);
                    if (unit is not null && MinorUnits.TryGetValue(unit, out var perMainUnit))
                    {
                        value /= perMainUnit;
                    }

                    var iso = resolution.TryGetProperty("isoCurrency", out var isoProperty) ? isoProperty.GetString() : null;
                    var start = result.GetProperty("Start").GetInt32();
                    var end = result.GetProperty("End").GetInt32() + 1;
                    if (mapConventions && IsPieceOfIdentifier(input, start, end))
                    {
                        score.MappedAnnotations++;
                        continue;
                    }

                    var measure = spec is "age" or "temperature" or "dimension" ? unit : null;
                    expected.Add(new Expected(start, end, value, iso, result.GetProperty("Text").GetString() ?? string.Empty) { Interval = interval, Measure = measure });
                }

                var entities = await NormalizeAsync(normalizer, input, cancellationToken);
                if (mapConventions)
                {
                    score.MappedAnnotations += SplitRangesAnnotatedAsTwoEnds(entities, expected, spec);
                }

                var predicted = entities.Where(e => Belongs(spec, e)).ToList();
                if (mapConventions && spec == "ordinal")
                {
                    score.MappedAnnotations += expected.RemoveAll(e => IsDenominatorOfFraction(e, entities));
                }

                Compare(input, expected, predicted, score, verbose && half == logHalf ? output : null, spec, mapConventions);
            }

            Print(output, spec + "/even", halves[0]);
            Print(output, spec + "/odd", halves[1]);
            overall[0].Add(halves[0]);
            overall[1].Add(halves[1]);
        }

        Print(output, "all/even", overall[0]);
        Print(output, "all/odd", overall[1]);
        return 0;
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

    /// <summary>Digits joined without a space to other digits or letters by <c>. - / : +</c>: a piece of an identifier, address, phone number or numeric date.</summary>
    private static bool IsPieceOfIdentifier(string input, int start, int end)
    {
        if (start >= end || end > input.Length)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!char.IsAsciiDigit(input[i]))
            {
                return false;
            }
        }

        var left = start > 0 && input[start - 1] is '.' or '-' or '/' or ':' or '+' && (input[start - 1] == '+' || (start > 1 && char.IsLetterOrDigit(input[start - 2])));
        var right = end + 1 < input.Length && input[end] is '.' or '-' or '/' or ':' && char.IsLetterOrDigit(input[end + 1]);
        return left || right;
    }

    /// <summary>
    /// A range the spec annotates as its two ends (<c>10%</c> and <c>20%</c> in <c>from 10% to 20%</c>): the range is replaced
    /// by one entity per end, of the kind the spec scores, with the annotated spans. Returns how many ends were mapped.
    /// </summary>
    private static int SplitRangesAnnotatedAsTwoEnds(List<NumberEntity> entities, List<Expected> expected, string spec)
    {
        var mapped = 0;
        for (var i = 0; i < entities.Count; i++)
        {
            var range = entities[i];
            if (range.Kind != NumberKind.Range || range.Low is not { } low || range.High is not { } high)
            {
                continue;
            }

            var rangeEnd = range.Start + range.Length;
            var lowEnd = expected.Find(e => e.Start >= range.Start && e.End <= rangeEnd && SameValue(low, e.Value));
            var highEnd = expected.Find(e => e.Start >= range.Start && e.End <= rangeEnd && SameValue(high, e.Value) && lowEnd is not null && e.Start >= lowEnd.End);
            if (lowEnd is null || highEnd is null)
            {
                continue;
            }

            var kind = spec switch
            {
                "percent" => NumberKind.Percent,
                "currency" => NumberKind.Currency,
                _ => NumberKind.Cardinal,
            };
            entities[i] = new NumberEntity(lowEnd.Start, lowEnd.End - lowEnd.Start, lowEnd.Text, kind, low, unit: range.Unit, approximate: range.Approximate);
            entities.Insert(i + 1, new NumberEntity(highEnd.Start, highEnd.End - highEnd.Start, highEnd.Text, kind, high, unit: range.Unit, approximate: range.Approximate));
            mapped += 2;
            i++;
        }

        return mapped;
    }

    /// <summary>An ordinal annotated where the normalizer reports a fraction ending in that word: the ordinal is its denominator.</summary>
    private static bool IsDenominatorOfFraction(Expected ordinal, List<NumberEntity> entities)
    {
        foreach (var entity in entities)
        {
            if (entity.Kind == NumberKind.Fraction && entity.Start < ordinal.Start && entity.Start + entity.Length == ordinal.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A bare number annotated inside an amount of money or a quantity (number spec), or inside a one-sided range (<c>30</c> in
    /// <c>more than 30</c>, which these specs annotate without the comparison): the entity that contains it, with the same value.
    /// </summary>
    private static bool IsNumberOfAmount(string spec, Expected expected, NumberEntity predicted)
        => spec is "number" or "percent" or "currency" && expected.Interval is null
            && ((spec == "number" && predicted.Kind is NumberKind.Currency or NumberKind.Quantity) || (predicted.Kind == NumberKind.Range && predicted.Comparison is not null))
            && predicted.Start <= expected.Start && expected.End <= predicted.Start + predicted.Length
            && predicted.Value is { } value && SameValue(value, expected.Value);

    private static bool SameBound(double? expected, double? actual) => expected is null ? actual is null : actual is { } a && SameValue(a, expected.Value);

    private static bool SameValue(double actual, double expected) => Math.Abs(actual - expected) <= Math.Max(1e-6, Math.Abs(expected) * 1e-9);

    private static bool Belongs(string spec, NumberEntity entity) => spec switch
    {
        "number" => entity.Kind != NumberKind.Ordinal && !IsGluedQuantity(entity),
        "ordinal" => entity.Kind == NumberKind.Ordinal,
        "percent" => entity.Kind == NumberKind.Percent || (entity.Kind == NumberKind.Range && entity.Unit == "%"),
        "age" => entity.Dimension == "age",
        "temperature" => entity.Dimension == "temperature",
        "dimension" => entity.Dimension is not null and not "age" and not "temperature",
        "range" => entity.Kind == NumberKind.Range,
        _ => entity.Kind == NumberKind.Currency || (entity.Kind == NumberKind.Range && entity.Unit is { Length: 3 } && entity.Unit.All(char.IsUpper)),
    };

    /// <summary>A quantity with its unit glued to the digits (<c>29km</c>, <c>180ml</c>): the number spec annotates no number in such a token.</summary>
    private static bool IsGluedQuantity(NumberEntity entity) => entity.Kind == NumberKind.Quantity && !entity.Text.Contains(' ', StringComparison.Ordinal);

    /// <summary>
    /// The Recognizers-Text unit names as canonical symbols, so the unit the normalizer writes can be compared; a name not
    /// listed is compared lower-cased with the symbol.
    /// </summary>
    private static readonly Dictionary<string, string> UnitNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Year"] = "year", ["Month"] = "month", ["Week"] = "week", ["Day"] = "day", ["Age"] = "year",
        ["C"] = "°C", ["F"] = "°F", ["K"] = "K", ["Degree"] = "°",
        ["Meter"] = "m", ["Kilometer"] = "km", ["Centimeter"] = "cm", ["Millimeter"] = "mm", ["Micrometer"] = "μm", ["Nanometer"] = "nm",
        ["Mile"] = "mi", ["Foot"] = "ft", ["Inch"] = "in", ["Yard"] = "yd", ["Nautical mile"] = "nmi",
        ["Gram"] = "g", ["Kilogram"] = "kg", ["Milligram"] = "mg", ["Microgram"] = "μg", ["Pound"] = "lb", ["Ounce"] = "oz",
        ["Ton"] = "ton", ["Metric ton"] = "t", ["Tonne"] = "t", ["Stone"] = "st",
        ["Square meter"] = "m²", ["Square kilometer"] = "km²", ["Square centimeter"] = "cm²", ["Square foot"] = "ft²", ["Square mile"] = "mi²",
        ["Square inch"] = "in²", ["Square yard"] = "yd²", ["Acre"] = "ac", ["Hectare"] = "ha",
        ["Liter"] = "L", ["Milliliter"] = "mL", ["Gallon"] = "gal", ["Cubic meter"] = "m³", ["Cubic centimeter"] = "cm³", ["Barrel"] = "bbl", ["Fluid ounce"] = "fl oz",
        ["Kilometer per hour"] = "km/h", ["Mile per hour"] = "mph", ["Meter per second"] = "m/s", ["Knot"] = "kn", ["Foot per second"] = "ft/s",
        ["Bit"] = "bit", ["Byte"] = "B", ["Kilobyte"] = "kB", ["Megabyte"] = "MB", ["Gigabyte"] = "GB", ["Terabyte"] = "TB",
        ["Kilobit"] = "kbit", ["Megabit"] = "Mbit", ["Gigabit"] = "Gbit",
        ["Second"] = "s", ["Minute"] = "min", ["Hour"] = "h", ["Millisecond"] = "ms",
        ["Watt"] = "W", ["Kilowatt"] = "kW", ["Megawatt"] = "MW", ["Horsepower"] = "hp", ["Kilowatt hour"] = "kWh", ["Joule"] = "J", ["Calorie"] = "cal",
    };

    private static bool SameUnit(string expected, string? actual)
        => actual is not null && (UnitNames.TryGetValue(expected, out var symbol) ? symbol == actual : expected.Equals(actual, StringComparison.OrdinalIgnoreCase));

    private static async Task<List<NumberEntity>> NormalizeAsync(NumberNormalizer normalizer, string input, CancellationToken cancellationToken)
    {
        var builder = new DocumentBuilder(new Uri("urn:numbers:case"), "text/plain");
        builder.AddBlock(BlockKind.Paragraph, input);
        var document = builder.Build();
        await normalizer.NormalizeAsync(document, new NormalizationContext(null, ReferenceDateOrigin.None), cancellationToken);
        return document.Entities.OfType<NumberEntity>().ToList();
    }

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
