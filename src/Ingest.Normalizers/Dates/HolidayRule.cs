using System.Globalization;

namespace Ingest.Normalizers.Dates;

/// <summary>
/// How a named holiday falls in a year: a fixed month and day, the n-th weekday of a month (Thanksgiving is the fourth
/// Thursday of November), Western or Orthodox Easter, or a day of the Islamic or Chinese calendar (Ramadan starts on
/// 1 Ramadan, the Lunar New Year is the first day of the first month); plus an offset in days (Black Friday is the day
/// after Thanksgiving).
/// </summary>
internal readonly record struct HolidayRule(HolidayRuleKind Kind, int Month, int Day, int Weekday, int Nth, int Offset)
{
    private static readonly UmAlQuraCalendar UmmAlQura = new();

    private static readonly HijriCalendar Hijri = new();

    private static readonly ChineseLunisolarCalendar ChineseLunisolar = new();

    /// <summary>The date of the holiday in <paramref name="year"/>.</summary>
    public DateOnly In(int year)
    {
        var date = Kind switch
        {
            HolidayRuleKind.Fixed => new DateOnly(year, Month, Day),
            HolidayRuleKind.NthWeekday => NthWeekday(year, Month, Weekday, Nth),
            HolidayRuleKind.OrthodoxEaster => OrthodoxEaster(year),
            HolidayRuleKind.Hijri => HijriDayIn(year, Month, Day),
            HolidayRuleKind.ChineseLunar => ChineseLunarDayIn(year, Month, Day),
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

    /// <summary>Orthodox Easter Sunday: the Julian computus (Meeus), then the days the Julian calendar lags the Gregorian (13 in 1900-2099).</summary>
    public static DateOnly OrthodoxEaster(int year)
    {
        var a = year % 4;
        var b = year % 7;
        var c = year % 19;
        var d = ((19 * c) + 15) % 30;
        var e = ((2 * a) + (4 * b) - d + 34) % 7;
        var month = (d + e + 114) / 31;
        var day = ((d + e + 114) % 31) + 1;
        var julianLag = (year / 100) - (year / 400) - 2;
        return new DateOnly(year, month, day).AddDays(julianLag);
    }

    /// <summary>
    /// The first Gregorian date in <paramref name="year"/> of a Hijri month and day (a Hijri year is about 11 days shorter,
    /// so the day falls in the Hijri year current on 1 January or the next): by the Umm al-Qura tables where they reach, else
    /// by the tabular Hijri calendar.
    /// </summary>
    private static DateOnly HijriDayIn(int year, int month, int day)
    {
        Calendar calendar = year is > 1900 and < 2076 ? UmmAlQura : Hijri;
        var hijriYear = calendar.GetYear(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
        var date = DateOnly.MinValue;
        for (var y = hijriYear; y <= hijriYear + 1; y++)
        {
            date = DateOnly.FromDateTime(calendar.ToDateTime(y, month, Math.Min(day, calendar.GetDaysInMonth(y, month)), 0, 0, 0, 0));
            if (date.Year == year)
            {
                break;
            }
        }

        return date;
    }

    /// <summary>
    /// A month and day of the Chinese calendar in the Chinese year that starts in <paramref name="year"/>; a leap month
    /// before the month moves it one month on. Outside the calendar's range (1901-2100) the Gregorian month and day stand in.
    /// </summary>
    private static DateOnly ChineseLunarDayIn(int year, int month, int day)
    {
        if (year is < 1902 or > 2100)
        {
            return new DateOnly(year, month, day);
        }

        var leapMonth = ChineseLunisolar.GetLeapMonth(year);
        var index = leapMonth > 0 && month >= leapMonth ? month + 1 : month;
        return DateOnly.FromDateTime(ChineseLunisolar.ToDateTime(year, index, day, 0, 0, 0, 0));
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
