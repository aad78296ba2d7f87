namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// The document's own words, case-folded, counted wherever they appear whole (not at a hyphenated line break):
/// the evidence for deciding whether a hyphen at a line end is a real compound's or a hyphenation's.
/// </summary>
internal sealed class LayoutVocabulary
{
    private readonly Dictionary<string, int> counts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds the words of a block's lines, leaving out the two halves around each line-end hyphen.</summary>
    public void AddLines(List<LayoutLine> lines)
    {
        for (var l = 0; l < lines.Count; l++)
        {
            var words = lines[l].Words;
            var skipFirst = l > 0 && EndsWithBreakHyphen(lines[l - 1]);
            var skipLast = l + 1 < lines.Count && EndsWithBreakHyphen(lines[l]);
            for (var w = 0; w < words.Count; w++)
            {
                if ((w == 0 && skipFirst) || (w == words.Count - 1 && skipLast))
                {
                    continue;
                }

                var core = LayoutHyphenation.Core(words[w]);
                if (core.Length > 0)
                {
                    var key = core.ToString();
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }
    }

    /// <summary>How often <paramref name="word"/> occurs whole in the document (case-insensitive).</summary>
    public int Count(string word) => counts.GetValueOrDefault(word);

    private static bool EndsWithBreakHyphen(LayoutLine line)
    {
        var last = line.Words[^1];
        return last.Length > 1 && LayoutHyphenation.IsHyphen(last[^1]);
    }
}
