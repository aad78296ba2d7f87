namespace Ingest.Normalizers;

/// <summary>
/// Whether a two-digit decade (<c>30s</c>) names a band of values rather than a decade of years. English writes a band of
/// values as a decade after a possessive (<c>in her 40s</c>: an age) or after <c>in</c>/<c>into the</c> in a clause whose
/// subject is a measured quantity (<c>highs have sat in the 30s</c>, <c>prices climbed into the 90s</c>); elsewhere
/// <c>in the 60s</c> is the 1960s. The date and number normalizers share this rule, so the dates leave to the numbers
/// exactly the decades the numbers read.
/// </summary>
internal static class ValueDecades
{
    /// <summary>How many words before <c>in the</c> are searched for the measured noun; a clause ends earlier at any punctuation.</summary>
    private const int ClauseWords = 6;

    private static readonly WordTable<bool> Possessives = Table("his", "her", "their", "my", "our", "your", "its");

    // Nouns whose values are read in bands: temperatures (and the forecast's highs and lows), prices and quotes, ages, scores and ratings.
    private static readonly WordTable<bool> MeasuredNouns = Table(
        "temperature", "temperatures", "temps", "highs", "lows", "high", "low", "readings", "reading", "mercury", "thermometer",
        "price", "prices", "shares", "stock", "stocks", "quote", "quotes", "bids", "age", "ages", "aged",
        "score", "scores", "rating", "ratings", "approval");

    /// <summary>Whether the decade written at <paramref name="decadeStart"/> in <paramref name="text"/> is a band of values.</summary>
    public static bool IsValueDecade(string text, int decadeStart)
    {
        if (!TryPreviousWord(text, decadeStart, out var determinerStart, out var determinerEnd))
        {
            return false;
        }

        var determiner = text.AsSpan(determinerStart, determinerEnd - determinerStart);
        if (Possessives.TryGetValue(determiner, out _))
        {
            return true;
        }

        if (!determiner.Equals("the", StringComparison.OrdinalIgnoreCase)
            || !TryPreviousWord(text, determinerStart, out var prepositionStart, out var prepositionEnd))
        {
            return false;
        }

        var preposition = text.AsSpan(prepositionStart, prepositionEnd - prepositionStart);
        if (!preposition.Equals("in", StringComparison.OrdinalIgnoreCase) && !preposition.Equals("into", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var at = prepositionStart;
        for (var words = 0; words < ClauseWords && TryPreviousWord(text, at, out var wordStart, out var wordEnd); words++)
        {
            if (MeasuredNouns.TryGetValue(text.AsSpan(wordStart, wordEnd - wordStart), out _))
            {
                return true;
            }

            at = wordStart;
        }

        return false;
    }

    /// <summary>The word that ends right before <paramref name="position"/> across spaces only; false at punctuation or the start.</summary>
    private static bool TryPreviousWord(string text, int position, out int start, out int end)
    {
        var q = position;
        while (q > 0 && text[q - 1] is ' ' or '\t' or '\u00A0')
        {
            q--;
        }

        end = q;
        while (q > 0 && char.IsLetter(text[q - 1]))
        {
            q--;
        }

        start = q;
        return end > start;
    }

    private static WordTable<bool> Table(params string[] words)
        => new(Array.ConvertAll(words, w => new KeyValuePair<string, bool>(w, true)));
}
