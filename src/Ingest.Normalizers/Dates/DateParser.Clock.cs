namespace Ingest.Normalizers.Dates;

/// <content>
/// Reading a clock time: "7:56pm", "19:00", "7 p.m.", "seven o'clock", "eight forty", "half past eight",
/// "a quarter to 8", "20 min past eight", "noon", "11-ish", then a part of the day that fixes am or pm
/// ("8 in the evening", "five thirty at night").
/// </content>
internal sealed partial class DateParser
{
    /// <summary>
    /// Reads a clock time at <paramref name="i"/> with its meridiem, "o'clock" and part-of-day suffixes. A bare hour
    /// ("7", "seven") is read only when <paramref name="loose"/> (after "at", or facing a stated time in a range).
    /// </summary>
    private bool ClockAt(int i, bool loose, out ClockTime clock, out int part, out int end, bool inRange = false)
    {
        part = 0;
        if (!ClockCore(i, loose, out clock, out end))
        {
            return false;
        }

        end = ClockSuffixes(end, ref clock);
        if (PartOfDayAfter(end, out part, out var partEnd) && ApplyPart(ref clock, part))
        {
            end = partEnd;
        }
        else
        {
            part = 0;
        }

        // A bare number is a time only where a time is expected, and only when nothing (a unit, a noun) follows it.
        if (!clock.Strong && (!loose || !(Boundary(end) || IsSymbol(end, ',') || (inRange && IsDash(end)))))
        {
            return false;
        }

        return clock.Hour is >= 0 and <= 24 && clock.Minute is >= 0 and < 60;
    }

    /// <summary>The hour and minutes: numeric forms, hour words, relational forms ("half past"), named hours.</summary>
    private bool ClockCore(int i, bool loose, out ClockTime clock, out int end)
    {
        return NamedHourAt(i, out clock, out end)
            || RelationalClockAt(i, out clock, out end)
            || NumericClockAt(i, out clock, out end)
            || WordClockAt(i, loose, out clock, out end);
    }

    /// <summary>"noon", "midday", "mid day", "midnight", "mid-night", "midmorning", "mid afternoon".</summary>
    private bool NamedHourAt(int i, out ClockTime clock, out int end)
    {
        clock = default;
        end = i;
        var j = i;
        if (IsKeyword(i, DateKeyword.Mid))
        {
            // "mid day", "mid-night", "mid morning": the written-apart forms of the compounds.
            j = IsDash(i + 1) ? i + 2 : i + 1;
            if (IsWord(j, WordClass.Unit) && _tokens[j].Value == (int)DateUnit.Day)
            {
                clock = ClockTime.At(12);
                end = j + 1;
                return true;
            }

            if (TextIs(j, "night"))
            {
                clock = ClockTime.At(0);
                end = j + 1;
                return true;
            }

            if (IsWord(j, WordClass.PartOfDay) && _tokens[j].Value is 1 or 2)
            {
                clock = ClockTime.At(_tokens[j].Value == 1 ? 10 : 14);
                end = j + 1;
                return true;
            }

            return false;
        }

        if (!IsWord(i, WordClass.Clock))
        {
            return false;
        }

        var hour = (ClockWord)_tokens[i].Value switch
        {
            ClockWord.Noon => 12,
            ClockWord.Midnight => 0,
            ClockWord.MidMorning => 10,
            ClockWord.MidAfternoon => 14,
            _ => -1,
        };
        if (hour < 0)
        {
            return false;
        }

        clock = ClockTime.At(hour);
        clock.Meridiem = true;
        end = i + 1;
        return true;
    }

