using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingest.Readers.Html.Metadata;

/// <summary>Reads the calendar date of a machine-readable date in page metadata (ISO 8601 and the common variants).</summary>
internal static partial class MetadataDates
{
    // The longest text read for a written-out date: a dateline with a weekday, a time and a zone.
    private const int MaxDateText = 120;

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Returns the date as written (the local date of the timestamp), or <see langword="null"/>.</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        var iso = IsoDate().Match(trimmed);
        if (iso.Success)
        {
            var year = int.Parse(iso.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            var month = int.Parse(iso.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
            var day = int.Parse(iso.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
            return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                ? new DateOnly(year, month, day)
                : null;
        }

        if (UnixTime(trimmed) is { } instant)
        {
            return instant;
        }

        // Without a four-digit year the parser would take a clock time ("10:30") for today's date.
        if (HasYear(trimmed) && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return DateOnly.FromDateTime(parsed.DateTime);
        }

        // A date written for people ("March 4, 2021 at 8:00 a.m.") that the parser does not take whole.
        return FromText(trimmed);
    }

    /// <summary>
    /// A date field given as Unix time, as some publishing systems write it: ten digits of seconds or thirteen of
    /// milliseconds since 1970 (UTC), taken only when it falls between 1995 and 2100 (a web page's lifetime), so an
    /// identifier of that length is no date.
    /// </summary>
    private static DateOnly? UnixTime(string value)
    {
        if (value.Length is not (10 or 13) || !value.All(char.IsAsciiDigit))
        {
            return null;
        }

        var number = long.Parse(value, CultureInfo.InvariantCulture);
        var instant = value.Length == 10 ? DateTimeOffset.FromUnixTimeSeconds(number) : DateTimeOffset.FromUnixTimeMilliseconds(number);
        return instant.Year is >= 1995 and <= 2100 ? DateOnly.FromDateTime(instant.UtcDateTime) : null;
    }

    private static bool HasYear(string text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            digits = char.IsAsciiDigit(c) ? digits + 1 : 0;
            if (digits == 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads a calendar date written out in a short text, as a byline or a <c>&lt;time&gt;</c> without <c>datetime</c>
    /// shows it: ISO 8601 ("2021-03-04", also with slashes or dots), month first ("March 4, 2021", "Mar. 4 2021") or day first ("4 March 2021"),
    /// in English, or day first in numbers with dots ("04.03.2021", as Europe writes it); or <see langword="null"/>. A text without a four-digit year is no date (a clock time, "Today").
    /// </summary>
    public static DateOnly? FromText(string? text) => FromText(text, out _);

    /// <summary>As <see cref="FromText(string?)"/>, giving the length of the date's words in the text too.</summary>
    public static DateOnly? FromText(string? text, out int length) => FromText(text, out _, out length);

    /// <summary>As <see cref="FromText(string?)"/>, giving where the date's words start in the text and their length too.</summary>
    public static DateOnly? FromText(string? text, out int index, out int length)
    {
        var dates = AllFromText(text);
        (index, length) = dates.Count > 0 ? (dates[0].Index, dates[0].Length) : (0, 0);
        return dates.Count > 0 ? dates[0].Date : null;
    }

    /// <summary>
    /// Every calendar date written out in a short text, in order, with where each stands: a dateline may state two
    /// ("Updated 6 March 2024, published 5 March 2024"). Besides the forms of <see cref="FromText(string?)"/>, day-first
    /// dates with the month named in another European language ("5. März 2024", "5 de marzo de 2024").
    /// </summary>
    public static List<(DateOnly Date, int Index, int Length)> AllFromText(string? text)
    {
        var dates = new List<(DateOnly Date, int Index, int Length)>();
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxDateText)
        {
            return dates;
        }

        try
        {
            foreach (Match match in TextDate().Matches(text))
            {
                if (FromMatch(match) is { } date)
                {
                    dates.Add((date, match.Index, match.Length));
                }
            }

            foreach (var foreign in ForeignDates.Find(text))
            {
                if (!dates.Exists(d => d.Index < foreign.Index + foreign.Length && foreign.Index < d.Index + d.Length))
                {
                    dates.Add(foreign);
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            dates.Clear();
        }

        dates.Sort((a, b) => a.Index.CompareTo(b.Index));
        return dates;
    }

    private static DateOnly? FromMatch(Match match)
    {
        if (match.Groups["iso"].Success)
        {
            return Parse(match.Groups["iso"].Value.Replace('/', '-').Replace('.', '-'));
        }

        var monthText = match.Groups["month"].Value;
        var month = char.IsAsciiDigit(monthText[0]) ? int.Parse(monthText, CultureInfo.InvariantCulture) : Array.IndexOf(MonthPrefixes, monthText[..3].ToLowerInvariant()) + 1;
        var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>
    /// Reads the date that news and blog addresses carry as path segments (<c>/2024/06/25/slug</c>, <c>/2024/jun/25/slug</c>,
    /// <c>/20240625/slug</c>), or <see langword="null"/>.
    /// Only a full year/month/day triple counts: a year and month alone are archive pages, not a publication day.
    /// </summary>
    public static DateOnly? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        var match = UrlDate().Match(url);
        if (!match.Success)
        {
            match = CompactUrlDate().Match(url);
            if (!match.Success)
            {
                return null;
            }
        }

        var year = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        var monthText = match.Groups[2].Value;
        var month = char.IsAsciiDigit(monthText[0])
            ? int.Parse(monthText, CultureInfo.InvariantCulture)
            : Array.IndexOf(MonthPrefixes, monthText[..3].ToLowerInvariant()) + 1;
        var day = int.Parse(match.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    // A month name is its abbreviation or the whole name, a whole word ("Mayor 4", "Augsburg 3" are no dates); the input is bounded and the match timed out besides.
    [GeneratedRegex(
        @"(?<iso>\b(?:19|20)\d{2}(?<sep>[-/.])\d{2}\k<sep>\d{2})(?!\d)|\b(?:(?<month>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b)\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+|(?<day>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?<month>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b)\.?,?\s+|\b(?<day>\d{1,2})\.(?<month>\d{1,2})\.)(?<year>(?:19|20)\d{2})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 100)]
    private static partial Regex TextDate();

    // The month as a number or, as some papers write it (/2021/mar/04/), a name's first three letters.
    [GeneratedRegex(@"/((?:19|20)\d{2})[/-](\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?=/))[/-](\d{1,2})(?:/|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UrlDate();

    // The date as eight digits standing alone between separators (/20240305/, -20240305.html), as some papers write it;
    // a longer run of digits is an identifier.
    [GeneratedRegex(@"[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=$|[/_.?#-])", RegexOptions.CultureInvariant)]
    private static partial Regex CompactUrlDate();

    // A compact stamp of date and time ("20240305101500", as some publishing systems write it) is read for its date too.
    [GeneratedRegex(@"^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s]|(?<=^\d{8})\d{4}(?:\d{2})?$)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
