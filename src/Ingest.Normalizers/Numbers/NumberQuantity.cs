namespace Ingest.Normalizers.Numbers;

/// <summary>The core of a number expression as parsed from digits or words, before percent, money, range or unit.</summary>
internal struct NumberQuantity
{
    public int Start;
    public int End;
    public double Value;
    public NumberKind Kind;

    /// <summary>Written with digits only, as one literal (no scale word): the candidates for years and day numbers.</summary>
    public bool PlainDigits;

    /// <summary>The number of digits before the decimal point of a plain literal.</summary>
    public int IntegerDigits;

    /// <summary>The literal used group separators (<c>1,960</c>).</summary>
    public bool Grouped;

    /// <summary>A scale word or suffix was applied (<c>20 million</c>, <c>3bn</c>).</summary>
    public bool Scaled;

    /// <summary>The largest scale applied, to carry it from the high end of a range to the low end.</summary>
    public double Scale;

    /// <summary>The quantity is the single word <c>one</c> (a pronoun candidate).</summary>
    public bool IsBareOne;

    /// <summary>The currency given by a suffix on the literal (<c>115USD</c>).</summary>
    public string? Currency;

    /// <summary>The text is words only (no digits).</summary>
    public bool Words;
}