    /// <summary>
    /// "half past eight", "a quarter to 8", "three quarters past 9pm", "20 min past eight", "10 past 9",
    /// "three minutes to eight": minutes counted from or to an hour.
    /// </summary>
    private bool RelationalClockAt(int i, out ClockTime clock, out int end)
    {
        clock = default;
        end = i;
        var j = IsKeyword(i, DateKeyword.A) ? i + 1 : i;
        int minutes;
        var marked = true;
        if (IsKeyword(j, DateKeyword.Half))
        {
            minutes = 30;
            j++;
        }
        else if (IsWord(j, WordClass.Unit) && _tokens[j].Value == (int)DateUnit.Quarter)
        {
            minutes = 15;
            j++;
        }
        else if (IsWord(j, WordClass.Cardinal) && _tokens[j].Value == 3 && IsWord(j + 1, WordClass.Unit) && _tokens[j + 1].Value == (int)DateUnit.Quarter)
        {
            minutes = 45;
            j += 2;
        }
        else if (MinuteCount(j, out minutes, out var k))
        {
            j = k;

            // "two to four" is a number range; "two minutes to four" and "10 past 9" are times.
            marked = IsWord(j, WordClass.Unit) && _tokens[j].Value == (int)DateUnit.Minute;
            if (marked)
            {
                j++;
            }
        }
        else
        {
            return false;
        }

        var past = IsWord(j, WordClass.Relative) && TextIs(j, "past") || TextIs(j, "after");
        var to = IsKeyword(j, DateKeyword.To) || TextIs(j, "till") || IsKeyword(j, DateKeyword.Before);
        if (!past && !to)
        {
            return false;
        }

        // "five to seven" is a range of hours; minutes before the hour are named ("ten minutes to", "a quarter to").
        if ((to && !marked) || !HourAt(j + 1, out var hour, out end))
        {
            return false;
        }

        clock = ClockTime.At(hour, 0, 2);
        clock.Strong = marked || past;
        clock.Minute = past ? minutes : 60 - minutes;
        if (to)
        {
            clock.Hour = hour == 0 ? 23 : hour - 1;
        }

        return true;
    }

    /// <summary>A count of minutes: 1 to 59 in digits or words.</summary>
    private bool MinuteCount(int j, out int minutes, out int end)
    {
        end = j;
        minutes = 0;
        if (IsNumber(j) && _tokens[j].Digits <= 2 && _tokens[j].Value is >= 1 and < 60 && !_tokens[j].Has(TokenFlags.Ordinal))
        {
            minutes = _tokens[j].Value;
            end = j + 1;
            return true;
        }

        return NumberWords(j, out minutes, out end, out var ordinal) && !ordinal && minutes is >= 1 and < 60;
    }

    /// <summary>An hour from 0 to 24 in digits or 1 to 12 in words, the reference of "past" and "to".</summary>
    private bool HourAt(int j, out int hour, out int end)
    {
        end = j;
        hour = 0;
        if (IsNumber(j) && _tokens[j].Digits <= 2 && _tokens[j].Value <= 24 && !_tokens[j].Has(TokenFlags.Ordinal))
        {
            hour = _tokens[j].Value;
            end = j + 1;
            return true;
        }

        if (IsWord(j, WordClass.Cardinal) && _tokens[j].Value is >= 1 and <= 12)
        {
            hour = _tokens[j].Value;
            end = j + 1;
            return true;
        }

        return false;
    }

