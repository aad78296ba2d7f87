namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// What a line's text says about its role: a running title names a document or section, while a line that closes a
/// sentence, or follows one cut off by a comma or colon, or holds a figure (a date), is the document's own text.
/// </summary>
internal static class LayoutLineEnds
{
    /// <summary>True when the line's last visible character (past closing quotes and brackets) ends a sentence.</summary>
    public static bool EndsSentence(LayoutLine line) => LastMark(line) is '.' or '!' or '?' or '\u3002' or '\uFF01' or '\uFF1F';

    /// <summary>True when the line ends with a comma, colon or semicolon: the text goes on below ("Yours sincerely,").</summary>
    public static bool LeadsOn(LayoutLine line) => LastMark(line) is ',' or ':' or ';' or '\uFF0C' or '\uFF1A' or '\uFF1B' or '\u3001';

    /// <summary>True when the line holds a decimal digit (a date, an amount, a reference).</summary>
    public static bool HasDigit(LayoutLine line)
    {
        foreach (var word in line.Words)
        {
            foreach (var c in word)
            {
                if (char.IsDigit(c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static char LastMark(LayoutLine line)
    {
        for (var w = line.Words.Count - 1; w >= 0; w--)
        {
            var word = line.Words[w];
            for (var c = word.Length - 1; c >= 0; c--)
            {
                if (!IsClosing(word[c]) && word[c] != '\u00AD')
                {
                    return word[c];
                }
            }
        }

        return '\0';
    }

    private static bool IsClosing(char c) => c is ')' or ']' or '"' or '\'' or '\u2019' or '\u201D' or '\u00BB' or '\u300D' or '\u300F';
}
