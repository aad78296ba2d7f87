using System.Globalization;
using System.Text;

namespace Ingest.Normalizers.Dates;

/// <summary>Writes a <see cref="DateSpec"/> as a TIMEX3 value and computes the calendar days it covers.</summary>
internal static class TimexFormatter
{
    /// <summary>The TIMEX3 value of <paramref name="spec"/>, written in <paramref name="scratch"/> (cleared first), which the caller keeps between values.</summary>
    public static string Format(StringBuilder scratch, in DateSpec spec)
    {
        scratch.Clear();
        Append(scratch, spec);
        return scratch.ToString();
    }

    /// <summary>The TIMEX3 value of the range from <paramref name="start"/> to <paramref name="end"/>, written in <paramref name="scratch"/>.</summary>
    public static string FormatRange(StringBuilder scratch, in DateSpec start, in DateSpec end)
    {
        scratch.Clear();
        Append(scratch, start);
        scratch.Append('/');
        Append(scratch, end);
        return scratch.ToString();
    }

    public static void Append(StringBuilder sb, in DateSpec spec)
    {
        switch (spec.Type)
        {
            case DateSpecType.Reference:
                sb.Append(spec.Reference switch { < 0 => "PAST_REF", > 0 => "FUTURE_REF", _ => "PRESENT_REF" });
                return;
            case DateSpecType.Duration:
                AppendDuration(sb, spec);
                return;
        }

        if (spec.Grain == DateGrain.Time)
        {
            AppendTime(sb, spec);
            return;
        }

        switch (spec.Grain)
        {
            case DateGrain.Century:
                if (spec.Century == DateSpec.Unknown)
                {
                    sb.Append("XX");
                }
                else
                {
                    AppendNumber(sb, spec.Century, 2);
                }

                return;
            case DateGrain.Decade:
                if (spec.Decade == DateSpec.Unknown)
                {
                    sb.Append("XXX");
                }
                else
                {
                    AppendNumber(sb, spec.Decade, 3);
                }

                return;
        }

        AppendYear(sb, spec.Year);
        switch (spec.Grain)
        {
            case DateGrain.Season:
                sb.Append(spec.Season switch { 1 => "-SP", 2 => "-SU", 3 => "-FA", _ => "-WI" });
                break;
            case DateGrain.Quarter:
                if (spec.Half > 0)
                {
                    sb.Append("-H").Append((char)('0' + spec.Half));
                }
                else
                {
                    sb.Append("-Q").Append((char)('0' + spec.Quarter));
                }

                break;
            case DateGrain.Month:
                sb.Append('-');
                AppendMonth(sb, spec.Month);
                break;
            case DateGrain.Week:
                if (spec.Month > 0 && spec.Year != DateSpec.Unknown && spec.Week == 0)
                {
                    sb.Append('-');
                    AppendMonth(sb, spec.Month);
                }

                sb.Append("-W");
                if (spec.Week > 0)
                {
                    AppendNumber(sb, spec.Week, 2);
                }
                else
                {
                    sb.Append("XX");
                }

                if (spec.Weekend)
                {
                    sb.Append("-WE");
                }

                break;
            case DateGrain.Day:
                if (spec.Day == 0 && spec.Weekday > 0)
                {
                    if (spec.Month > 0)
                    {
                        sb.Append('-');
                        AppendMonth(sb, spec.Month);
                    }

                    sb.Append("-WXX-").Append((char)('0' + spec.Weekday));
                    if (spec.NthWeekday != 0)
                    {
                        sb.Append("-#").Append(spec.NthWeekday);
                    }

                    AppendTime(sb, spec);
                    break;
                }

                sb.Append('-');
                AppendMonth(sb, spec.Month);
                sb.Append('-');
                if (spec.Day > 0)
                {
                    AppendNumber(sb, spec.Day, 2);
                }
                else
                {
                    sb.Append("XX");
                }

                AppendTime(sb, spec);
                break;
        }
    }

