namespace Ingest.Normalizers.Names;

/// <summary>The score cue of <see cref="NameMentionFinder"/>: the sides of a result line are teams.</summary>
internal sealed partial class NameMentionFinder
{
    /// <summary>
    /// Whether the name at <paramref name="first"/>..<paramref name="last"/> is a side of a result written as a score
    /// between two names on one line (Arlen 0 – 1 Mersey City, Mersey City 2-1 Arlen): English sports writing sets the
    /// score between the teams, so both names are teams, whatever else they name.
    /// </summary>
    private static bool IsScoreSide(NameTokenizer tokenizer, int first, int last)
    {
        var tokens = tokenizer.Tokens;
        var before = last + 3 < tokens.Length && !tokens[last].Has(NameTokenFlags.Possessive) && IsScore(tokenizer, last + 1)
            && tokens[last + 3].IsCapitalized && !tokens[last + 3].Has(NameTokenFlags.BreakBefore);
        var after = first >= 3 && IsScore(tokenizer, first - 2) && tokens[first - 3].IsCapitalized && !tokens[first].Has(NameTokenFlags.BreakBefore);
        return before || after;
    }

    /// <summary>Whether the tokens at <paramref name="at"/> and after it are a score: two small numbers joined by a dash on one line.</summary>
    private static bool IsScore(NameTokenizer tokenizer, int at)
    {
        var tokens = tokenizer.Tokens;
        if (!tokens[at].Has(NameTokenFlags.Digit) || !tokens[at + 1].Has(NameTokenFlags.Digit) || tokens[at].Length > 2 || tokens[at + 1].Length > 2
            || tokens[at].Has(NameTokenFlags.BreakBefore) || tokens[at + 1].Has(NameTokenFlags.BreakBefore))
        {
            return false;
        }

        return tokenizer.GapAfter(at).Trim() is "-" or "\u2013" or "\u2014";
    }
}
