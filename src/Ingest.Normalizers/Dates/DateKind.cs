namespace Ingest.Normalizers.Dates;

/// <summary>What a <see cref="DateEntity"/> denotes.</summary>
public enum DateKind
{
    /// <summary>A single calendar point at some grain: a day, week, month, season, year, decade or century.</summary>
    Date,

    /// <summary>A span between two points, both ends inclusive (<c>1988/1994</c>).</summary>
    Range,

    /// <summary>An amount of time (<c>P6W</c>, <c>P30Y</c>, <c>PXY</c>).</summary>
    Duration,

    /// <summary>A recurring time (reserved for sets such as "every Monday").</summary>
    Set,

    /// <summary>A vague reference to the present, past or future (<c>PRESENT_REF</c>, <c>PAST_REF</c>, <c>FUTURE_REF</c>).</summary>
    Reference,
}
