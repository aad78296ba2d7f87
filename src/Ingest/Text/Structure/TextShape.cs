namespace Ingest.Text.Structure;

/// <summary>Cheap facts about the shape of a block's text (whitespace already collapsed), used by the structure rules.</summary>
internal static class TextShape
{
    // Words after which an English sentence almost never ends: a block ending with one was cut mid-sentence.
    private static readonly string[] ContinuationWords =
    [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "upon", "against",
        "between", "among", "about", "over", "under", "after", "before", "through", "during", "without", "within",
        "across", "toward", "towards", "via", "per", "and", "or", "but", "nor", "that", "which", "who", "whose", "whom",
        "as", "than", "its", "their", "his", "her", "our", "your", "my", "this", "these", "those", "is", "are", "was",
        "were", "be", "been", "being", "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may",
        "might", "must", "not", "very", "if", "because", "while", "whereas", "although", "though", "so", "such", "both",
        "either", "neither", "more", "most", "less", "least", "whether", "where", "when", "whose", "also", "even", "only",
    ];

    /// <summary>Whether the text ends a sentence (or a clause that introduces what follows): . ! ? … or a colon, before closing quotes or brackets.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd(" \"'”’»)]*_");
        return !trimmed.IsEmpty && trimmed[^1] is '.' or '!' or '?' or '…' or ':';
    }

    /// <summary>Whether the last character is final punctuation of any kind, including a comma or semicolon.</summary>
    public static bool EndsWithPunctuation(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd(' ');
        return !trimmed.IsEmpty && trimmed[^1] is '.' or '!' or '?' or '…' or ':' or ',' or ';' or '"' or '”' or '’' or '\'';
    }

    /// <summary>Whether the text ends with a comma, semicolon or dash: the sentence clearly goes on.</summary>
    public static bool EndsWithContinuationMark(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd(' ');
        return !trimmed.IsEmpty && trimmed[^1] is ',' or ';' or '-' or '–' or '—';
    }

    /// <summary>Whether the last word is a function word (article, preposition, conjunction, auxiliary…).</summary>
    public static bool EndsWithContinuationWord(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd(' ');
        var space = trimmed.LastIndexOf(' ');
        var word = trimmed[(space + 1)..];
        foreach (var candidate in ContinuationWords)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first letter or digit, skipping opening quotes and brackets; '\0' when there is none.</summary>
    public static char FirstSignificant(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return c;
            }

            if (c is not ('"' or '\'' or '“' or '‘' or '«' or '(' or '[' or ' ' or '¿' or '¡'))
            {
                return '\0';
            }
        }

        return '\0';
    }

    /// <summary>The number of space-separated words.</summary>
    public static int WordCount(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim(' ');
        return trimmed.IsEmpty ? 0 : trimmed.Count(' ') + 1;
    }

    /// <summary>The number of words, stopping early once it passes <paramref name="max"/>.</summary>
    public static int WordCount(ReadOnlySpan<char> text, int max)
    {
        var trimmed = text.Trim(' ');
        if (trimmed.IsEmpty)
        {
            return 0;
        }

        var count = 1;
        var rest = trimmed;
        while (count <= max)
        {
            var k = rest.IndexOf(' ');
            if (k < 0)
            {
                break;
            }

            count++;
            rest = rest[(k + 1)..];
        }

        return count;
    }
}
