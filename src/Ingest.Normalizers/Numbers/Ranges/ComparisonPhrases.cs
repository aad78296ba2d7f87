namespace Ingest.Normalizers.Numbers.Ranges;

/// <summary>
/// The English phrases that turn a number into a one-sided range, as data. Before the number: comparatives with
/// <c>than</c> (<c>more than</c>, <c>fewer than</c>), their negations (<c>no more than</c> is at most), superlatives with
/// <c>at</c> (<c>at least</c>, <c>at most</c>), prepositions of position (<c>over</c>, <c>above</c>, <c>under</c>,
/// <c>below</c>, <c>within</c>), <c>up to</c>, <c>a minimum/maximum of</c>, the equatives <c>as many as</c> (a ceiling)
/// and <c>as few as</c> (a floor), and limits (<c>capped at</c>, <c>limited to</c>). After it: <c>or more</c>,
/// <c>or fewer</c>, <c>and above</c>, <c>at most</c>, <c>at least</c>.
/// <c>nearly</c>, <c>almost</c> and <c>just under</c> mean "close to but not reaching": <c>nearly 30</c> is less than 30
/// and flagged approximate (<c>just over</c> likewise is more than). Other hedges (<c>about</c>, <c>around</c>) are not
/// bounds: <c>about 30</c> may be either side of 30, and is only flagged approximate.
/// </summary>
internal static class ComparisonPhrases
{
    /// <summary>Phrases before the number, longest first so <c>no more than</c> wins over <c>more than</c>.</summary>
    public static readonly (string[] Words, RangeComparison Comparison)[] Before =
    [
        (["more", "than", "or", "equal", "to"], RangeComparison.GreaterOrEqual),
        (["greater", "than", "or", "equal", "to"], RangeComparison.GreaterOrEqual),
        (["less", "than", "or", "equal", "to"], RangeComparison.LessOrEqual),
        (["fewer", "than", "or", "equal", "to"], RangeComparison.LessOrEqual),
        (["no", "more", "than"], RangeComparison.LessOrEqual),
        (["not", "more", "than"], RangeComparison.LessOrEqual),
        (["no", "greater", "than"], RangeComparison.LessOrEqual),
        (["no", "higher", "than"], RangeComparison.LessOrEqual),
        (["no", "less", "than"], RangeComparison.GreaterOrEqual),
        (["not", "less", "than"], RangeComparison.GreaterOrEqual),
        (["no", "fewer", "than"], RangeComparison.GreaterOrEqual),
        (["not", "fewer", "than"], RangeComparison.GreaterOrEqual),
        (["no", "lower", "than"], RangeComparison.GreaterOrEqual),
        (["in", "excess", "of"], RangeComparison.Greater),
        (["a", "minimum", "of"], RangeComparison.GreaterOrEqual),
        (["a", "maximum", "of"], RangeComparison.LessOrEqual),
        (["not", "exceeding"], RangeComparison.LessOrEqual),
        (["no", "longer", "than"], RangeComparison.LessOrEqual),
        (["no", "later", "than"], RangeComparison.LessOrEqual),
        (["as", "many", "as"], RangeComparison.LessOrEqual),
        (["as", "much", "as"], RangeComparison.LessOrEqual),
        (["as", "few", "as"], RangeComparison.GreaterOrEqual),
        (["as", "little", "as"], RangeComparison.GreaterOrEqual),
        (["capped", "at"], RangeComparison.LessOrEqual),
        (["limited", "to"], RangeComparison.LessOrEqual),
        (["more", "than"], RangeComparison.Greater),
        (["greater", "than"], RangeComparison.Greater),
        (["higher", "than"], RangeComparison.Greater),
        (["larger", "than"], RangeComparison.Greater),
        (["bigger", "than"], RangeComparison.Greater),
        (["upwards", "of"], RangeComparison.Greater),
        (["less", "than"], RangeComparison.Less),
        (["fewer", "than"], RangeComparison.Less),
        (["lower", "than"], RangeComparison.Less),
        (["smaller", "than"], RangeComparison.Less),
        (["at", "least"], RangeComparison.GreaterOrEqual),
        (["at", "most"], RangeComparison.LessOrEqual),
        (["up", "to"], RangeComparison.LessOrEqual),
        (["just", "under"], RangeComparison.Less),
        (["just", "below"], RangeComparison.Less),
        (["just", "over"], RangeComparison.Greater),
        (["just", "above"], RangeComparison.Greater),
        (["nearly"], RangeComparison.Less),
        (["almost"], RangeComparison.Less),
        (["equal", "to"], RangeComparison.Equal),
        (["over"], RangeComparison.Greater),
        (["above"], RangeComparison.Greater),
        (["exceeding"], RangeComparison.Greater),
        (["exceed"], RangeComparison.Greater),
        (["exceeds"], RangeComparison.Greater),
        (["exceeded"], RangeComparison.Greater),
        (["under"], RangeComparison.Less),
        (["below"], RangeComparison.Less),
        (["equals"], RangeComparison.Equal),
        (["within"], RangeComparison.LessOrEqual),
    ];

    /// <summary>Phrases after the number (and its unit).</summary>
    public static readonly (string[] Words, RangeComparison Comparison)[] After =
    [
        (["or", "more"], RangeComparison.GreaterOrEqual),
        (["or", "greater"], RangeComparison.GreaterOrEqual),
        (["or", "higher"], RangeComparison.GreaterOrEqual),
        (["or", "above"], RangeComparison.GreaterOrEqual),
        (["or", "over"], RangeComparison.GreaterOrEqual),
        (["and", "above"], RangeComparison.GreaterOrEqual),
        (["and", "over"], RangeComparison.GreaterOrEqual),
        (["or", "less"], RangeComparison.LessOrEqual),
        (["or", "fewer"], RangeComparison.LessOrEqual),
        (["or", "lower"], RangeComparison.LessOrEqual),
        (["or", "below"], RangeComparison.LessOrEqual),
        (["or", "under"], RangeComparison.LessOrEqual),
        (["and", "below"], RangeComparison.LessOrEqual),
        (["and", "under"], RangeComparison.LessOrEqual),
        (["at", "most"], RangeComparison.LessOrEqual),
        (["at", "the", "most"], RangeComparison.LessOrEqual),
        (["at", "least"], RangeComparison.GreaterOrEqual),
        (["at", "the", "least"], RangeComparison.GreaterOrEqual),
    ];

    /// <summary>The name written to JSON.</summary>
    public static string? Name(RangeComparison comparison) => comparison switch
    {
        RangeComparison.Greater => "gt",
        RangeComparison.GreaterOrEqual => "ge",
        RangeComparison.Less => "lt",
        RangeComparison.LessOrEqual => "le",
        RangeComparison.Equal => "eq",
        _ => null,
    };
}
