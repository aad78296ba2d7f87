namespace Ingest.Normalizers.Numbers.Units;

/// <summary>Names and products of <see cref="UnitDimension"/>s.</summary>
internal static class UnitDimensions
{
    /// <summary>The dimension as written to JSON: <c>length</c>, <c>mass</c>, <c>speed</c>.</summary>
    public static string Name(UnitDimension dimension) => dimension switch
    {
        UnitDimension.Length => "length",
        UnitDimension.Mass => "mass",
        UnitDimension.Area => "area",
        UnitDimension.Volume => "volume",
        UnitDimension.Speed => "speed",
        UnitDimension.Temperature => "temperature",
        UnitDimension.Angle => "angle",
        UnitDimension.Data => "data",
        UnitDimension.Time => "time",
        UnitDimension.Energy => "energy",
        UnitDimension.Power => "power",
        UnitDimension.Pressure => "pressure",
        UnitDimension.Frequency => "frequency",
        UnitDimension.Voltage => "voltage",
        UnitDimension.Age => "age",
        UnitDimension.DataRate => "data rate",
        UnitDimension.Ratio => "ratio",
        _ => "other",
    };

    /// <summary>A length raised to a power: squared is an area, cubed a volume.</summary>
    public static UnitDimension Power(UnitDimension dimension, int exponent) => (dimension, exponent) switch
    {
        (_, 1) => dimension,
        (UnitDimension.Length, 2) => UnitDimension.Area,
        (UnitDimension.Length, 3) => UnitDimension.Volume,
        _ => UnitDimension.Other,
    };

    /// <summary>One unit per another: a length per time is a speed; other quotients have no name here.</summary>
    public static UnitDimension Quotient(UnitDimension numerator, UnitDimension denominator)
        => (numerator, denominator) switch
        {
            (UnitDimension.Length, UnitDimension.Time) => UnitDimension.Speed,
            (UnitDimension.Data, UnitDimension.Time) => UnitDimension.DataRate,
            _ => UnitDimension.Other,
        };
}
