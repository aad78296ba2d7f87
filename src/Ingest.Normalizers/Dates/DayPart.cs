namespace Ingest.Normalizers.Dates;

/// <summary>
/// The parts of the day a date can carry (<see cref="DateSpec.PartOfDay"/>, the value of a
/// <see cref="WordClass.PartOfDay"/> word): the four TIMEX3 parts and lunchtime, which fixes the hour but has no
/// TIMEX3 part. Zero is no part.
/// </summary>
internal static class DayPart
{
    /// <summary>No part of the day stated.</summary>
    public const int None = 0;

    /// <summary>The morning, TIMEX3 <c>MO</c>.</summary>
    public const int Morning = 1;

    /// <summary>The afternoon, TIMEX3 <c>AF</c>.</summary>
    public const int Afternoon = 2;

    /// <summary>The evening, TIMEX3 <c>EV</c>.</summary>
    public const int Evening = 3;

    /// <summary>The night, TIMEX3 <c>NI</c>.</summary>
    public const int Night = 4;

    /// <summary>Lunchtime: pm for an hour before 6, no TIMEX3 part.</summary>
    public const int Lunch = 5;

    /// <summary>Whether <paramref name="part"/> is one of the four TIMEX3 parts.</summary>
    /// <param name="part">The part.</param>
    public static bool IsTimex(int part) => part is >= Morning and <= Night;
}
