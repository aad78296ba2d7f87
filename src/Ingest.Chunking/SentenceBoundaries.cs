using Ingest.Normalizers;

namespace Ingest.Chunking;

/// <summary>
/// Finds where English sentences end: at <c>.</c>, <c>!</c>, <c>?</c> or <c>…</c> (with any closing quotes and brackets
/// after it) followed by white space and a character that can open a sentence, unless the word before the period is an
/// initial (<c>J. Smith</c>) or a common abbreviation (<c>Dr.</c>, <c>Jan.</c>, <c>e.g.</c>). A line feed also ends
/// a sentence.
/// </summary>
internal static class SentenceBoundaries
{
    // Abbreviations that are usually followed by more of the same sentence: titles, Latin and company forms, and the
    // month abbreviations (Jan., Sept.) from the one list of month names.
    private static readonly HashSet<string> Abbreviations = new(
        CalendarNames.Months.SelectMany(static month => month.Skip(1)),
        StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "mt", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
        "gov", "sen", "rep", "pres", "rev", "hon", "fr", "no", "vs", "etc", "e.g", "i.e", "cf", "al", "approx",
        "inc", "ltd", "co", "corp", "dept", "univ", "ave", "blvd", "rd", "fig", "vol", "pp", "ed",
    };

    /// <summary>Adds to <paramref name="ends"/> the offset just past each sentence of <paramref name="text"/> (its white space included).</summary>
    public static void Find(ReadOnlySpan<char> text, List<int> ends)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int end;
            if (c == '\n')
            {
                end = i + 1;
            }
            else if (c is '.' or '!' or '?' or '…')
            {
                end = i + 1;
                while (end < text.Length && text[end] is '"' or '\'' or ')' or ']' or '”' or '’' or '»')
                {
                    end++;
                }

                if (end >= text.Length || !char.IsWhiteSpace(text[end]) || (c == '.' && IsAbbreviation(text, i)))
                {
                    continue;
                }

                var next = end;
                while (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                if (next < text.Length && !CanOpenSentence(text[next]))
                {
                    continue;
                }
            }
            else
            {
                continue;
            }

            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            if (end < text.Length)
            {
                ends.Add(end);
            }

            i = end - 1;
        }

        ends.Add(text.Length);
    }

    private static bool CanOpenSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«' or '-' or '—' || !char.IsLetter(c) && !char.IsPunctuation(c);

    private static bool IsAbbreviation(ReadOnlySpan<char> text, int period)
    {
        var start = period;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var word = text[start..period];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            // An initial: "J. Smith".
            return true;
        }

#if NET9_0_OR_GREATER
        return word.Length is > 0 and <= 6 && Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
#else
        return word.Length is > 0 and <= 6 && Abbreviations.Contains(word.ToString());
#endif
    }
}
