namespace Ingest.Normalizers.Numbers;

/// <summary>A number found by the <see cref="NumberScanner"/>, before it becomes a <see cref="NumberEntity"/>.</summary>
internal struct NumberMatch
{
    public int Start;
    public int End;
    public NumberKind Kind;
    public double Value;
    public double Low;
    public double High;
    public bool HasBounds;
    public string? Currency;
    public int UnitStart;
    public int UnitLength;
    public bool Approximate;

    /// <summary>The unit of measure of a quantity or a range of quantities (<c>km</c>, <c>°C</c>), if any.</summary>
    public Units.UnitDefinition? Measure;

    /// <summary>The comparison of a one-sided range (<c>more than 30</c>), or none.</summary>
    public Ranges.RangeComparison Comparison;

    /// <summary>A range of percentages (<c>10-20%</c>).</summary>
    public bool Percent;
}
