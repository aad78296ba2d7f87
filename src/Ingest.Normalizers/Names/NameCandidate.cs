namespace Ingest.Normalizers.Names;

/// <summary>A mention found by the scanner: a range of tokens, its kind, and the gazetteer entry it matched.</summary>
internal struct NameCandidate
{
    /// <summary>The first token.</summary>
    public int First;

    /// <summary>The last token (inclusive).</summary>
    public int Last;

    /// <summary>What it names.</summary>
    public NameKind Kind;

    /// <summary>The gazetteer entry it matched, if any.</summary>
    public GazetteerEntry? Entry;

    /// <summary>For a lone surname of several well-known people: the lexeme that knows them.</summary>
    public NameLexeme? Surname;

    /// <summary>Whether the kind is still a guess to be confirmed by the rest of the document.</summary>
    public bool Pending;

    /// <summary>
    /// Whether one word was made an organisation only by its role in the sentence (Restrepo beat, Velmont's manager): if it
    /// is also a word of a person's full name in the document, it is that person.
    /// </summary>
    public bool ByRole;

    /// <summary>Whether a known place was made its team by a contest in the sentence (England beat, the Test against India).</summary>
    public bool AsTeam;

    /// <summary>Whether the kind comes from a weak cue (a plural verb) that decides this mention only, not the name's other mentions.</summary>
    public bool Local;

    /// <summary>The number of tokens.</summary>
    public readonly int Count => Last - First + 1;
}
