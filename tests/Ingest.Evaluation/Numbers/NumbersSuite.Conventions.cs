using Ingest.Normalizers.Numbers;

namespace Ingest.Evaluation.Numbers;

/// <content>The conventions of the Recognizers-Text specifications mapped to the normalizer's: identifiers, ranges annotated as two ends, denominators, unit names.</content>
internal sealed partial class NumbersSuite
{
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
}
