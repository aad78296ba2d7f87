namespace Ingest.Normalizers.Dates;

/// <content>
/// Times of day and date-times: a clock time alone ("7:56pm" is <c>T19:56</c>), a part of the day alone ("in the
/// morning" is <c>TMO</c>), a time before a day ("8pm on Sunday", "a quarter to seven tomorrow") and a day before a
/// time ("tomorrow at 8:00am", "October 14, 8:00am", "this morning at 7"); and the present reference.
/// </content>
internal sealed partial class DateParser
{
    /// <summary>A clock time, with the day it falls on when one follows ("8pm today", "seven on Oct 15").</summary>
    private bool RuleTime(int i, out int end, out DateSpec spec)
    {
        spec = default;
        end = i;
        var partBefore = 0;
        var j = i;
        if (PartOfDayBefore(i, out var part, out var afterPart))
        {
            // "afternoon at 7", "in the night five thirty", "lunchtime 12 o'clock": the part of the day first.
            partBefore = part;
            j = IsKeyword(afterPart, DateKeyword.At) ? afterPart + 1 : afterPart;
        }

        var loose = partBefore > 0 || IsKeyword(j - 1, DateKeyword.At) || IsKeyword(j - 1, DateKeyword.About);
        if (!ClockAt(j, loose, out var clock, out part, out end)
            && (loose || !ClockAt(j, true, out clock, out part, out end) || !DayWithPartFollows(end)))
        {
            return false;
        }

        if (partBefore > 0 && part == 0)
        {
            ApplyPart(ref clock, partBefore);
        }

        spec = DateSpec.TimeOfDay(clock, 0);
        AttachFollowingDay(ref spec, ref end);
        return true;
    }

    /// <summary>
    /// The part of the day after a day: "Monday night", "Tuesday late-morning", "tuesday in the afternoon",
    /// "this Friday, in the afternoon", "Feb 5 AM", "tuesday PM" ("Saturday Night Live" is a title, not a night).
    /// </summary>
    private bool PartOfDaySuffix(int end, out int part, out int partEnd)
    {
        part = 0;
        partEnd = end;
        var k = IsSymbol(end, ',') && IsKeyword(end + 1, DateKeyword.In) ? end + 1 : end;
        k = IsKeyword(k, DateKeyword.In) && IsKeyword(k + 1, DateKeyword.The) ? k + 2 : k;
        if ((IsKeyword(k, DateKeyword.Early) || IsKeyword(k, DateKeyword.Late)) && (IsDash(k + 1) || IsWord(k + 1, WordClass.PartOfDay)))
        {
            k = IsDash(k + 1) ? k + 2 : k + 1;
        }

        if (IsWord(k, WordClass.PartOfDay) && !(Upper(k) && Upper(k + 1) && IsPlainWord(k + 1)))
        {
            part = _tokens[k].Value;
            partEnd = k + 1;
            return true;
        }

        // A bare meridiem after a day is its half: "Feb 5 AM" is the morning.
        if (k == end && IsWord(k, WordClass.Clock) && _tokens[k].Value is (int)ClockWord.Am or (int)ClockWord.Pm && Boundary(k + 1))
        {
            part = _tokens[k].Value == (int)ClockWord.Am ? 1 : 2;
            partEnd = k + 1;
            return true;
        }

        return false;
    }

    /// <summary>"afternoon", "in the afternoon", "in the night", "lunchtime" before a clock time.</summary>
    private bool PartOfDayBefore(int i, out int part, out int end)
    {
        part = 0;
        end = i;
        var k = IsKeyword(i, DateKeyword.In) && IsKeyword(i + 1, DateKeyword.The) ? i + 2 : i;
        if (IsWord(k, WordClass.PartOfDay))
        {
            part = _tokens[k].Value;
        }
        else if (IsWord(k, WordClass.Clock) && _tokens[k].Value == (int)ClockWord.Lunchtime)
        {
            part = DayPart.Lunch;
        }
        else
        {
            return false;
        }

        end = k + 1;
        return IsNumber(end) || IsWord(end, WordClass.Cardinal) || (IsKeyword(end, DateKeyword.At) && (IsNumber(end + 1) || IsWord(end + 1, WordClass.Cardinal)));
    }

