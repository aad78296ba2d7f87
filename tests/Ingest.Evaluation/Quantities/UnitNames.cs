namespace Ingest.Evaluation.Quantities;

/// <summary>
/// Maps the number normalizer's unit symbols to the short names of the quantities set (its README lists them) and
/// tells a written unit from a counted noun.
/// </summary>
internal static class UnitNames
{
    private static readonly Dictionary<string, string> ToSetName = new(StringComparer.Ordinal)
    {
        ["°"] = "°C",
        ["m²"] = "m2",
        ["mm²"] = "mm2",
        ["m³"] = "m3",
        ["km²"] = "km2",
        ["ft²"] = "sqft",
        ["mi²"] = "sqmi",
        ["L"] = "l",
        ["mL"] = "ml",
        ["ac"] = "acre",
        ["d"] = "day",
        ["wk"] = "week",
        ["mo"] = "month",
        ["yr"] = "year",
    };

    /// <summary>Whether the two units name the same thing (both empty counts as the same).</summary>
    public static bool Same(string gold, string predicted) =>
        string.Equals(gold, Map(predicted), StringComparison.Ordinal);

    /// <summary>Whether a range's or number's unit is a unit or currency rather than a counted noun.</summary>
    public static bool IsWrittenUnit(string? unit) => unit is not null && (unit == "%" || ToSetName.ContainsKey(unit) || (unit.Length == 3 && unit.All(char.IsUpper)));

    private static string Map(string unit) => ToSetName.TryGetValue(unit, out var name) ? name : unit;
}
