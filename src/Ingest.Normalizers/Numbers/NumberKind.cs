namespace Ingest.Normalizers.Numbers;

/// <summary>What a <see cref="NumberEntity"/> expresses; written to JSON as the lower-case name.</summary>
public enum NumberKind
{
    /// <summary>A whole count or amount: <c>1,960</c>, <c>twenty-six</c>, <c>20 million</c>, <c>tens of thousands</c>.</summary>
    Cardinal,

    /// <summary>A number with a fractional part written as decimals: <c>1.5</c>, <c>five point five</c>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The kind's name in the output format (\"decimal\").")]
    Decimal,

    /// <summary>A position in an order: <c>102nd</c>, <c>second</c>, <c>twenty-first</c>.</summary>
    Ordinal,

    /// <summary>A part of a whole: <c>a fifth</c>, <c>three quarters</c>, <c>1/2</c>, <c>one and a half</c>.</summary>
    Fraction,

    /// <summary>A percentage; the value is the number of percent (<c>80 percent</c> is 80).</summary>
    Percent,

    /// <summary>An amount of money; the unit is the ISO 4217 code.</summary>
    Currency,

    /// <summary>A range with <c>low</c> and <c>high</c>: <c>150,000-300,000</c>, <c>between 20 and 30</c>.</summary>
    Range,

    /// <summary>A factor or repetition: <c>three times</c>, <c>twice</c>, <c>3-fold</c>.</summary>
    Multiplier,

    /// <summary>A measured amount with a unit: <c>5 km</c>, <c>200lbs</c>, <c>40 °C</c>, <c>five years old</c>; see <see cref="NumberEntity.Dimension"/>.</summary>
    Quantity,
}
