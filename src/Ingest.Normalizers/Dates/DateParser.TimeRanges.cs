namespace Ingest.Normalizers.Dates;

/// <content>
/// Ranges of clock times: "5 to 6pm", "4pm - 5pm", "between 5 and 6 in the afternoon", "from 11 pm to 3", with a day
/// before or after ("tomorrow between 8am and 2pm", "3pm to 4pm tomorrow", "between 3 and 5 on 1/1/2015").
/// </content>
internal sealed partial class DateParser
{
    private bool TryTimeRange(int i, out DateMatch match)
    {
        match = default;
        var j = i;
        var hasDay = false;
        DateSpec day = default;
        if (!IsKeyword(i, DateKeyword.From) && !IsKeyword(i, DateKeyword.Between) && TryDayForTime(i, out var dayEnd, out var leading) && leading.Clock.Precision == 0)
        {
            day = leading;
            hasDay = true;
            j = IsSymbol(dayEnd, ',') ? dayEnd + 1 : dayEnd;
        }

        if (!TimePair(j, out var left, out var right, out var end))
        {
            return false;
        }

        var t = IsSymbol(end, ',') ? end + 1 : end;
        t = IsKeyword(t, DateKeyword.On) || IsKeyword(t, DateKeyword.Of) ? t + 1 : t;
        if (!hasDay && TryDayForTime(t, out var trailingEnd, out var trailing) && trailing.Clock.Precision == 0)
        {
            day = trailing;
            hasDay = true;
            end = trailingEnd;
        }

        // "from 5 to 10" and "two to four people" are numbers: one end must be written as a time, or a day given.
        if (!left.Strong && !right.Strong && !hasDay)
        {
            return false;
        }

        match = new DateMatch { First = i, End = end, IsRange = true, Start = AtTime(hasDay, day, left), Finish = AtTime(hasDay, day, right) };
        return true;
    }

    /// <summary>Two clock times joined by "to", "till", "until", a dash, or "between ... and"; the meridiem shared.</summary>
    private bool TimePair(int j, out ClockTime left, out ClockTime right, out int end)
    {
        right = default;
        end = j;
        var between = IsKeyword(j, DateKeyword.Between);
        var k = between || IsKeyword(j, DateKeyword.From) ? j + 1 : j;
        if (!ClockAt(k, true, out left, out _, out var leftEnd, inRange: true))
        {
            return false;
        }

        var c = leftEnd;
        var joined = between ? IsKeyword(c, DateKeyword.And) : IsKeyword(c, DateKeyword.To) || IsKeyword(c, DateKeyword.Until) || IsKeyword(c, DateKeyword.Through) || IsDash(c);
        if (!joined || !ClockAt(c + 1, true, out right, out _, out end))
        {
            return false;
        }

        ShareMeridiem(ref left, ref right);
        return true;
    }

    /// <summary>
    /// An end without am/pm takes the other end's when it comes before it on the 12-hour dial ("5 to 6pm" is
    /// 17:00-18:00), else the opposite one ("11 to 3pm" is 11:00-15:00, "11 pm to 3" is 23:00-03:00).
    /// </summary>
    private static void ShareMeridiem(ref ClockTime left, ref ClockTime right)
    {
        if (!left.Meridiem && right.Meridiem && left.Hour <= 12)
        {
            var earlier = (left.Hour % 12 * 60) + left.Minute < (right.Hour % 12 * 60) + right.Minute;
            left.Hour = (left.Hour % 12) + ((right.Hour >= 12) == earlier ? 12 : 0);
        }
        else if (left.Meridiem && !right.Meridiem && right.Hour <= 12)
        {
            var later = (right.Hour % 12 * 60) + right.Minute > (left.Hour % 12 * 60) + left.Minute;
            right.Hour = (right.Hour % 12) + ((left.Hour >= 12) == later ? 12 : 0);
        }
    }

    private static DateSpec AtTime(bool hasDay, in DateSpec day, in ClockTime clock)
    {
        if (!hasDay)
        {
            return DateSpec.TimeOfDay(clock, 0);
        }

        var spec = day;
        AttachClock(ref spec, clock);
        return spec;
    }
}
