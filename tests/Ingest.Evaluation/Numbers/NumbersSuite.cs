using System.Globalization;
using System.Text.Json;
using Ingest.Normalizers.Numbers;

namespace Ingest.Evaluation.Numbers;

/// <summary>
/// Scores the number normalizer against the Recognizers-Text English number, ordinal, percentage and currency specifications:
/// detection precision, recall and F1 (exact span and overlapping span) and value accuracy over the matched pairs.
/// </summary>
/// <remarks>
/// Each case's input becomes a one-paragraph document. Predictions are compared per spec with the kinds that spec annotates
/// (numbers: everything but ordinals; ordinals; percentages; money). Out of scope and counted separately: cases the
/// .NET implementation of Recognizers-Text itself marks unsupported, relative ordinals (<c>last</c>, <c>next</c>) and
/// percentages without a value (<c>a small percent</c>). Money in cents or pence is compared in the main unit.
/// Options: <c>--verbose</c> prints every miss; <c>--probe "text"</c> prints the entities of one text;
/// <c>--probe-file path</c> those of a file read one paragraph per non-empty line.
/// </remarks>
internal sealed class NumbersSuite : IEvaluationSuite
{
    private static readonly (string File, string Spec)[] Specs =
    [
        ("Number-English-NumberModel.json", "number"),
        ("Number-English-OrdinalModel.json", "ordinal"),
        ("Number-English-PercentModel.json", "percent"),
        ("NumberWithUnit-English-CurrencyModel.json", "currency"),
    ];

    public string Name => "numbers";

    public string Description => "number normalizer vs Recognizers-Text English number/ordinal/percent/currency specs (folder of *.json)";

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
        var overall = new Score();
        foreach (var (file, spec) in Specs)
        {
            var path = Path.Combine(corpus, file);
            if (!File.Exists(path))
            {
                output.WriteLine($"{spec}: missing {path}");
                return 1;
            }

            var score = new Score();
            using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(path, cancellationToken));
            foreach (var item in json.RootElement.EnumerateArray())
            {
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

                    var value = double.Parse(valueText.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture);
                    var unit = resolution.TryGetProperty("unit", out var u) ? u.GetString() : null;
                    if (unit is "Cent" or "Pence" or "Penny")
                    {
                        value /= 100;
                    }

                    var iso = resolution.TryGetProperty("isoCurrency", out var isoProperty) ? isoProperty.GetString() : null;
                    var start = result.GetProperty("Start").GetInt32();
                    var end = result.GetProperty("End").GetInt32() + 1;
                    expected.Add(new Expected(start, end, value, iso, result.GetProperty("Text").GetString() ?? string.Empty));
                }

                var entities = await NormalizeAsync(normalizer, input, cancellationToken);
                var predicted = entities.Where(e => Belongs(spec, e)).ToList();
                Compare(input, expected, predicted, score, verbose ? output : null, spec);
            }

            Print(output, spec, score);
            overall.Add(score);
        }

        Print(output, "overall", overall);
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

    private static bool Belongs(string spec, NumberEntity entity) => spec switch
    {
        "number" => entity.Kind != NumberKind.Ordinal,
        "ordinal" => entity.Kind == NumberKind.Ordinal,
        "percent" => entity.Kind == NumberKind.Percent,
        _ => entity.Kind == NumberKind.Currency || (entity.Kind == NumberKind.Range && entity.Unit is { Length: 3 } && entity.Unit.All(char.IsUpper)),
    };

    private static async Task<List<NumberEntity>> NormalizeAsync(NumberNormalizer normalizer, string input, CancellationToken cancellationToken)
    {
        var builder = new DocumentBuilder(new Uri("urn:numbers:case"), "text/plain");
        builder.AddBlock(BlockKind.Paragraph, input);
        var document = builder.Build();
        await normalizer.NormalizeAsync(document, new NormalizationContext(null, ReferenceDateOrigin.None), cancellationToken);
        return document.Entities.OfType<NumberEntity>().ToList();
    }

    private static void Compare(string input, List<Expected> expected, List<NumberEntity> predicted, Score score, TextWriter? log, string spec)
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
                if (p.Start == e.Start && p.Start + p.Length == e.End)
                {
                    best = i;
                    break;
                }

                if (best < 0 && p.Start < e.End && e.Start < p.Start + p.Length)
                {
                    best = i;
                }
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
            else
            {
                log?.WriteLine($"  [{spec}] SPAN \"{e.Text}\" vs \"{match.Text}\" in: {input}");
            }

            var value = match.Value ?? match.Low ?? double.NaN;
            if (Math.Abs(value - e.Value) <= Math.Max(1e-6, Math.Abs(e.Value) * 1e-9))
            {
                score.ValueCorrect++;
            }
            else
            {
                log?.WriteLine($"  [{spec}] VALUE \"{e.Text}\" = {e.Value.ToString(CultureInfo.InvariantCulture)} vs {value.ToString(CultureInfo.InvariantCulture)} in: {input}");
            }

            if (e.Iso is not null)
            {
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
            $"{name,-9} expected {s.Expected,4} predicted {s.Predicted,4} | exact P {pe:F3} R {re:F3} F1 {F1(pe, re):F3} | overlap P {po:F3} R {ro:F3} F1 {F1(po, ro):F3} | value acc {Ratio(s.ValueCorrect, s.Overlap):F3} | iso acc {Ratio(s.UnitCorrect, s.UnitExpected):F3} ({s.UnitExpected}) | excluded cases {s.ExcludedCases}, annotations {s.ExcludedAnnotations}"));
    }

    private sealed record Expected(int Start, int End, double Value, string? Iso, string Text);

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

        public void Add(Score other)
        {
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
