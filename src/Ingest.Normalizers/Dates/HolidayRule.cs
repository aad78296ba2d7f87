namespace Ingest.Normalizers.Dates;

/// <summary>
/// How a named holiday falls in a year: a fixed month and day, the n-th weekday of a month (Thanksgiving is the fourth
/// Thursday of November), or Western Easter; plus an offset in days (Black Friday is the day after Thanksgiving).
/// </summary>
internal readonly record struct HolidayRule(HolidayRuleKind Kind, int Month, int Day, int Weekday, int Nth, int Offset)
{
    /// <summary>The date of the holiday in <paramref name="year"/>.</summary>
    public DateOnly In(int year)
    {
        var date = Kind switch
        {
            HolidayRuleKind.Fixed => new DateOnly(year, Month, Day),
            HolidayRuleKind.NthWeekday => NthWeekday(year, Month, Weekday, Nth),
            _ => Easter(year),
        };
        return date.AddDays(Offset);
    }

    /// <summary>Western Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly NthWeekday(int year, int month, int weekday, int nth)
    {
        if (nth < 0)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            var back = ((((int)last.DayOfWeek + 6) % 7) + 1 - weekday + 7) % 7;
            return last.AddDays(-back);
        }

        var first = new DateOnly(year, month, 1);
        var ahead = (weekday - ((((int)first.DayOfWeek + 6) % 7) + 1) + 7) % 7;
        return first.AddDays(ahead + (7 * (nth - 1)));
    }
}
