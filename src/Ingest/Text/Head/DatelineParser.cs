using Ingest.Normalizers;

namespace Ingest.Text.Head;

/// <summary>
/// Reads a line that is only a date: <c>2023-09-20</c>, <c>12 November 2020</c>, <c>Saturday 14th November 2020</c>,
/// <c>November 12, 2020</c>, <c>Thu, 12 Nov 2020</c>, <c>12.11.2020</c>, optionally after <c>Published</c>/<c>Posted</c>/<c>Updated</c>/<c>on</c>
/// and before a time of day. A small parser of its own: the date normalizer is a different package.
/// </summary>
internal static class DatelineParser
{
    private static readonly string[] Labels = ["published", "posted", "updated", "date", "dated", "on", "last"];

    public static bool TryParse(ReadOnlySpan<char> line, out DateOnly date)
    {
        date = default;
        var s = line.Trim();
        if (s.IsEmpty || s.Length > 80)
        {
            return false;
        }

        var p = 0;
        for (var n = 0; n < 3; n++)
        {
            var word = PeekWord(s, p);
            if (!IsOneOf(word, Labels))
            {
                break;
            }

            p = SkipSeparators(s, p + word.Length, allowComma: false);
            if (p < s.Length && s[p] == ':')
            {
                p = SkipSeparators(s, p + 1, allowComma: false);
            }
        }

        if (TryIso(s, ref p, out date) || TryNamed(s, ref p, out date) || TryNumeric(s, ref p, out date))
        {
            return IsTrailerAllowed(s[p..]);
        }

        return false;
    }

    private static bool TryIso(ReadOnlySpan<char> s, ref int p, out DateOnly date)
    {
        date = default;
        var q = p;
        if (!ReadNumber(s, ref q, 4, 4, out var year) || q >= s.Length || s[q] is not ('-' or '/' or '.'))
        {
            return false;
        }

        var separator = s[q++];
        if (!ReadNumber(s, ref q, 1, 2, out var month) || q >= s.Length || s[q] != separator)
        {
            return false;
        }

        q++;
        if (!ReadNumber(s, ref q, 1, 2, out var day) || !TryCreate(year, month, day, out date))
        {
            return false;
        }

        if (q < s.Length && s[q] == 'T')
        {
            // An ISO timestamp: the time part is not needed.
            q = s.Length;
        }

        p = q;
        return true;
    }

    private static bool TryNamed(ReadOnlySpan<char> s, ref int p, out DateOnly date)
    {
        date = default;
        var q = p;
        var word = PeekWord(s, q);
        if (WeekdayIndex(word) >= 0)
        {
            q += word.Length;
            if (q < s.Length && s[q] == '.')
            {
                q++;
            }

            q = SkipSeparators(s, q, allowComma: true);
        }

        if (q < s.Length && char.IsAsciiDigit(s[q]))
        {
            // Day first: 14th November 2020, 12 Nov. 2020, 3 of March 2021.
            if (!ReadNumber(s, ref q, 1, 2, out var day))
            {
                return false;
            }

            q = SkipOrdinal(s, q);
            q = SkipSeparators(s, q, allowComma: false);
            if (PeekWord(s, q).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                q = SkipSeparators(s, q + 2, allowComma: false);
            }

            var monthWord = PeekWord(s, q);
            var month = MonthIndex(monthWord);
            if (month < 0)
            {
                return false;
            }

            q = SkipMonth(s, q + monthWord.Length);
            if (!ReadNumber(s, ref q, 4, 4, out var year) || !TryCreate(year, month + 1, day, out date))
            {
                return false;
            }

            p = q;
            return true;
        }
        else
        {
            // Month first: November 12, 2020; Nov 12th 2020.
            var monthWord = PeekWord(s, q);
            var month = MonthIndex(monthWord);
            if (month < 0)
            {
                return false;
            }

            q = SkipMonth(s, q + monthWord.Length);
            if (!ReadNumber(s, ref q, 1, 2, out var day))
            {
                return false;
            }

            q = SkipOrdinal(s, q);
            q = SkipSeparators(s, q, allowComma: true);
            if (!ReadNumber(s, ref q, 4, 4, out var year) || !TryCreate(year, month + 1, day, out date))
            {
                return false;
            }

            p = q;
            return true;
        }
    }

    private static bool TryNumeric(ReadOnlySpan<char> s, ref int p, out DateOnly date)
    {
        // Day.month.year only with dots: slashes are ambiguous between day-first and month-first.
        date = default;
        var q = p;
        if (!ReadNumber(s, ref q, 1, 2, out var day) || q >= s.Length || s[q] != '.')
        {
            return false;
        }

        q++;
        if (!ReadNumber(s, ref q, 1, 2, out var month) || q >= s.Length || s[q] != '.')
        {
            return false;
        }

        q++;
        if (!ReadNumber(s, ref q, 4, 4, out var year) || !TryCreate(year, month, day, out date))
        {
            return false;
        }

        p = q;
        return true;
    }

    private static bool IsTrailerAllowed(ReadOnlySpan<char> rest)
    {
        var r = rest.TrimStart(" ,|·•–—-\t").TrimEnd(" .");
        if (r.IsEmpty)
        {
            return true;
        }

        // A time of day may follow: "at 10:30", "10:30 GMT", "09:15 am".
        if (r.StartsWith("at ", StringComparison.OrdinalIgnoreCase))
        {
            r = r[3..].TrimStart();
        }

        var digits = 0;
        while (digits < r.Length && char.IsAsciiDigit(r[digits]))
        {
            digits++;
        }

        return digits is 1 or 2 && digits < r.Length && r[digits] is ':' or '.' or 'h' && r.Length <= 24;
    }

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool ReadNumber(ReadOnlySpan<char> s, ref int p, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        var q = p;
        while (q < s.Length && char.IsAsciiDigit(s[q]) && q - p < maxDigits)
        {
            value = (value * 10) + (s[q] - '0');
            q++;
        }

        if (q - p < minDigits || (q < s.Length && char.IsAsciiDigit(s[q])))
        {
            return false;
        }

        p = q;
        return true;
    }

    private static int SkipOrdinal(ReadOnlySpan<char> s, int p)
    {
        if (p + 1 < s.Length)
        {
            var suffix = s.Slice(p, 2);
            if ((suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
                && (p + 2 == s.Length || !char.IsLetter(s[p + 2])))
            {
                return p + 2;
            }
        }

        return p;
    }

    private static int SkipMonth(ReadOnlySpan<char> s, int p)
    {
        if (p < s.Length && s[p] == '.')
        {
            p++;
        }

        return SkipSeparators(s, p, allowComma: true);
    }

    private static int SkipSeparators(ReadOnlySpan<char> s, int p, bool allowComma)
    {
        while (p < s.Length && (s[p] == ' ' || s[p] == '\u00A0' || (allowComma && s[p] == ',')))
        {
            p++;
        }

        return p;
    }

    private static ReadOnlySpan<char> PeekWord(ReadOnlySpan<char> s, int p)
    {
        var q = p;
        while (q < s.Length && char.IsLetter(s[q]))
        {
            q++;
        }

        return s[p..q];
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int MonthIndex(ReadOnlySpan<char> word) => NameIndex(word, CalendarNames.Months);

    private static int WeekdayIndex(ReadOnlySpan<char> word) => NameIndex(word, CalendarNames.Weekdays);

    /// <summary>The index of the name whose full form or abbreviation <paramref name="word"/> is (the one list of CalendarNames).</summary>
    private static int NameIndex(ReadOnlySpan<char> word, string[][] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (IsOneOf(word, names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
