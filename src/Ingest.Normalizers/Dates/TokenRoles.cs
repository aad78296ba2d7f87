namespace Ingest.Normalizers.Dates;

/// <summary>
/// What a token is to the parser's per-line passes, fixed by the tokenizer from its kind, class and symbol so that the
/// stop tables and the start filter test one byte instead of branching on kind and class for every token.
/// </summary>
[Flags]
internal enum TokenRoles : byte
{
    None = 0,

    /// <summary>Digits, or a word that can carry a date after a function word (see <c>DateParser.DateBearingAhead</c>).</summary>
    BearsDate = 1,

    /// <summary>A symbol other than an apostrophe, slash or hyphen: it ends the look for a date-bearing token.</summary>
    ClosesLook = 2,

    /// <summary>A dash or a range word (to, until, through, and): a range connector.</summary>
    Connector = 4,

    /// <summary>A full stop, semicolon, exclamation or question mark: a sentence end when whitespace or the line end follows.</summary>
    Terminal = 8,

    /// <summary>A word that can name a duration's unit (a unit word, or "second").</summary>
    UnitLike = 16,

    /// <summary>
    /// A token no rule starts at: a symbol other than an apostrophe, an unclassified word that opens no holiday name and
    /// is not "right" or "twice", a tense cue, or a function word no rule reads first (<c>DateParser.KeywordStartsAny</c>).
    /// </summary>
    Plain = 32,
}
