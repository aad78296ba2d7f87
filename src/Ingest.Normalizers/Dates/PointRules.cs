namespace Ingest.Normalizers.Dates;

/// <summary>The calendar point rules of <see cref="DateParser"/>, as bits, to run only those that can start at a token.</summary>
[Flags]
internal enum PointRules
{
    None = 0,
    Set = 1 << 0,
    Holiday = 1 << 1,
    Modifier = 1 << 2,
    Reference = 1 << 3,
    Relative = 1 << 4,
    MonthFirst = 1 << 5,
    DayFirst = 1 << 6,
    Weekday = 1 << 7,
    Numeric = 1 << 8,
    OrdinalUnit = 1 << 9,
    Season = 1 << 10,
    DecadeWords = 1 << 11,
    Labelled = 1 << 12,
    WeekOf = 1 << 13,
    CountedWeekday = 1 << 14,
    PartOfDay = 1 << 15,
    Time = 1 << 16,
    PartOfDayAlone = 1 << 17,
    Present = 1 << 18,
    All = (1 << 19) - 1,
}
