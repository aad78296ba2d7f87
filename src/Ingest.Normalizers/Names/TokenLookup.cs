namespace Ingest.Normalizers.Names;

/// <summary>
/// What the gazetteer said about one token's word, kept for the document: the finder asks about the same word several
/// times (as a mention's start, as the word after a name, as a cue), and each answer is then one array read.
/// </summary>
internal struct TokenLookup
{
    /// <summary><see cref="Lexeme"/> holds the answer of <see cref="NameGazetteer.Find(NameTokenizer, int)"/>.</summary>
    public const byte LexemeKnown = 1;

    /// <summary>Whether the word occurs in a phrase of several words is known.</summary>
    public const byte PhraseWordKnown = 2;

    /// <summary>The word occurs in a phrase of several words.</summary>
    public const byte PhraseWord = 4;

    /// <summary><see cref="MatchLength"/> and <see cref="Match"/> hold the longest known phrase starting at the token.</summary>
    public const byte MatchKnown = 8;

    /// <summary>The word's entry, when <see cref="LexemeKnown"/> is set; null if it has none.</summary>
    public NameLexeme? Lexeme;

    /// <summary>The entry of the longest known phrase starting at the token, when <see cref="MatchKnown"/> is set.</summary>
    public NameLexeme? Match;

    /// <summary>The number of tokens of <see cref="Match"/> (0 when none).</summary>
    public int MatchLength;

    /// <summary>Which answers are known, and the phrase-word answer.</summary>
    public byte State;
}
