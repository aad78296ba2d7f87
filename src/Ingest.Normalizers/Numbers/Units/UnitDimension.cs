namespace Ingest.Normalizers.Numbers.Units;

/// <summary>What a unit measures; written to JSON as the lower-case name (<see cref="UnitDimensions.Name"/>).</summary>
internal enum UnitDimension
{
    /// <summary>No single dimension: a compound the table has no name for (<c>kg/m²</c>).</summary>
    Other,
    Length,
    Mass,
    Area,
    Volume,
    Speed,
    Temperature,
    Angle,
    Data,
    Time,
    Energy,
    Power,
    Pressure,
    Frequency,
    Voltage,
    Age,

    /// <summary>Data per time: bits per second (<c>Gbps</c>, <c>kB/s</c>).</summary>
    DataRate,

    /// <summary>A difference of percentages: percentage points and basis points (<c>3 percentage points</c>, <c>25 basis points</c>).</summary>
    Ratio,
}
