namespace Ingest.Normalizers.Dates;

/// <summary>The kinds of <see cref="HolidayRule"/>.</summary>
internal enum HolidayRuleKind
{
    Fixed,
    NthWeekday,
    Easter,

    /// <summary>Orthodox Easter Sunday: the Julian computus, moved to the Gregorian calendar.</summary>
    OrthodoxEaster,

    /// <summary>A month and day of the Islamic (Hijri) calendar.</summary>
    Hijri,

    /// <summary>A month and day of the Chinese lunisolar calendar.</summary>
    ChineseLunar,
}
