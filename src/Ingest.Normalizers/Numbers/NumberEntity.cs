using System.Globalization;
using System.Text.Json;

namespace Ingest.Normalizers.Numbers;

/// <summary>
/// A number found in running text, resolved to the value a reader means: a count, a decimal, an ordinal, a fraction,
/// a percentage, an amount of money, a range or a multiplier.
/// </summary>
public sealed class NumberEntity : Entity
{
    /// <summary>Creates a number entity.</summary>
    /// <param name="start">The UTF-16 offset in the document text.</param>
    /// <param name="length">The length in UTF-16 code units.</param>
    /// <param name="text">The annotated text.</param>
    /// <param name="kind">What the number expresses.</param>
    /// <param name="value">The value (for a percentage the number of percent); for a one-sided range its bound; <see langword="null"/> for a two-sided range.</param>
    /// <param name="low">The lower bound of a range or of a vague amount.</param>
    /// <param name="high">The upper bound of a range or of a vague amount.</param>
    /// <param name="unit">The ISO 4217 code for money, the canonical symbol of a unit of measure (<c>km</c>), <c>%</c> for a range of percentages, otherwise the counted noun, if any.</param>
    /// <param name="approximate">Whether the amount is hedged (<c>about</c>, <c>over</c>) or vague (<c>tens of thousands</c>).</param>
    public NumberEntity(int start, int length, string text, NumberKind kind, double? value, double? low = null, double? high = null, string? unit = null, bool approximate = false)
        : base(start, length, text)
    {
        Kind = kind;
        Value = value;
        Low = low;
        High = high;
        Unit = unit;
        Approximate = approximate;
    }

    /// <inheritdoc />
    public override string Type => EntityTypes.Number;

    /// <summary>What the number expresses.</summary>
    public NumberKind Kind { get; }

    /// <summary>
    /// The value: the count, the decimal, the position of an ordinal, the fraction as a decimal, the number of percent,
    /// the amount of money in the currency's main unit (<c>50 cents</c> is 0.5 USD), the factor of a multiplier, a quantity
    /// in its written unit (<c>5 km</c> is 5), the bound of a one-sided range (<c>more than 30</c> is 30).
    /// <see langword="null"/> for a two-sided range (see <see cref="Low"/> and <see cref="High"/>).
    /// </summary>
    public double? Value { get; }

    /// <summary>The lower bound of a range, or of a vague amount such as <c>tens of thousands</c> (20,000).</summary>
    public double? Low { get; }

    /// <summary>The upper bound of a range, or of a vague amount such as <c>tens of thousands</c> (100,000).</summary>
    public double? High { get; }

    /// <summary>
    /// The ISO 4217 code for money (<c>USD</c>), the canonical symbol of a unit of measure (<c>km</c>, <c>km/h</c>, <c>m²</c>,
    /// <c>°C</c>; see <see cref="Dimension"/>), <c>%</c> for a range of percentages, otherwise the counted noun as written
    /// (<c>peacekeepers</c>), if any.
    /// </summary>
    public string? Unit { get; }

    /// <summary>Whether the amount is hedged (<c>about</c>, <c>at least</c>, <c>over</c>) or vague (<c>hundreds of</c>).</summary>
    public bool Approximate { get; }

    /// <summary>
    /// For a one-sided range, how the amount relates to its one bound: <c>gt</c> (<c>more than 30</c>), <c>ge</c>
    /// (<c>at least 30</c>), <c>lt</c> (<c>under 30</c>), <c>le</c> (<c>up to 30</c>) or <c>eq</c> (<c>equal to 30</c>);
    /// <see langword="null"/> otherwise.
    /// </summary>
    public string? Comparison { get; init; }

    /// <summary>What a quantity measures (<c>length</c>, <c>mass</c>, <c>area</c>, <c>volume</c>, <c>speed</c>, <c>temperature</c>, <c>age</c>...), when <see cref="Unit"/> is a unit of measure.</summary>
    public string? Dimension { get; init; }

    /// <summary>The value of a single quantity in the SI (or base) unit of its dimension: metres, kilograms, seconds, kelvin, bytes, joules; <see langword="null"/> when unknown.</summary>
    public double? SiValue { get; init; }

    /// <summary>The kind as written to JSON: <c>cardinal</c>, <c>decimal</c>, <c>ordinal</c>, <c>fraction</c>, <c>percent</c>, <c>currency</c>, <c>range</c>, <c>multiplier</c>, <c>quantity</c>.</summary>
    public string KindName => Kind switch
    {
        NumberKind.Cardinal => "cardinal",
        NumberKind.Decimal => "decimal",
        NumberKind.Ordinal => "ordinal",
        NumberKind.Fraction => "fraction",
        NumberKind.Percent => "percent",
        NumberKind.Currency => "currency",
        NumberKind.Range => "range",
        NumberKind.Multiplier => "multiplier",
        NumberKind.Quantity => "quantity",
        _ => Kind.ToString().ToLowerInvariant(),
    };

    /// <inheritdoc />
    public override void WriteProperties(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (Value is { } value && double.IsFinite(value))
        {
            writer.WriteNumber("value", value);
        }

        writer.WriteString("kind", KindName);
        if (Low is { } low && double.IsFinite(low))
        {
            writer.WriteNumber("low", low);
        }

        if (High is { } high && double.IsFinite(high))
        {
            writer.WriteNumber("high", high);
        }

        if (Comparison is not null)
        {
            writer.WriteString("comparison", Comparison);
        }

        if (Unit is not null)
        {
            writer.WriteString("unit", Unit);
        }

        if (Dimension is not null)
        {
            writer.WriteString("dimension", Dimension);
        }

        if (SiValue is { } si && double.IsFinite(si))
        {
            writer.WriteNumber("siValue", si);
        }

        writer.WriteBoolean("approximate", Approximate);
    }

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"number [{Start}, {Start + Length}) \"{Text}\" {KindName} {Value} {Comparison}{Low}-{High} {Unit} {Dimension}{(Approximate ? " ~" : string.Empty)}");
}
