namespace Ingest.Normalizers.Numbers;

/// <content>Character and word navigation over the text, without allocating.</content>
internal sealed partial class NumberScanner
{
    private string _text = string.Empty;
    private int _start;
    private int _end;

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2009' or '\n' or '\r';

    private static bool IsInlineSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2009';

    private static bool IsDash(char c) => c is '-' or '–' or '—' or '‒' or '―';

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool IsVulgarFraction(char c) => c is (>= '\u00BC' and <= '\u00BE') or (>= '\u2150' and <= '\u215E');

    private char At(int i) => (uint)i < (uint)_end ? _text[i] : '\0';

    private char Before(int i) => i > 0 && i - 1 < _text.Length ? _text[i - 1] : '\0';

    /// <summary>Skips whitespace (including line breaks, since paragraphs are sometimes broken mid-sentence).</summary>
    private int SkipSpaces(int p)
    {
        while (p < _end && IsSpace(_text[p]))
        {
            p++;
        }

        return p;
    }

    /// <summary>Skips spaces and tabs on the same line only.</summary>
    private int SkipInlineSpaces(int p)
    {
        while (p < _end && IsInlineSpace(_text[p]))
        {
            p++;
        }

        return p;
    }

    /// <summary>The end of the word of letters starting at <paramref name="p"/> (apostrophes inside a word are kept).</summary>
    private int WordEnd(int p)
    {
        var text = _text.AsSpan(0, Math.Min(_end, _text.Length));
        while (p < text.Length)
        {
            // A run of ASCII letters, most of every word, is passed over eight letters at a time.
            p += AsciiLetterRun.Length(text[p..]);
            if (p == text.Length)
            {
                return p;
            }

            var c = text[p];
            if ((c >= 128 && char.IsLetter(c)) || (IsApostrophe(c) && p + 1 < text.Length && char.IsLetter(text[p + 1]) && p > 0 && char.IsLetter(text[p - 1])))
            {
                p++;
            }
            else
            {
                break;
            }
        }

        return p;
    }

    /// <summary>Reads the word starting at the first non-space at or after <paramref name="p"/>; false when that is not a letter.</summary>
    private bool NextWord(int p, out int start, out int end)
    {
        start = SkipSpaces(p);
        if (start < _end && char.IsLetter(_text[start]))
        {
            end = WordEnd(start);
            return true;
        }

        end = start;
        return false;
    }

    /// <summary>Reads the word ending just before <paramref name="p"/> (spaces skipped); false when the previous non-space is not a letter.</summary>
    private bool PreviousWord(int p, out int start, out int end)
    {
        var q = p;
        while (q > 0 && IsSpace(_text[q - 1]))
        {
            q--;
        }

        end = q;
        start = q;
        if (q == 0 || !char.IsLetter(_text[q - 1]))
        {
            return false;
        }

        while (start > 0 && (char.IsLetter(_text[start - 1]) || (IsApostrophe(_text[start - 1]) && start > 1 && char.IsLetter(_text[start - 2]))))
        {
            start--;
        }

        return true;
    }

    private ReadOnlySpan<char> Span(int start, int end) => _text.AsSpan(start, end - start);

    private NumberWord Lookup(int start, int end)
    {
        _vocabulary.Words.TryGetValue(Span(start, end), out var word);
        return word;
    }

    private NumberWord NextWordInfo(int p, out int start, out int end)
        => NextWord(p, out start, out end) ? Lookup(start, end) : default;

    private NumberWord PreviousWordInfo(int p, out int start, out int end)
        => PreviousWord(p, out start, out end) ? Lookup(start, end) : default;

    private bool WordIs(int start, int end, string word) => Span(start, end).Equals(word, StringComparison.OrdinalIgnoreCase);
}
