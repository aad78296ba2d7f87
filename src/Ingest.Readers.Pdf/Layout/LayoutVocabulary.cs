namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// The document's own words, case-folded, counted wherever they appear whole (not at a hyphenated line break):
/// the evidence for deciding whether a hyphen at a line end is a real compound's or a hyphenation's. The parts of
/// the document's hyphenated compounds ("al" and "Qaeda" in "al-Qaeda") are kept apart, as evidence that a part
/// is a word without being evidence for how a whole word is written.
/// </summary>
internal sealed class LayoutVocabulary
{
    /// <summary>Endings that make another form of the same word: a document that writes "decades" knows "decade".</summary>
    public static readonly string[] Inflections = ["s", "es", "ed", "ing"];

    private readonly Dictionary<string, int> counts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> parts = new(StringComparer.OrdinalIgnoreCase);
    private int innerHyphenMinus;
    private int innerHyphen;

    /// <summary>Adds the words of a block's lines, leaving out the two halves around each line-end hyphen.</summary>
    /// <param name="lines">The block's lines.</param>
    /// <param name="skipFirstWord">True when the block may continue a word hyphenated at the end of the previous block.</param>
    public void AddLines(List<LayoutLine> lines, bool skipFirstWord)
    {
        for (var l = 0; l < lines.Count; l++)
        {
            var words = lines[l].Words;
            var skipFirst = l > 0 ? EndsWithBreakHyphen(lines[l - 1]) : skipFirstWord;
            var skipLast = EndsWithBreakHyphen(lines[l]);
            for (var w = 0; w < words.Count; w++)
            {
                if ((w == 0 && skipFirst) || (w == words.Count - 1 && skipLast))
                {
                    continue;
                }

                var core = LayoutHyphenation.Core(words[w]);
                CountInnerHyphens(core);
                if (core.Length > 0)
                {
                    // The word itself when nothing was trimmed from it: no copy of most words.
                    var key = core.Length == words[w].Length ? words[w] : core.ToString();
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                    AddParts(core);
                }
            }
        }
    }

    /// <summary>How often <paramref name="word"/> occurs whole in the document (case-insensitive).</summary>
    public int Count(string word) => counts.GetValueOrDefault(word);

    /// <summary>
    /// True when the document uses <paramref name="word"/> as a word: whole, as a part of a hyphenated compound,
    /// or in an inflected form ("decades", "linked").
    /// </summary>
    public bool Knows(string word)
    {
        if (IsWritten(word))
        {
            return true;
        }

        foreach (var ending in Inflections)
        {
            if (IsWritten(string.Concat(word, ending)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the document writes a word, whole or as a compound's part, that begins with <paramref name="prefix"/>:
    /// another derivation of the same stem ("population" for "populat-"). A scan of the vocabulary, asked only for the
    /// rare word broken inside a hyphenated compound.
    /// </summary>
    public bool HasWordStartingWith(string prefix)
    {
        foreach (var word in counts.Keys)
        {
            if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var word in parts.Keys)
        {
            if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="hyphen"/> is the producer's hyphenation character: the document writes its
    /// compounds with hyphen-minus inside lines and never uses this character (U+2010 HYPHEN) there, so it appears
    /// only where the producer broke a word at a line end (WeasyPrint's and CSS's default hyphenate character).
    /// </summary>
    public bool IsBreakOnlyHyphen(char hyphen) => hyphen == '\u2010' && innerHyphenMinus > 0 && innerHyphen == 0;

    /// <summary>True when the line's last word ends with a hyphen that may be a line-break hyphen.</summary>
    public static bool EndsWithBreakHyphen(LayoutLine line)
    {
        var last = line.Words[^1];
        return last.Length > 1 && LayoutHyphenation.IsHyphen(last[^1]);
    }

    /// <summary>True when the document writes <paramref name="word"/> exactly so, whole or as a compound's part.</summary>
    private bool IsWritten(string word) => counts.ContainsKey(word) || parts.ContainsKey(word);

    /// <summary>Counts the hyphen-minus and U+2010 hyphens between two letters of a word.</summary>
    private void CountInnerHyphens(ReadOnlySpan<char> core)
    {
        for (var i = 1; i + 1 < core.Length; i++)
        {
            if (core[i] is '-' or '\u2010' && char.IsLetter(core[i - 1]) && char.IsLetter(core[i + 1]))
            {
                innerHyphenMinus += core[i] == '-' ? 1 : 0;
                innerHyphen += core[i] == '\u2010' ? 1 : 0;
            }
        }
    }

    /// <summary>Counts the parts of a hyphenated compound ("Qaeda" in "al-Qaeda"); a word without a hyphen adds nothing.</summary>
    private void AddParts(ReadOnlySpan<char> core)
    {
        if (core.IndexOf('-') < 0)
        {
            return;
        }

        var start = 0;
        for (var i = 0; i <= core.Length; i++)
        {
            if (i < core.Length && core[i] != '-')
            {
                continue;
            }

            if (i > start)
            {
                var key = core[start..i].ToString();
                parts[key] = parts.GetValueOrDefault(key) + 1;
            }

            start = i + 1;
        }
    }
}