    /// <summary>"7, this morning", "10, tonight": a bare hour is a time before a day whose part of the day is stated.</summary>
    private bool DayWithPartFollows(int end)
    {
        var k = IsSymbol(end, ',') ? end + 1 : end;
        return TryDayForTime(k, out _, out var day) && day.PartOfDay > 0;
    }

    /// <summary>
    /// A day after a time makes a date-time: "8pm today", "10pm tonight", "3pm on Sun", "seven on October 15",
    /// "8pm in the evening, 1st Jan", "twenty past five tomorrow morning".
    /// </summary>
    private void AttachFollowingDay(ref DateSpec spec, ref int end)
    {
        var k = end;
        if (IsSymbol(k, ','))
        {
            k++;
        }

        if (IsKeyword(k, DateKeyword.On) || IsKeyword(k, DateKeyword.Of))
        {
            k++;
        }

        if (!TryDayForTime(k, out var dayEnd, out var day))
        {
            return;
        }

        AttachClock(ref day, spec.Clock);
        spec = day;
        end = dayEnd;
    }

    /// <summary>A day a time can fall on: a calendar day, a weekday, today/tomorrow/tonight, "this evening".</summary>
    private bool TryDayForTime(int k, out int end, out DateSpec day)
    {
        end = k;
        day = default;
        if (k >= _tokenCount || _tokens[k].Kind == TokenKind.Symbol || IsWord(k, WordClass.Clock) || (IsWord(k, WordClass.Weekday) && Text(k).EndsWith("days", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var s = default(DateSpec);
        var e = 0;
        var rules = PointRulesAt(k);
        if (((Has(rules, PointRules.Reference) && RuleReference(k, false, out e, out s)) || (Has(rules, PointRules.PartOfDay) && RulePartOfDay(k, out e, out s))
                || (Has(rules, PointRules.Relative) && RuleRelative(k, out e, out s)) || (Has(rules, PointRules.Weekday) && RuleWeekday(k, false, out e, out s))
                || (Has(rules, PointRules.MonthFirst) && RuleMonthFirst(k, false, out e, out s)) || (Has(rules, PointRules.DayFirst) && RuleDayFirst(k, false, out e, out s))
                || (Has(rules, PointRules.Numeric) && RuleNumeric(k, false, out e, out s)))
            && s.Type == DateSpecType.Point && s.Grain == DateGrain.Day && e > k)
        {
            day = s;
            end = e;
            if (IsWord(end, WordClass.PartOfDay))
            {
                day.PartOfDay = _tokens[end].Value;
                end++;
            }

            if (TextIs(k, "tonight"))
            {
                day.PartOfDay = DayPart.Night;
            }

            return true;
        }

        return false;
    }

    /// <summary>Puts a clock time on a day, moving it into the day's stated part ("tonight at 9" is 21:00).</summary>
    private static void AttachClock(ref DateSpec day, ClockTime clock)
    {
        if (DayPart.IsTimex(day.PartOfDay))
        {
            ApplyPart(ref clock, day.PartOfDay);
        }

        day.Clock = clock;
    }

    /// <summary>
    /// A time after a day: "tomorrow at 8:00am", "October 14 8:00:31am", "04/21/2016, 8:00pm", "this morning at 7",
    /// "tonight around 7", "Oct. 23 at seven". Returns the end of the time, or <paramref name="end"/>.
    /// </summary>
    private int AttachFollowingTime(int end, ref DateSpec spec)
    {
        if (spec.Type != DateSpecType.Point || spec.Grain != DateGrain.Day || spec.Clock.IsSet)
        {
            return end;
        }

        var k = IsSymbol(end, ',') ? end + 1 : end;
        var loose = false;
        if (IsKeyword(k, DateKeyword.For))
        {
            // "for 8" is more often a count than a time: only a written time ("for 8:00am") follows a day this way.
            k++;
        }
        else if (IsKeyword(k, DateKeyword.At) || IsKeyword(k, DateKeyword.About) || IsKeyword(k, DateKeyword.By))
        {
            loose = true;
            k++;
        }
        else if (TextIs(k, "t") && IsJoinedToPrevious(k) && IsJoinedToPrevious(k + 1) && IsNumber(k + 1))
        {
            // ISO 8601 "2016-12-16T12:23:59": the T glued between the date and the time.
            k++;
        }
        else if (spec.PartOfDay is >= 1 and <= 4 || TextIs(end - 1, "tonight"))
        {
            // "10, tonight" reads the other way round; "tonight 7" is loose too.
            loose = true;
        }

        if (!ClockAt(k, loose, out var clock, out _, out var clockEnd) || (IsSymbol(end, ',') && !clock.Strong))
        {
            return end;
        }

        if (TextIs(end - 1, "tonight"))
        {
            spec.PartOfDay = 4;
        }

        AttachClock(ref spec, clock);
        if (spec.YearMissing && YearAt(clockEnd, false, false, out var year, out var yearEnd))
        {
            // "Wed Oct 26 15:50:06 2016": the year after the time, as Unix dates write it.
            spec.Year = year;
            spec.YearMissing = false;
            spec.YearStated = true;
            spec.Inferred &= ~DateInferredParts.Year;
            clockEnd = yearEnd;
        }

        return clockEnd;
    }

    /// <summary>
    /// "in the morning", "the afternoon", "in the late evening", "in the early-morning": a part of the day with no day
    /// stated, TIMEX3 <c>TMO</c>, <c>TAF</c>, <c>TEV</c>, <c>TNI</c>; a following weekday or date takes it
    /// ("in the late night on Tuesday").
    /// </summary>
    private bool RulePartOfDayAlone(int i, out int end, out DateSpec spec)
    {
        spec = default;
        end = i;
        if (!IsKeyword(i, DateKeyword.The))
        {
            return false;
        }

        var k = i + 1;
        if ((IsKeyword(k, DateKeyword.Early) || IsKeyword(k, DateKeyword.Late)) && (IsDash(k + 1) || IsWord(k + 1, WordClass.PartOfDay)))
        {
            k = IsDash(k + 1) ? k + 2 : k + 1;
        }

        if (!IsWord(k, WordClass.PartOfDay))
        {
            return false;
        }

        var part = _tokens[k].Value;
        end = k + 1;
        var d = IsKeyword(end, DateKeyword.Of) || IsKeyword(end, DateKeyword.On) || IsSymbol(end, ',') ? end + 1 : end;
        if (TryDayForTime(d, out var dayEnd, out var day) && day.Clock.Precision == 0)
        {
            // "the morning of this Tuesday", "the late night on Tuesday".
            day.PartOfDay = part;
            spec = day;
            end = dayEnd;
            return true;
        }

        spec = DateSpec.TimeOfDay(default, part);
        return true;
    }

    /// <summary>
    /// "now", "right now", "currently", "nowadays", "at the moment", "at present": the present (TIMEX3
    /// <c>PRESENT_REF</c>); "now that" is a conjunction and "from now", "until now" belong to longer expressions.
    /// </summary>
    private bool RulePresent(int i, out int end, out DateSpec spec)
    {
        spec = default;
        end = i;
        if (!_options.IncludeReferences)
        {
            return false;
        }

        var j = TextIs(i, "right") && IsKeyword(i + 1, DateKeyword.Now) ? i + 1 : i;
        if (IsKeyword(j, DateKeyword.Now) && !IsKeyword(j + 1, DateKeyword.That) && !IsKeyword(j - 1, DateKeyword.From) && !IsKeyword(j - 1, DateKeyword.Until))
        {
            end = j + 1;
        }
        else if (IsKeyword(i, DateKeyword.Currently))
        {
            end = i + 1;
        }
        else if (IsKeyword(i, DateKeyword.At) && ((IsKeyword(i + 1, DateKeyword.The) && IsKeyword(i + 2, DateKeyword.Moment)) || (IsWord(i + 1, WordClass.Relative) && TextIs(i + 1, "present") && Boundary(i + 2))))
        {
            end = IsKeyword(i + 1, DateKeyword.The) ? i + 3 : i + 2;
        }
        else
        {
            return false;
        }

        spec = new DateSpec { Type = DateSpecType.Reference, Year = DateSpec.Unknown, Decade = DateSpec.Unknown, Century = DateSpec.Unknown };
        return true;
    }
}
