namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// Finds paragraphs that a column or page break cut in two: the body paragraph before the break ends without
/// closing its sentence and the first paragraph after it starts with a lower-case letter, so the text runs on.
/// </summary>
internal static class LayoutContinuation
{
    /// <summary>Whether <paramref name="next"/>, the body block read after <paramref name="previous"/>, continues its paragraph.</summary>
    public static bool Continues(LayoutBlockDraft previous, LayoutBlockDraft next)
    {
        if (previous.Kind != BlockKind.Paragraph || next.Kind != BlockKind.Paragraph
            || previous.Lines.Count == 0 || next.Lines.Count == 0 || next.Lines[0].Words.Count == 0)
        {
            return false;
        }

        // Only across a break: a new page, or a new column (the next block starts higher up than the previous ended).
        var last = previous.Last;
        var first = next.Lines[0];
        var broken = first.PageNumber != last.PageNumber || first.Direction != last.Direction || next.Top > previous.Bottom;
        return broken && !EndsSentence(last.Words[^1]) && StartsLowerCase(first.Words[0]);
    }

    /// <summary>True when the word closes a sentence or a clause that a paragraph may end on.</summary>
    private static bool EndsSentence(string word)
    {
        var end = word.Length - 1;

        // Closing quotes and brackets after the punctuation: "... end." or (... end.)
        while (end > 0 && word[end] is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB')
        {
            end--;
        }

        return word[end] is '.' or '!' or '?' or ':' or ';' or '\u2026';
    }

    private static bool StartsLowerCase(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }

            if (char.IsDigit(c))
            {
                return false;
            }
        }

        return false;
    }
}
