namespace Ingest.Normalizers.Numbers.Ranges;

/// <summary>How a one-sided range relates to its one bound; written to JSON as <c>gt</c>, <c>ge</c>, <c>lt</c>, <c>le</c>, <c>eq</c>.</summary>
internal enum RangeComparison
{
    /// <summary>Not a one-sided range.</summary>
    None,

    /// <summary>Greater than the bound: <c>more than 30</c>, <c>over 30</c>, <c>above 30</c>.</summary>
    Greater,

    /// <summary>Greater than or equal: <c>at least 30</c>, <c>no fewer than 30</c>, <c>30 or more</c>.</summary>
    GreaterOrEqual,

    /// <summary>Less than the bound: <c>less than 30</c>, <c>under 30</c>, <c>below 30</c>.</summary>
    Less,

    /// <summary>Less than or equal: <c>at most 30</c>, <c>up to 30</c>, <c>no more than 30</c>, <c>30 or fewer</c>.</summary>
    LessOrEqual,

    /// <summary>Equal to the bound: <c>equal to 30</c>.</summary>
    Equal,
}
