namespace Ingest.Normalizers.Dates;

/// <summary>The precision of a date value.</summary>
public enum DateGrain
{
    /// <summary>No calendar grain (references).</summary>
    None,

    /// <summary>A time of day or a duration counted in hours, minutes or seconds.</summary>
    Time,

    /// <summary>A calendar day.</summary>
    Day,

    /// <summary>An ISO week (or its weekend).</summary>
    Week,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A season (<c>SP</c>, <c>SU</c>, <c>FA</c>, <c>WI</c>).</summary>
    Season,

    /// <summary>A quarter or half of a year.</summary>
    Quarter,

    /// <summary>A calendar year.</summary>
    Year,

    /// <summary>A decade (<c>198</c> is 1980-1989).</summary>
    Decade,

    /// <summary>A century (<c>18</c> is 1800-1899, the 19th century).</summary>
    Century,
}
