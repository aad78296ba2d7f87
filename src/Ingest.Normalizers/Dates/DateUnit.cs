namespace Ingest.Normalizers.Dates;

/// <summary>A unit of time as words name it.</summary>
internal enum DateUnit
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    BusinessDay,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}