    /// <summary>"7:56", "7:56:30", "19:00", "7h01", "8.30pm", "340pm", "1140 a.m.", "7pm", "7 o'clock", and a bare hour.</summary>
    private bool NumericClockAt(int i, out ClockTime clock, out int end)
    {
        clock = default;
        end = i;
        if (!IsNumber(i) || _tokens[i].Has(TokenFlags.Ordinal) || _tokens[i].Digits > 4)
        {
            return false;
        }

        var value = _tokens[i].Value;
        if (_tokens[i].Digits <= 2 && value <= 24 && (IsSymbol(i + 1, ':') || TextIs(i + 1, "h")) && IsJoinedToPrevious(i + 1) && IsNumber(i + 2) && IsJoinedToPrevious(i + 2) && _tokens[i + 2].Digits == 2 && _tokens[i + 2].Value < 60)
        {
            // "7:56", "19:00", French-style "7h01".
            clock = ClockTime.At(value, _tokens[i + 2].Value, 2);
            end = i + 3;
            if (IsSymbol(end, ':') && IsJoinedToPrevious(end) && IsNumber(end + 1) && IsJoinedToPrevious(end + 1) && _tokens[end + 1].Digits == 2 && _tokens[end + 1].Value < 60)
            {
                clock.Second = _tokens[end + 1].Value;
                clock.Precision = 3;
                end += 2;
            }

            return true;
        }

        if (_tokens[i].Digits <= 2 && value is >= 1 and <= 12 && IsSymbol(i + 1, '.') && IsJoinedToPrevious(i + 1) && IsNumber(i + 2) && IsJoinedToPrevious(i + 2) && _tokens[i + 2].Digits == 2 && _tokens[i + 2].Value < 60
            && MeridiemAt(i + 3, out _, out _))
        {
            // "8.30pm": the dot separates minutes only when a meridiem follows (otherwise it is a decimal).
            clock = ClockTime.At(value, _tokens[i + 2].Value, 2);
            end = i + 3;
            return true;
        }

        if (_tokens[i].Digits is 3 or 4 && value % 100 < 60 && value / 100 is >= 1 and <= 12 && MeridiemAt(i + 1, out _, out _))
        {
            // "340pm", "1140 a.m.": hours and minutes written without a separator.
            clock = ClockTime.At(value / 100, value % 100, 2);
            end = i + 1;
            return true;
        }

        if (_tokens[i].Digits <= 2 && value <= 24 && !IsSymbol(i + 1, '%'))
        {
            clock = new ClockTime { Hour = value, Precision = 1 };
            end = i + 1;
            return true;
        }

        return false;
    }

    /// <summary>"seven", "eight forty", "seven thirty five", "eleven five", "fifteen fifteen": an hour word and minute words.</summary>
    private bool WordClockAt(int i, bool loose, out ClockTime clock, out int end)
    {
        clock = default;
        end = i;
        if (!IsWord(i, WordClass.Cardinal) || _tokens[i].Value is < 1 or > 23 || IsDash(i + 1))
        {
            return false;
        }

        clock = new ClockTime { Hour = _tokens[i].Value, Precision = 1 };
        end = i + 1;

        // The minutes: a tens word with an optional unit ("forty", "thirty five"), a teen ("fifteen"), or
        // "oh five"; a lone unit after an hour ("eleven five") is the minutes too.
        if (IsWord(end, WordClass.Cardinal) && _tokens[end].Value is >= 1 and < 60 && NumberWords(end, out var minutes, out var minutesEnd, out var ordinal) && !ordinal
            && minutes is >= 1 and < 60 && !(IsWord(minutesEnd, WordClass.Unit) || IsKeyword(minutesEnd, DateKeyword.To)))
        {
            clock.Minute = minutes;
            clock.Precision = 2;
            end = minutesEnd;
            clock.Strong = loose || Boundary(end) || MeridiemAt(end, out _, out _);
        }

        return true;
    }

    /// <summary>am or pm after a time, glued or spaced, dotted or not: "7pm", "7 p.m.", "7 p. m", "7 p m", "9a".</summary>
    private bool MeridiemAt(int j, out bool pm, out int end)
    {
        pm = false;
        end = j;
        if (IsWord(j, WordClass.Clock) && _tokens[j].Value is (int)ClockWord.Am or (int)ClockWord.Pm)
        {
            pm = _tokens[j].Value == (int)ClockWord.Pm;
            end = j + 1;
            return true;
        }

        // "a.m.", "p. m", "p m", and a glued "9a"; a dot may precede a glued meridiem ("9.am").
        var k = IsSymbol(j, '.') && IsJoinedToPrevious(j) ? j + 1 : j;
        if (k > j && IsWord(k, WordClass.Clock) && _tokens[k].Value is (int)ClockWord.Am or (int)ClockWord.Pm)
        {
            pm = _tokens[k].Value == (int)ClockWord.Pm;
            end = k + 1;
            return true;
        }

        if (!(TextIs(k, "a") || TextIs(k, "p")))
        {
            return false;
        }

        pm = TextIs(k, "p");
        var m = IsSymbol(k + 1, '.') && IsJoinedToPrevious(k + 1) ? k + 2 : k + 1;
        if (TextIs(m, "m"))
        {
            end = IsSymbol(m + 1, '.') && IsJoinedToPrevious(m + 1) ? m + 2 : m + 1;
            return true;
        }

        // A lone glued "a" or "p" ("9a", "9p") is the meridiem only when glued to the number and ending the phrase.
        if (k == j && IsJoinedToPrevious(k) && (Boundary(k + 1) || IsSymbol(k + 1, '.')))
        {
            end = k + 1;
            return true;
        }

        return false;
    }

