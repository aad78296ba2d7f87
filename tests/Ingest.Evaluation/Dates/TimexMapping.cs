using System.Globalization;
using System.Text.Json;

namespace Ingest.Evaluation.Dates;

/// <summary>
/// Compares a TIMEX3 value written by the normalizer with a Recognizers-Text resolution, mapping Recognizers-Text's
/// conventions to TimeML's where they differ. Every mapping is listed in the remarks.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>Ranges: Recognizers-Text writes <c>(start,end,duration)</c> with an exclusive end at the grain of the stated
/// end ("2014-2018" is <c>(2014-01-01,2018-01-01,P4Y)</c>); TimeML ranges here are inclusive <c>start/end</c>
/// (<c>2014/2018</c>); decades, centuries, quarters and halves are mapped to <c>201</c>, <c>20</c>, <c>2014-Q1</c>,
/// <c>2014-H1</c>.</item>
/// <item>Time ranges: <c>(T17,T18,PT1H)</c> and <c>(2016-11-07T05,2016-11-07T07,PT2H)</c> become <c>T17/T18</c> and
/// <c>2016-11-07T05/2016-11-07T07</c>; a computed end with zero seconds (<c>T16:00:00</c>) is the minute
/// <c>T16:00</c>.</item>
/// <item>Unresolved years (<c>XXXX-10-02</c>, <c>XXXX-WXX-2TAF</c>, holidays <c>XXXX-11-WXX-4-4</c>): the normalizer
/// resolves against the reference date, so a value equal to the past or the future resolution (date part, and the
/// same time part) counts.</item>
/// <item>Anchored ranges ("past 3 weeks"): the TimeML duration (<c>P3W</c>) is accepted.</item>
/// <item>A year-less season (<c>SU</c>) is <c>XXXX-SU</c>, or the season of a resolved year.</item>
/// <item>Recognizers-Text's week of a month (<c>2016-11-W03</c>) is compared with the ISO week by its first day.</item>
/// </list>
/// </remarks>
internal static class TimexMapping
{
    public static bool ValueMatches(string ours, JsonElement value)
    {
        var timex = value.GetProperty("Timex").GetString() ?? string.Empty;
        var bar = timex.IndexOf('|', StringComparison.Ordinal);
        if (bar > 0)
        {
            timex = timex[..bar];
        }

        if (string.Equals(ours, ToInclusive(timex), StringComparison.Ordinal))
        {
            return true;
        }

        if (timex is "SP" or "SU" or "FA" or "WI" && ours.Length == 7 && ours[4] == '-' && ours.EndsWith(timex, StringComparison.Ordinal) && ours[..4].All(char.IsDigit))
        {
            return true;
        }

        if (timex.StartsWith('(') && timex.EndsWith(')'))
        {
            var parts = timex[1..^1].Split(',');
            if (parts.Length == 3 && string.Equals(ours, parts[2], StringComparison.Ordinal))
            {
                return true;
            }

            var slash = ours.IndexOf('/', StringComparison.Ordinal);
            if (parts.Length == 3 && slash > 0 && FirstDay(ours[..slash]) == parts[0] && FirstDay(ours[(slash + 1)..]) == parts[1])
            {
                return true;
            }
        }

        return MatchesResolution(ours, timex, value);
    }

