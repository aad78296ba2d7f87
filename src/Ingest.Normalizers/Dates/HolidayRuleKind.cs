namespace Ingest.Normalizers.Dates;

/// <summary>The kinds of <see cref="HolidayRule"/>.</summary>
internal enum HolidayRuleKind
{
    Fixed,
    NthWeekday,
    Easter,
}