    public static (DateOnly? Earliest, DateOnly? Latest) Bounds(in DateSpec spec)
    {
        if (spec.Type == DateSpecType.Duration)
        {
            return (spec.AnchorStart, spec.AnchorEnd);
        }

        if (spec.Type != DateSpecType.Point)
        {
            return (null, null);
        }

        switch (spec.Grain)
        {
            case DateGrain.Century when spec.Century != DateSpec.Unknown:
                return Years(spec.Century * 100, (spec.Century * 100) + 99);
            case DateGrain.Decade when spec.Decade != DateSpec.Unknown:
                return Years(spec.Decade * 10, (spec.Decade * 10) + 9);
        }

        var year = spec.Year;
        if (year == DateSpec.Unknown || year < 1 || year > 9998)
        {
            return (null, null);
        }

        switch (spec.Grain)
        {
            case DateGrain.Year:
                return Years(year, year);
            case DateGrain.Quarter:
                var firstMonth = spec.Half > 0 ? ((spec.Half - 1) * 6) + 1 : ((spec.Quarter - 1) * 3) + 1;
                var months = spec.Half > 0 ? 6 : 3;
                return Months(year, firstMonth, months);
            case DateGrain.Season:
                return spec.Season switch
                {
                    1 => Months(year, 3, 3),
                    2 => Months(year, 6, 3),
                    3 => Months(year, 9, 3),
                    _ => Months(year, 12, 3),
                };
            case DateGrain.Month when spec.Month is >= 1 and <= 12:
                return Months(year, spec.Month, 1);
            case DateGrain.Week when spec.Week is >= 1 and <= 53:
                if (spec.Week > ISOWeek.GetWeeksInYear(year))
                {
                    return (null, null);
                }

                var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, spec.Week, DayOfWeek.Monday));
                return spec.Weekend ? (monday.AddDays(5), monday.AddDays(6)) : (monday, monday.AddDays(6));
            case DateGrain.Day when spec.Month is >= 1 and <= 12 && spec.Day >= 1 && spec.Day <= DateTime.DaysInMonth(year, spec.Month):
                var day = new DateOnly(year, spec.Month, spec.Day);
                return (day, day);
            default:
                return (null, null);
        }
    }

    private static (DateOnly?, DateOnly?) Years(int first, int last)
    {
        if (first < 1 || last > 9999 || first > last)
        {
            return (null, null);
        }

        return (new DateOnly(first, 1, 1), new DateOnly(last, 12, 31));
    }

    private static (DateOnly?, DateOnly?) Months(int year, int month, int count)
    {
        var start = new DateOnly(year, month, 1);
        if (year >= 9999 && month + count > 12)
        {
            return (null, null);
        }

        return (start, start.AddMonths(count).AddDays(-1));
    }

    /// <summary>
    /// The time part of a TIMEX3 value: <c>T14:30</c> at the precision written (<c>T09</c> for "9am"), else the part
    /// of the day (<c>TMO</c>, <c>TAF</c>, <c>TEV</c>, <c>TNI</c>), else nothing.
    /// </summary>
    private static void AppendTime(StringBuilder sb, in DateSpec spec)
    {
        var clock = spec.Clock;
        if (clock.Precision == 0)
        {
            if (DayPart.IsTimex(spec.PartOfDay))
            {
                sb.Append(spec.PartOfDay switch { DayPart.Morning => "TMO", DayPart.Afternoon => "TAF", DayPart.Evening => "TEV", _ => "TNI" });
            }

            return;
        }

        sb.Append('T');
        AppendNumber(sb, clock.Hour, 2);
        if (clock.Precision >= 2)
        {
            sb.Append(':');
            AppendNumber(sb, clock.Minute, 2);
        }

        if (clock.Precision >= 3)
        {
            sb.Append(':');
            AppendNumber(sb, clock.Second, 2);
        }
    }

    private static void AppendYear(StringBuilder sb, int year)
    {
        if (year == DateSpec.Unknown || year < 0 || year > 9999)
        {
            sb.Append("XXXX");
        }
        else
        {
            AppendNumber(sb, year, 4);
        }
    }

    private static void AppendMonth(StringBuilder sb, int month)
    {
        if (month is >= 1 and <= 12)
        {
            AppendNumber(sb, month, 2);
        }
        else
        {
            sb.Append("XX");
        }
    }

    private static void AppendNumber(StringBuilder sb, int value, int width)
    {
        // Formatted on the stack and padded in place: the same characters as ToString().PadLeft without two strings.
        Span<char> digits = stackalloc char[11];
        value.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        if (written < width)
        {
            sb.Append('0', width - written);
        }

        sb.Append(digits[..written]);
    }

    private static void AppendDuration(StringBuilder sb, in DateSpec spec)
    {
        sb.Append('P');
        if (spec.Vague)
        {
            switch (spec.VagueUnit)
            {
                case DateUnit.Hour:
                    sb.Append("TXH");
                    break;
                case DateUnit.Minute:
                    sb.Append("TXM");
                    break;
                case DateUnit.Second:
                    sb.Append("TXS");
                    break;
                case DateUnit.Day or DateUnit.BusinessDay:
                    sb.Append("XD");
                    break;
                case DateUnit.Week or DateUnit.Fortnight or DateUnit.Weekend:
                    sb.Append("XW");
                    break;
                case DateUnit.Month or DateUnit.Quarter:
                    sb.Append("XM");
                    break;
                case DateUnit.Decade:
                    sb.Append("XDE");
                    break;
                case DateUnit.Century:
                    sb.Append("XCE");
                    break;
                default:
                    sb.Append("XY");
                    break;
            }

            return;
        }

        AppendAmount(sb, spec.Years, 'Y');
        AppendAmount(sb, spec.Months, 'M');
        AppendAmount(sb, spec.Weeks, 'W');
        AppendAmount(sb, spec.Days, spec.BusinessDays ? "BD" : "D");
        if (spec.Hours != 0 || spec.Minutes != 0 || spec.Seconds != 0)
        {
            sb.Append('T');
            AppendAmount(sb, spec.Hours, 'H');
            AppendAmount(sb, spec.Minutes, 'M');
            AppendAmount(sb, spec.Seconds, 'S');
        }
    }

    private static void AppendAmount(StringBuilder sb, double amount, char unit)
    {
        if (amount != 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{amount:0.###}").Append(unit);
        }
    }

    private static void AppendAmount(StringBuilder sb, double amount, string unit)
    {
        if (amount != 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{amount:0.###}").Append(unit);
        }
    }
}
