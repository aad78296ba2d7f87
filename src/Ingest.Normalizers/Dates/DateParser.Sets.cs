namespace Ingest.Normalizers.Dates;

/// <content>
/// Recurring times (TIMEX3 SET): a quantified unit ("every three weeks" <c>P3W</c>, "each day" <c>P1D</c>), an -ly
/// adjective ("weekly" <c>P1W</c>), a frequency ("once a week"), a quantified or plural weekday ("every Monday",
/// "on Sundays" <c>XXXX-WXX-7</c>), a quantified part of the day ("every morning" <c>TMO</c>), and a time with any of
/// these ("3pm each day" <c>T15</c>, "9am on Sundays" <c>XXXX-WXX-7T09</c>).
/// </content>
internal sealed partial class DateParser
{
    private bool RuleSet(int i, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        // "the financial daily Vedomosti", "the Daily Mail": a periodical named after its frequency is no recurrence.
        if (IsWord(i, WordClass.Periodic) && !NamedPeriodical(i))
        {
            spec = UnitSet((DateUnit)_tokens[i].Value, 1);
            end = i + 1;
            return true;
        }

        if (IsKeyword(i, DateKeyword.Once) || (TextIs(i, "twice") && _tokens[i].Length == 5))
        {
            // "once a week", "twice a month": the frequency's period.
            var a = IsKeyword(i + 1, DateKeyword.A) || IsWord(i + 1, WordClass.Every) ? i + 2 : -1;
            if (a > 0 && IsWord(a, WordClass.Unit) && !IsPlural(a))
            {
                spec = UnitSet((DateUnit)_tokens[a].Value, 1);
                end = a + 1;
                return true;
            }

            return false;
        }

        if (IsWord(i, WordClass.Every))
        {
            return EverySet(i + 1, out end, out spec);
        }

        return PluralWeekdaySet(i, out end, out spec);
    }

    /// <summary>After "every" or "each": a unit with an optional count, a weekday, or a part of the day.</summary>
    private bool EverySet(int j, out int end, out DateSpec spec)
    {
        end = j;
        spec = default;
        var count = 1;
        if (TextIs(j, "other"))
        {
            count = 2;
            j++;
        }
        else if (IsNumber(j) && _tokens[j].Digits <= 3 && !_tokens[j].Has(TokenFlags.Ordinal))
        {
            count = _tokens[j].Value;
            j++;
        }
        else if (IsWord(j, WordClass.Cardinal) && NumberWords(j, out var words, out var wordsEnd, out var ordinal) && !ordinal)
        {
            count = words;
            j = wordsEnd;
        }

        if (IsWord(j, WordClass.Unit) && count > 0)
        {
            spec = UnitSet((DateUnit)_tokens[j].Value, count);
            end = j + 1;
            return true;
        }

        if (IsWord(j, WordClass.Weekday) && count == 1)
        {
            spec = WeekdaySet(_tokens[j].Value);
            end = AttachFollowingTime(j + 1, ref spec);
            return true;
        }

        if (IsWord(j, WordClass.PartOfDay) && count == 1)
        {
            spec = DateSpec.TimeOfDay(default, _tokens[j].Value);
            spec.IsSet = true;
            end = j + 1;
            ClockAfterPart(ref spec, ref end);
            return true;
        }

        return false;
    }

    /// <summary>"Mondays", "on Sundays", "on mornings at 9": a plural weekday or part of the day recurs.</summary>
    private bool PluralWeekdaySet(int i, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        if (IsWord(i, WordClass.Weekday) && Text(i).EndsWith("days", StringComparison.OrdinalIgnoreCase))
        {
            spec = WeekdaySet(_tokens[i].Value);
            end = AttachFollowingTime(i + 1, ref spec);
            return true;
        }

        // "on mornings", "mornings at 9am": a plural part of the day recurs when it is the day's part ("on") or has a time.
        var p = IsKeyword(i, DateKeyword.On) ? i + 1 : i;
        if (IsWord(p, WordClass.PartOfDay) && IsPlural(p))
        {
            spec = DateSpec.TimeOfDay(default, _tokens[p].Value);
            spec.IsSet = true;
            end = p + 1;
            ClockAfterPart(ref spec, ref end);
            return p > i || spec.Clock.IsSet;
        }

        return false;
    }

    /// <summary>"every night at 9": the clock time in the recurring part of the day (21:00).</summary>
    private void ClockAfterPart(ref DateSpec spec, ref int end)
    {
        var k = IsKeyword(end, DateKeyword.At) ? end + 1 : end;
        if (ClockAt(k, k > end, out var clock, out _, out var clockEnd))
        {
            ApplyPart(ref clock, spec.PartOfDay);
            spec.Clock = clock;
            end = clockEnd;
        }
    }

    /// <summary>
    /// A time followed by a recurrence: "3pm each day", "3pm daily", "9am on Sundays", "9am every Monday".
    /// Returns the new end, or <paramref name="end"/> when no recurrence follows.
    /// </summary>
    private int ExtendTimeToSet(int end, ref DateSpec spec)
    {
        if (spec.Type != DateSpecType.Point || spec.Grain != DateGrain.Time || !spec.Clock.IsSet || spec.IsSet)
        {
            return end;
        }

        var k = IsKeyword(end, DateKeyword.On) ? end + 1 : end;
        var daily = (IsWord(k, WordClass.Every) && IsWord(k + 1, WordClass.Unit) && _tokens[k + 1].Value == (int)DateUnit.Day)
            || (IsWord(k, WordClass.Periodic) && _tokens[k].Value == (int)DateUnit.Day);
        if (daily)
        {
            spec.IsSet = true;
            return IsWord(k, WordClass.Every) ? k + 2 : k + 1;
        }

        var weekday = IsWord(k, WordClass.Every) && IsWord(k + 1, WordClass.Weekday) ? k + 1
            : IsWord(k, WordClass.Weekday) && Text(k).EndsWith("days", StringComparison.OrdinalIgnoreCase) ? k : -1;
        if (weekday < 0)
        {
            return end;
        }

        var clock = spec.Clock;
        spec = WeekdaySet(_tokens[weekday].Value);
        spec.Clock = clock;
        return weekday + 1;
    }

    private bool NamedPeriodical(int i)
    {
        var k = IsSymbol(i + 1, '*') || IsSymbol(i + 1, '"') || IsSymbol(i + 1, '“') ? i + 2 : i + 1;
        return IsPlainWord(k) && Upper(k);
    }

    private static DateSpec UnitSet(DateUnit unit, int count)
    {
        var spec = DateSpec.Duration();
        Accumulate(ref spec, unit, count, false, false);
        spec.IsSet = true;
        return spec;
    }

    private static DateSpec WeekdaySet(int weekday)
    {
        var spec = DateSpec.Point(DateGrain.Day);
        spec.Weekday = weekday;
        spec.IsSet = true;
        return spec;
    }
}
