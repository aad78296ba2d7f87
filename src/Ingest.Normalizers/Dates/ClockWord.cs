namespace Ingest.Normalizers.Dates;

/// <summary>The words of a clock time, as vocabulary values of <see cref="WordClass.Clock"/>.</summary>
internal enum ClockWord
{
    None,
    Am,
    Pm,
    Noon,
    Midnight,
    OClock,
    Ish,
    Lunchtime,
    MidMorning,
    MidAfternoon,
}
