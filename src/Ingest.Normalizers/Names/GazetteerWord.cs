namespace Ingest.Normalizers.Names;

/// <summary>
/// What the gazetteer knows about one folded word or phrase: its entry, if any, and whether it is a word of some longer
/// phrase. Both answers come from one probe of one table, as the finder asks both about most capitalised words.
/// </summary>
internal sealed class GazetteerWord
{
    /// <summary>The entry of the word or phrase; null for a word known only as part of longer phrases.</summary>
    public NameLexeme? Lexeme { get; init; }

    /// <summary>Whether the word occurs in a phrase of more than one word.</summary>
    public bool InPhrase { get; init; }
}
