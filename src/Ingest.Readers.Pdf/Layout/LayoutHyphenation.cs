namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// Repairs words broken across lines. A soft hyphen always joins. A visible hyphen joins ("inter-" + "national")
/// unless the evidence says it belongs to a compound. The document's own vocabulary decides first: the joined or
/// the hyphenated form occurs elsewhere (for the last part of a compound head too). Without that, the hyphen stays
/// when the second part starts with a capital ("Nagorno-" + "Karabakh"), the first part is a compound
/// ("state-of-the-" + "art"), an acronym ("US-" + "led") or a conventional prefix ("neo-" + "colonial"), or both
/// parts are words of the document ("decade-" + "long", "Qaeda-" + "linked"): hyphenation rarely cuts a word
/// into two words.
/// </summary>
internal static class LayoutHyphenation
{
    /// <summary>True for characters that end a line-broken word: hyphen-minus, hyphen, soft hyphen.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u00AD';

    /// <summary>True for dashes after which a line break joins without a space.</summary>
    public static bool IsDash(char c) => c is '\u2013' or '\u2014';

    /// <summary>The word without leading and trailing punctuation, keeping inner hyphens.</summary>
    public static ReadOnlySpan<char> Core(string word)
    {
        var span = word.AsSpan();
        var start = 0;
        var end = span.Length;
        while (start < end && !char.IsLetterOrDigit(span[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(span[end - 1]))
        {
            end--;
        }

        return span[start..end];
    }

    /// <summary>
    /// Decides whether <paramref name="head"/> (ending in a hyphen) and <paramref name="tail"/> (the next line's
    /// first word) are one word written without the hyphen.
    /// </summary>
    public static bool ShouldJoin(string head, string tail, LayoutVocabulary vocabulary)
    {
        if (head[^1] == '\u00AD')
        {
            return true;
        }

        var first = Core(head);
        var second = Core(tail);
        if (first.Length == 0 || second.Length == 0 || !char.IsLetter(first[^1]) || !char.IsLetter(second[0]))
        {
            return false;
        }

        if (Evidence(first, second, vocabulary) is { } decided)
        {
            return decided;
        }

        // In a compound written with hyphens ("anti-terr-" + "orist"), the evidence is about its last part.
        var lastHyphen = first.LastIndexOf('-');
        if (lastHyphen >= 0 && lastHyphen + 1 < first.Length && Evidence(first[(lastHyphen + 1)..], second, vocabulary) is { } partDecided)
        {
            return partDecided;
        }

        if (char.IsUpper(second[0]) || first.Contains('-') || IsAcronym(first))
        {
            return false;
        }

        // Hyphenation cuts a word into pieces that are rarely words themselves; a compound joins two words.
        var firstWord = first.ToString();
        if (ConventionalPrefixes.Contains(firstWord))
        {
            return false;
        }

        if (firstWord.Length >= 3 && vocabulary.Count(firstWord) > 0)
        {
            var secondWord = second.ToString();
            if (vocabulary.Count(secondWord) > 0
                || (secondWord.Length >= 6 && (secondWord.EndsWith("ed", StringComparison.Ordinal) || secondWord.EndsWith("ing", StringComparison.Ordinal))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Prefixes written with a hyphen by convention ("anti-war", "self-made", "neo-colonial").</summary>
    private static readonly HashSet<string> ConventionalPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "anti", "non", "neo", "self", "ex", "pro", "post", "pan", "semi", "quasi", "ultra", "mid", "well", "half", "cross", "all", "vice",
    };

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c) && !char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Join (true) or keep (false) when the document writes the word one way more often than the other; null when it does not tell.</summary>
    private static bool? Evidence(ReadOnlySpan<char> first, ReadOnlySpan<char> second, LayoutVocabulary vocabulary)
    {
        var joined = vocabulary.Count(string.Concat(first, second));
        var hyphenated = vocabulary.Count(string.Concat(first, "-", second));
        return joined == hyphenated ? null : joined > hyphenated;
    }
}