    /// <summary>Meridiem, "o'clock" and "-ish" after the hour and minutes.</summary>
    private int ClockSuffixes(int end, ref ClockTime clock)
    {
        if (IsWord(end, WordClass.Clock) && _tokens[end].Value == (int)ClockWord.OClock)
        {
            clock.Strong = true;
            end++;
        }
        else if (TextIs(end, "o") && IsSymbol(end + 1, '\'') && IsWord(end + 2, WordClass.Clock) && _tokens[end + 2].Value == (int)ClockWord.OClock)
        {
            clock.Strong = true;
            end += 3;
        }

        if (clock.Hour == 12 && clock.Precision == 1 && IsWord(end, WordClass.Clock) && _tokens[end].Value is (int)ClockWord.Noon or (int)ClockWord.Midnight)
        {
            // "12 noon", "12 midnight": the named hour repeats the number.
            clock.Hour = _tokens[end].Value == (int)ClockWord.Noon ? 12 : 0;
            clock.Strong = true;
            clock.Meridiem = true;
            end++;
        }

        if (MeridiemAt(end, out var pm, out var meridiemEnd) && (clock.Hour <= 12 || pm))
        {
            // "fifteen fifteen p m": a 24-hour reading with a redundant pm stays as it is.
            clock.Hour = clock.Hour > 12 ? clock.Hour : pm ? (clock.Hour % 12) + 12 : clock.Hour % 12;
            clock.Meridiem = true;
            clock.Strong = true;
            end = meridiemEnd;
        }

        if ((IsDash(end) && IsJoinedToPrevious(end) && IsWord(end + 1, WordClass.Clock) && _tokens[end + 1].Value == (int)ClockWord.Ish) || (IsWord(end, WordClass.Clock) && _tokens[end].Value == (int)ClockWord.Ish && IsJoinedToPrevious(end)))
        {
            // "11-ish", "11ish": an approximate hour.
            clock.Strong = true;
            end += IsDash(end) ? 2 : 1;
        }

        return end;
    }

    /// <summary>"in the morning", "in the evening", "at night", "in the night", a bare "afternoon" or "lunchtime" after a time.</summary>
    private bool PartOfDayAfter(int j, out int part, out int end)
    {
        part = 0;
        end = j;
        var k = j;
        if ((IsKeyword(k, DateKeyword.In) && IsKeyword(k + 1, DateKeyword.The)) || (IsKeyword(k, DateKeyword.At) && TextIs(k + 1, "night")))
        {
            k += IsKeyword(k, DateKeyword.In) ? 2 : 1;
        }

        if (IsWord(k, WordClass.PartOfDay))
        {
            part = _tokens[k].Value;
            end = k + 1;
            return true;
        }

        if (IsWord(k, WordClass.Clock) && _tokens[k].Value == (int)ClockWord.Lunchtime)
        {
            part = DayPart.Lunch;
            end = k + 1;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Moves a 12-hour reading into the part of the day: the afternoon and evening are pm, "12 at night" is
    /// midnight, "5 in the night" the evening, "1 at lunchtime" 13:00. Refuses a time that contradicts the part.
    /// </summary>
    private static bool ApplyPart(ref ClockTime clock, int part)
    {
        clock.Strong = true;
        if (clock.Meridiem)
        {
            return true;
        }

        clock.Meridiem = true;
        switch (part)
        {
            case DayPart.Afternoon or DayPart.Evening when clock.Hour < 12:
                clock.Hour += 12;
                break;
            case DayPart.Night when clock.Hour == 12:
                clock.Hour = 0;
                break;
            case DayPart.Night when clock.Hour is >= 5 and < 12:
                clock.Hour += 12;
                break;
            case DayPart.Lunch when clock.Hour < 6:
                clock.Hour += 12;
                break;
        }

        return true;
    }
}
