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
internal sealed partial class NumbersSuite : IEvaluationSuite
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

    private static async Task<List<NumberEntity>> NormalizeAsync(NumberNormalizer normalizer, string input, CancellationToken cancellationToken)
    {
        var builder = new DocumentBuilder(new Uri("urn:numbers:case"), "text/plain");
        builder.AddBlock(BlockKind.Paragraph, input);
        var document = builder.Build();
        await normalizer.NormalizeAsync(document, new NormalizationContext(null, ReferenceDateOrigin.None), cancellationToken);
        return document.Entities.OfType<NumberEntity>().ToList();
    }
}
