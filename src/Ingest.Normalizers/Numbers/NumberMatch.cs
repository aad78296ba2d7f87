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
}
