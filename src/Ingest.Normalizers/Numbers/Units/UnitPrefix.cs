namespace Ingest.Normalizers.Numbers.Units;

/// <summary>An SI prefix: its symbol (<c>k</c>), its spelled form (<c>kilo</c>) and its factor.</summary>
internal readonly record struct UnitPrefix(string Symbol, string Word, double Factor)
{
    /// <summary>The prefixes English text uses with units; <c>u</c> is the ASCII stand-in for <c>μ</c>.</summary>
    public static readonly UnitPrefix[] All =
    [
        new("n", "nano", 1e-9),
        new("μ", "micro", 1e-6),
        new("m", "milli", 1e-3),
        new("c", "centi", 1e-2),
        new("h", "hecto", 1e2),
        new("k", "kilo", 1e3),
        new("M", "mega", 1e6),
        new("G", "giga", 1e9),
        new("T", "tera", 1e12),
    ];
}