    private static bool MatchesResolution(string ours, string timex, JsonElement value)
    {
        foreach (var key in new[] { "PastResolution", "FutureResolution" })
        {
            if (!value.TryGetProperty(key, out var resolution))
            {
                continue;
            }

            if (resolution.TryGetProperty("date", out var date) && string.Equals(ours, date.GetString(), StringComparison.Ordinal))
            {
                return true;
            }

            if (timex.Contains('X', StringComparison.Ordinal) && SameDayAndTime(ours, timex, resolution))
            {
                return true;
            }

            if (resolution.TryGetProperty("startDate", out var s) && resolution.TryGetProperty("endDate", out var e)
                && (string.Equals(ours, ToInclusive($"({s.GetString()},{e.GetString()},{PeriodOf(timex)})"), StringComparison.Ordinal)
                    || ((timex.Contains('X', StringComparison.Ordinal) || IsWeekOfMonth(timex)) && !ours.Contains('/', StringComparison.Ordinal) && FirstDay(ours) == s.GetString())))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An unresolved date with a time part (<c>XXXX-10-23T07</c>, <c>XXXX-WXX-2TAF</c>) against the normalizer's
    /// resolved day with the same time part (<c>2016-10-23T07</c>); ranges compare both ends this way.
    /// </summary>
    private static bool SameDayAndTime(string ours, string timex, JsonElement resolution)
    {
        var day = Day(resolution, "dateTime") ?? Day(resolution, "startDateTime");
        if (day is null)
        {
            return false;
        }

        if (timex.StartsWith('(') && timex.EndsWith(')'))
        {
            var parts = timex[1..^1].Split(',');
            var endDay = Day(resolution, "endDateTime");
            var slash = ours.IndexOf('/', StringComparison.Ordinal);
            return parts.Length == 3 && endDay is not null && slash > 0
                && SameDayAndTime(ours[..slash], parts[0], day) && SameDayAndTime(ours[(slash + 1)..], parts[1], endDay);
        }

        return SameDayAndTime(ours, timex, day);
    }

    private static bool SameDayAndTime(string ours, string timex, string day)
    {
        var t = timex.IndexOf('T', StringComparison.Ordinal);
        var o = ours.IndexOf('T', StringComparison.Ordinal);
        return t > 0 && o == 10 && ours.StartsWith(day, StringComparison.Ordinal)
            && string.Equals(Minute(ours[o..]), Minute(timex[t..]), StringComparison.Ordinal);
    }

    private static string? Day(JsonElement resolution, string key) =>
        resolution.TryGetProperty(key, out var v) && v.GetString() is { Length: >= 10 } s ? s[..10] : null;

    /// <summary>A computed time with zero seconds (<c>T16:00:00</c>) written at the minute (<c>T16:00</c>).</summary>
    private static string Minute(string time) =>
        time.Length == 9 && time[0] == 'T' && time.EndsWith(":00", StringComparison.Ordinal) && time[3] == ':' ? time[..6] : time;

    private static bool IsWeekOfMonth(string timex) => timex.Length == 11 && timex[4] == '-' && timex[7] == '-' && timex[8] == 'W';

    /// <summary>The first calendar day of a resolved TIMEX3 point (<c>2018-02</c> is 2018-02-01), or null.</summary>
    private static string? FirstDay(string value)
    {
        if (value.Contains('X', StringComparison.Ordinal))
        {
            return null;
        }

        if (value.Length == 10 && value[4] == '-' && value[7] == '-')
        {
            return value;
        }

        if (value.Length == 7 && value[4] == '-' && char.IsDigit(value[5]))
        {
            return value + "-01";
        }

        if (value.Length == 4 && value.All(char.IsDigit))
        {
            return value + "-01-01";
        }

        if (value.Length >= 8 && value[4] == '-' && value[5] == 'W' && int.TryParse(value.AsSpan(0, 4), out var year) && int.TryParse(value.AsSpan(6, 2), out var week))
        {
            var monday = ISOWeek.ToDateTime(year, week, value.EndsWith("-WE", StringComparison.Ordinal) ? DayOfWeek.Saturday : DayOfWeek.Monday);
            return monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (value.Length == 7 && value[4] == '-' && value[5] is 'Q' or 'H' && int.TryParse(value.AsSpan(0, 4), out var qYear))
        {
            var month = value[5] == 'Q' ? ((value[6] - '1') * 3) + 1 : ((value[6] - '1') * 6) + 1;
            return $"{qYear:D4}-{month:D2}-01";
        }

        if (value.Length == 3 && value.All(char.IsDigit))
        {
            return value + "0-01-01";
        }

        return null;
    }

    private static string PeriodOf(string timex)
    {
        if (timex.StartsWith('(') && timex.EndsWith(')'))
        {
            var parts = timex[1..^1].Split(',');
            return parts.Length == 3 ? parts[2] : "P";
        }

        return "P";
    }

    /// <summary>Maps a Recognizers-Text value to the inclusive TIMEX3 form the normalizer writes.</summary>
    private static string ToInclusive(string timex)
    {
        if (timex is "SP" or "SU" or "FA" or "WI")
        {
            return "XXXX-" + timex;
        }

        if (!timex.StartsWith('(') || !timex.EndsWith(')'))
        {
            return timex;
        }

        var parts = timex[1..^1].Split(',');
        if (parts.Length == 3 && (parts[0].Contains('T', StringComparison.Ordinal) || parts[1].Contains('T', StringComparison.Ordinal)))
        {
            return $"{TimeOf(parts[0])}/{TimeOf(parts[1])}";
        }

        if (parts.Length != 3 || parts[0].Length != 10 || parts[1].Length != 10)
        {
            return timex;
        }

        return DateRange(parts[0], parts[1], parts[2]);
    }

    private static string TimeOf(string point)
    {
        var t = point.IndexOf('T', StringComparison.Ordinal);
        return t < 0 ? point : point[..t] + Minute(point[t..]);
    }

    private static string DateRange(string a, string b, string d)
    {
        var aYear = a[..4];
        var bYear = b[..4];
        var januaryFirst = a.EndsWith("-01-01", StringComparison.Ordinal) && b.EndsWith("-01-01", StringComparison.Ordinal);
        if (januaryFirst && d == "P10Y" && aYear.EndsWith('0'))
        {
            return (aYear.StartsWith("XX", StringComparison.Ordinal) ? "19" + aYear[2..] : aYear)[..3];
        }

        if (januaryFirst && d == "P100Y" && aYear.EndsWith("00", StringComparison.Ordinal))
        {
            return aYear[..2];
        }

        var firstOfMonth = a.EndsWith("-01", StringComparison.Ordinal) && b.EndsWith("-01", StringComparison.Ordinal);
        if (firstOfMonth && d is "P3M" or "P6M")
        {
            var month = int.Parse(a.AsSpan(5, 2), CultureInfo.InvariantCulture);
            if (d == "P3M" && (month - 1) % 3 == 0)
            {
                return $"{aYear}-Q{((month - 1) / 3) + 1}";
            }

            if (d == "P6M" && (month - 1) % 6 == 0)
            {
                return $"{aYear}-H{((month - 1) / 6) + 1}";
            }
        }

        if (januaryFirst && d.EndsWith('Y') && !d.Contains('M', StringComparison.Ordinal) && !d.Contains('D', StringComparison.Ordinal))
        {
            return $"{aYear}/{bYear}";
        }

        if (firstOfMonth && d.EndsWith('M') && !d.Contains('D', StringComparison.Ordinal) && !d.Contains('W', StringComparison.Ordinal))
        {
            return $"{a[..7]}/{b[..7]}";
        }

        return $"{a}/{b}";
    }
}
