namespace Ingest.Normalizers.Names;

/// <summary>The shape of a token and what separates it from the previous one.</summary>
[Flags]
internal enum NameTokenFlags
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Starts with an upper-case letter.</summary>
    Upper = 1,

    /// <summary>Two or more letters, all upper case (an acronym).</summary>
    AllCaps = 2,

    /// <summary>Starts with a lower-case letter.</summary>
    Lower = 4,

    /// <summary>Starts with a digit.</summary>
    Digit = 8,

    /// <summary>Starts a sentence, a block or a line.</summary>
    SentenceStart = 16,

    /// <summary>A social handle or hashtag (<c>@azpresident</c>).</summary>
    Handle = 32,

    /// <summary>Followed by a possessive <c>'s</c>, which is not part of the token.</summary>
    Possessive = 64,

    /// <summary>Separated from the previous token by spaces only.</summary>
    SpaceBefore = 128,

    /// <summary>Joined to the previous token by one hyphen (<c>Nagorno-Karabakh</c>).</summary>
    HyphenBefore = 256,

    /// <summary>Separated from the previous token by a line break.</summary>
    BreakBefore = 512,

    /// <summary>Separated from the previous token by punctuation (<see cref="NameToken.Punctuation"/> is the last mark).</summary>
    PunctuationBefore = 1024,

    /// <summary>An abbreviation whose closing period belongs to it (U.S., Co., Corp.): a name ending on it takes the period.</summary>
    DotAfter = 2048,
}
