namespace Ingest.Normalizers.Dates;

/// <summary>Facts about a token the rules test often.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>Whitespace precedes the token.</summary>
    SpaceBefore = 1,

    /// <summary>The token starts with an upper-case letter.</summary>
    Upper = 2,

    /// <summary>A number with an ordinal suffix (14th, 2nd).</summary>
    Ordinal = 4,

    /// <summary>A word that looks like a past-tense verb (ends in -ed).</summary>
    PastLike = 8,

    /// <summary>A number glued to other digits by a separator (1,960 or 6,107.31): not a date part.</summary>
    Grouped = 16,

    /// <summary>The first token of a sentence.</summary>
    SentenceStart = 32,

    /// <summary>An unclassified word that is the first word of a holiday name ("Thanksgiving", "Father").</summary>
    HolidayStart = 64,
}
