namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// Repairs words broken across lines. A soft hyphen always joins. A visible hyphen joins ("inter-" + "national")
/// unless the evidence says it belongs to a compound: the hyphenated form occurs in the document and the joined
/// form does not, the second part starts with a capital or a digit ("Nagorno-" + "Karabakh"), or the first part
/// is itself a compound ("state-of-the-" + "art").
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

        if (char.IsUpper(second[0]) || first.Contains('-'))
        {
            return false;
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
