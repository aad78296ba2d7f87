namespace Ingest.Normalizers.Dates;

/// <summary>The role a word can play in a date expression.</summary>
internal enum WordClass : byte
{
    None,
    Month,
    Weekday,
    Season,
    Ordinal,
    Cardinal,
    Unit,
    Relative,
    Reference,
    Keyword,
    DecadeWord,
    FutureCue,
    PastCue,
    PartOfDay,
    Clock,
    Every,
    Periodic,
}
