namespace Ingest.Normalizers.Numbers.Units;

/// <summary>The units an age is counted in (<c>five years old</c>, <c>ten months of age</c>), with their length in seconds.</summary>
internal static class AgeUnits
{
    public static readonly UnitDefinition Year = new("year", UnitDimension.Age, 31_557_600);
    public static readonly UnitDefinition Month = new("month", UnitDimension.Age, 31_557_600 / 12.0);
    public static readonly UnitDefinition Week = new("week", UnitDimension.Age, 604_800);
    public static readonly UnitDefinition Day = new("day", UnitDimension.Age, 86_400);

    /// <summary>The age unit named by a calendar word, singular or plural (<c>year</c>, <c>months</c>), if any.</summary>
    public static UnitDefinition? Find(ReadOnlySpan<char> word)
    {
        var singular = word.Length > 1 && word[^1] is 's' or 'S' ? word[..^1] : word;
        return singular.Equals("year", StringComparison.OrdinalIgnoreCase) ? Year
            : singular.Equals("month", StringComparison.OrdinalIgnoreCase) ? Month
            : singular.Equals("week", StringComparison.OrdinalIgnoreCase) ? Week
            : singular.Equals("day", StringComparison.OrdinalIgnoreCase) ? Day
            : null;
    }
}
