namespace Ingest.Normalizers.Names;

/// <summary>
/// Compares an acronym with the initials of a name's capitalised words (Tarnow Valley Power and TVP, Reserve Bank of
/// Australia and RBA): lower-case connectors (of, and, the, for) carry no letter, as in English acronyms.
/// </summary>
internal static class AcronymInitials
{
    /// <summary>Whether the acronym at token <paramref name="acronym"/> spells the initials of tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    /// <param name="tokenizer">The tokenized document.</param>
    /// <param name="acronym">The token written in capitals.</param>
    /// <param name="first">The name's first token.</param>
    /// <param name="last">The name's last token.</param>
    public static bool Spells(NameTokenizer tokenizer, int acronym, int first, int last)
    {
        var tokens = tokenizer.Tokens;
        var letters = tokenizer.Text(acronym);
        if (!tokens[acronym].Has(NameTokenFlags.AllCaps) || letters.Length < 2 || last - first + 1 < letters.Length)
        {
            return false;
        }

        var position = 0;
        for (var k = first; k <= last; k++)
        {
            if (!tokens[k].IsCapitalized)
            {
                continue;
            }

            if (position >= letters.Length || char.ToUpperInvariant(tokenizer.Text(k)[0]) != letters[position])
            {
                return false;
            }

            position++;
        }

        return position == letters.Length;
    }
}
