namespace Ingest.Normalizers.Numbers.Units;

/// <summary>
/// One unit of measure: its canonical symbol, what it measures and how to reach the SI (or base) unit of that dimension:
/// <c>si = value * Factor + Offset</c> (the offset is only for temperature scales).
/// </summary>
/// <param name="Symbol">The canonical symbol as written to JSON (<c>km</c>, <c>lb</c>, <c>°C</c>).</param>
/// <param name="Dimension">What the unit measures.</param>
/// <param name="Factor">How many SI units one of this unit is (metres, kilograms, seconds, bytes, joules, kelvin).</param>
/// <param name="Offset">Added after the factor: kelvin for the Celsius and Fahrenheit scales, otherwise 0.</param>
internal sealed record UnitDefinition(string Symbol, UnitDimension Dimension, double Factor, double Offset = 0)
{
    /// <summary>The value in the SI unit of the dimension.</summary>
    public double ToSi(double value) => (value * Factor) + Offset;
}
