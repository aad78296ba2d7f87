using System.Globalization;
using System.Text;

namespace Ingest.Testing;

/// <summary>
/// Word-level agreement between an extracted text and a reference text, shared by the tests and the evaluation tool.
/// Words are maximal runs of letters and digits, compared case-sensitively after NFKC normalization, so punctuation
/// and whitespace differences do not count but every missing, extra or split word does.
/// </summary>
internal static class WordMetrics
{
    /// <summary>Splits text into words.</summary>
    public static List<string> Words(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var isWordChar = i < normalized.Length && IsWordChar(normalized[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                words.Add(normalized[start..i]);
                start = -1;
            }
        }

        return words;
    }

    /// <summary>Bag-of-words precision, recall and F1 of <paramref name="extracted"/> against <paramref name="reference"/>.</summary>
    public static (double Precision, double Recall, double F1) Score(string extracted, string reference)
        => Score(Words(extracted), Words(reference));

    /// <summary>Bag-of-words precision, recall and F1 over word lists.</summary>
    public static (double Precision, double Recall, double F1) Score(IReadOnlyList<string> extracted, IReadOnlyList<string> reference)
    {
        if (extracted.Count == 0 && reference.Count == 0)
        {
            return (1, 1, 1);
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in reference)
        {
            counts[w] = counts.GetValueOrDefault(w) + 1;
        }

        var common = 0;
        foreach (var w in extracted)
        {
            if (counts.TryGetValue(w, out var c) && c > 0)
            {
                counts[w] = c - 1;
                common++;
            }
        }

        var precision = extracted.Count == 0 ? 0 : (double)common / extracted.Count;
        var recall = reference.Count == 0 ? 0 : (double)common / reference.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    /// <summary>
    /// The share of the reference's adjacent word pairs that also occur adjacently in the extracted text
    /// (bag of bigrams): 1.0 when the order is preserved, low when columns or lines are interleaved.
    /// </summary>
    public static double BigramRecall(string extracted, string reference)
    {
        var e = Words(extracted);
        var r = Words(reference);
        if (r.Count < 2)
        {
            return 1;
        }

        var counts = new Dictionary<(string, string), int>();
        for (var i = 1; i < e.Count; i++)
        {
            var key = (e[i - 1], e[i]);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var found = 0;
        for (var i = 1; i < r.Count; i++)
        {
            var key = (r[i - 1], r[i]);
            if (counts.TryGetValue(key, out var c) && c > 0)
            {
                counts[key] = c - 1;
                found++;
            }
        }

        return (double)found / (r.Count - 1);
    }

    /// <summary>
    /// Adjacent extracted words that are not both reference words but together make one: a word broken in two
    /// (a spurious space, or a hyphenation left in place), each as <c>first|second</c>.
    /// </summary>
    public static List<string> SplitWords(string extracted, string reference)
    {
        var known = new HashSet<string>(Words(reference), StringComparer.Ordinal);
        var words = Words(extracted);
        var split = new List<string>();
        for (var i = 1; i < words.Count; i++)
        {
            if ((!known.Contains(words[i - 1]) || !known.Contains(words[i])) && known.Contains(words[i - 1] + words[i]))
            {
                split.Add(words[i - 1] + "|" + words[i]);
            }
        }

        return split;
    }

    /// <summary>
    /// Whether every word of <paramref name="reference"/> appears in <paramref name="extracted"/> in the same order
    /// (as a subsequence); returns the first reference word that could not be matched, or null.
    /// </summary>
    public static string? FirstMissingInOrder(string extracted, string reference)
    {
        var e = Words(extracted);
        var r = Words(reference);
        var j = 0;
        foreach (var word in r)
        {
            while (j < e.Count && !string.Equals(e[j], word, StringComparison.Ordinal))
            {
                j++;
            }

            if (j == e.Count)
            {
                return word;
            }

            j++;
        }

        return null;
    }

    private static bool IsWordChar(char c)
        => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
