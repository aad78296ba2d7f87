namespace Ingest.Normalizers.Dates;

/// <content>Durations ("six-week", "30 years", "a quarter century") and offsets ("two days ago", "three weeks from tomorrow").</content>
internal sealed partial class DateParser
{
    private bool TryDuration(int i, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        var j = i;
        if ((IsKeyword(j, DateKeyword.More) || IsKeyword(j, DateKeyword.Less)) && IsKeyword(j + 1, DateKeyword.Than))
        {
            j += 2;
        }

        var within = IsKeyword(j, DateKeyword.Within);
        if (within)
        {
            j++;
        }

        var rel = 0;
        var hasRel = false;
        var p = SkipThe(j);
        var hasThe = p > j;
        if ((IsWord(p, WordClass.Relative) && _tokens[p].Value != 0) || TextIs(p, "last"))
        {
            rel = IsWord(p, WordClass.Relative) ? _tokens[p].Value : -1;
            hasRel = true;
            j = p + 1;
        }
        else if (hasThe)
        {
            return false;
        }

        var k = j;
        double amount;
        bool vague;
        bool strong;
        if (!Amount(j, out amount, out vague, out k, out strong))
        {
            if (hasRel && IsWord(j, WordClass.Unit) && IsPlural(j) && (rel < 0 || (hasThe && _tokens[j].Value is (int)DateUnit.Week or (int)DateUnit.Month or (int)DateUnit.Year)))
            {
                // "the past weeks", "recent years", "the coming months": an unstated amount.
                amount = 0;
                vague = true;
                strong = true;
                k = j;
            }
            else if (hasRel && hasThe && IsWord(j, WordClass.Unit) && _tokens[j].Value is (int)DateUnit.Decade or (int)DateUnit.Century or (int)DateUnit.Year && !TextIs(p, "next"))
            {
                // "the past decade", "over the past year": a stretch of time ending now.
                amount = 1;
                vague = false;
                strong = true;
                k = j;
            }
            else if (IsWord(j, WordClass.Unit) && IsDash(j + 1) && IsJoinedToPrevious(j + 1) && TextIs(j + 2, "long"))
            {
                amount = 1;
                vague = false;
                strong = true;
                k = j;
            }
            else if (IsWord(j, WordClass.Unit) && IsPlural(j) && IsKeyword(j - 1, DateKeyword.For))
            {
                amount = 0;
                vague = true;
                strong = true;
                k = j;
            }
            else
            {
                return false;
            }
        }
        else if (hasRel && !strong && !vague && amount == 1)
        {
            // "last a day" is not English; "the next day" is a point read elsewhere.
            return false;
        }

        spec = DateSpec.Duration();
        if (!UnitAt(k, out var unit, out var u, out var business))
        {
            return false;
        }

        if (unit is DateUnit.Weekend || (!_options.IncludeTimeDurations && unit is DateUnit.Hour or DateUnit.Minute or DateUnit.Second))
        {
            return false;
        }

        if (unit == DateUnit.Hour && TextIs(u - 1, "h") && !IsNumber(k - 1))
        {
            return false;
        }

        Accumulate(ref spec, unit, amount, vague, business);
        var largest = unit;

        // "and a half", "1 year 1 month 21 days", "1 month and 21 days"
        while (true)
        {
            if (IsKeyword(u, DateKeyword.And) && IsKeyword(u + 1, DateKeyword.A) && IsKeyword(u + 2, DateKeyword.Half) && !vague)
            {
                Accumulate(ref spec, unit, 0.5, false, business);
                u += 3;
                continue;
            }

            if (IsKeyword(u, DateKeyword.And) && IsKeyword(u + 1, DateKeyword.Half) && !vague)
            {
                Accumulate(ref spec, unit, 0.5, false, business);
                u += 2;
                continue;
            }

            var n = u;
            if (IsSymbol(n, ',') || IsKeyword(n, DateKeyword.And))
            {
                n++;
            }

            if ((IsNumber(n) || IsWord(n, WordClass.Cardinal)) && !vague && Amount(n, out var more, out var moreVague, out var mk, out _) && !moreVague && UnitAt(mk, out var unit2, out var u2, out var business2)
                && unit2 != unit && unit2 is not DateUnit.Weekend)
            {
                Accumulate(ref spec, unit2, more, false, business2);
                if (unit2 > largest)
                {
                    largest = unit2;
                }

                unit = unit2;
                u = u2;
                continue;
            }

            break;
        }

        var longForm = false;
        if ((IsDash(u) && IsJoinedToPrevious(u) && TextIs(u + 1, "long")) || (TextIs(u, "long") && !Boundary(u + 1) && false))
        {
            u += 2;
            longForm = true;
        }

        spec.Grain = GrainOf(largest);
        end = u;

        // Offsets from the reference date make a point.
        var direction = 0;
        var baseOffset = 0;
        var d = u;
        var anaphoric = false;
        DateOnly? anchor = null;
        if (IsKeyword(d, DateKeyword.Ago) && !hasRel)
        {
            direction = -1;
            d++;
        }
        else if (IsKeyword(d, DateKeyword.Hence) && !hasRel)
        {
            direction = 1;
            d++;
        }
        else if ((IsKeyword(d, DateKeyword.Later) || IsKeyword(d, DateKeyword.Earlier)) && !hasRel)
        {
            // "a day later" counts from the date the story last mentioned, else from the reference date.
            direction = IsKeyword(d, DateKeyword.Later) ? 1 : -1;
            anaphoric = _lastDay is not null;
            d++;
        }
        else if (IsKeyword(d, DateKeyword.In) && IsKeyword(d + 1, DateKeyword.The) && IsKeyword(d + 2, DateKeyword.Future) && !hasRel && !within)
        {
            // "4 weeks in the future": an offset forward from the reference date, like "4 weeks from now".
            direction = 1;
            d += 3;
        }
        else if ((IsKeyword(d, DateKeyword.From) || IsKeyword(d, DateKeyword.After) || IsKeyword(d, DateKeyword.Before)) && (IsKeyword(d + 1, DateKeyword.Now) || IsWord(d + 1, WordClass.Reference)) && !hasRel)
        {
            direction = IsKeyword(d, DateKeyword.Before) ? -1 : 1;
            baseOffset = IsWord(d + 1, WordClass.Reference) ? _tokens[d + 1].Value : 0;
            d += 2;
        }
        else if ((IsKeyword(d, DateKeyword.After) || IsKeyword(d, DateKeyword.Before)) && !hasRel && !within && AnchorDayAt(d + 1, out var anchorDay, out var anchorEnd))
        {
            // "3 days after January 12th", "a week before Christmas": an offset from the stated day.
            direction = IsKeyword(d, DateKeyword.Before) ? -1 : 1;
            anchor = anchorDay;
            d = anchorEnd;
        }

        if (direction != 0 && !longForm)
        {
            end = d;
            var offsetSpec = spec;
            if (vague)
            {
                Accumulate(ref offsetSpec, offsetSpec.VagueUnit, 3, false, false);
            }

            if (anaphoric && TryShift(_lastDay!.Value, offsetSpec, direction, out var fromStory))
            {
                spec = DateSpec.OnDay(fromStory, Relative, DateInferenceSource.EarlierDate);
            }
            else if (anchor is { } from && TryShift(from, offsetSpec, direction, out var fromAnchor))
            {
                spec = DateSpec.OnDay(fromAnchor, DateInferredParts.None, DateInferenceSource.None);
            }
            else if (_ref is { } r && TryShift(r.AddDays(baseOffset), offsetSpec, direction, out var shifted))
            {
                spec = DateSpec.OnDay(shifted, Relative, _refSource);
            }
            else
            {
                spec = DateSpec.Point(largest is DateUnit.Year or DateUnit.Decade or DateUnit.Century ? DateGrain.Year : DateGrain.Day);
            }

            return true;
        }

        if (InAmountIsAPoint(i, longForm || hasRel || within || vague, largest, ref spec))
        {
            return true;
        }

        if (!strong && !longForm && !hasRel && !within)
        {
            var prev = i - 1;
            var cue = IsKeyword(prev, DateKeyword.For) || IsKeyword(prev, DateKeyword.In) || IsKeyword(prev, DateKeyword.Over) || IsKeyword(prev, DateKeyword.About)
                || IsKeyword(prev, DateKeyword.After) || IsKeyword(prev, DateKeyword.During) || IsKeyword(prev, DateKeyword.Than) || IsKeyword(prev, DateKeyword.Within)
                || IsKeyword(i, DateKeyword.More) || IsKeyword(i, DateKeyword.Less) || IsKeyword(prev, DateKeyword.Until) || IsKeyword(prev, DateKeyword.Another);
            if (!cue)
            {
                return false;
            }
        }

        if (_ref is { } reference && (hasRel || within) && !spec.Vague && TryShift(reference, spec, rel < 0 ? -1 : 1, out var other))
        {
            if (rel < 0)
            {
                spec.AnchorStart = other;
                spec.AnchorEnd = reference;
            }
            else
            {
                spec.AnchorStart = within ? reference : reference.AddDays(1);
                spec.AnchorEnd = other;
            }
        }

        return true;
    }

    private bool UnitAt(int k, out DateUnit unit, out int end, out bool business)
    {
        business = false;
        unit = DateUnit.None;
        end = k;
        if (TextIs(k, "business") || TextIs(k, "working"))
        {
            business = true;
            k++;
        }

        if (IsWord(k, WordClass.Unit))
        {
            unit = (DateUnit)_tokens[k].Value;
            end = k + 1;
            if (business && unit != DateUnit.Day)
            {
                return false;
            }

            return true;
        }

        if (IsWord(k, WordClass.Ordinal) && _tokens[k].Value == 2 && TextIs(k, "second") && !business)
        {
            unit = DateUnit.Second;
            end = k + 1;
            return true;
        }

        return false;
    }

    private static void Accumulate(ref DateSpec spec, DateUnit unit, double amount, bool vague, bool business)
    {
        if (vague)
        {
            spec.Vague = true;
            spec.VagueUnit = unit;
            return;
        }

        switch (unit)
        {
            case DateUnit.Second:
                spec.Seconds += amount;
                break;
            case DateUnit.Minute:
                spec.Minutes += amount;
                break;
            case DateUnit.Hour:
                spec.Hours += amount;
                break;
            case DateUnit.Day or DateUnit.BusinessDay:
                spec.Days += amount;
                spec.BusinessDays |= business;
                break;
            case DateUnit.Week:
                spec.Weeks += amount;
                break;
            case DateUnit.Fortnight:
                spec.Weeks += 2 * amount;
                break;
            case DateUnit.Month:
                spec.Months += amount;
                break;
            case DateUnit.Quarter:
                spec.Months += 3 * amount;
                break;
            case DateUnit.Year:
                spec.Years += amount;
                break;
            case DateUnit.Decade:
                spec.Years += 10 * amount;
                break;
            case DateUnit.Century:
                spec.Years += 100 * amount;
                break;
        }
    }

    private static DateGrain GrainOf(DateUnit unit) => unit switch
    {
        DateUnit.Second or DateUnit.Minute or DateUnit.Hour => DateGrain.Time,
        DateUnit.Day or DateUnit.BusinessDay => DateGrain.Day,
        DateUnit.Week or DateUnit.Fortnight or DateUnit.Weekend => DateGrain.Week,
        DateUnit.Month => DateGrain.Month,
        DateUnit.Quarter => DateGrain.Quarter,
        DateUnit.Decade => DateGrain.Decade,
        DateUnit.Century => DateGrain.Century,
        _ => DateGrain.Year,
    };

    /// <summary>
    /// "will leave in 3 weeks": an amount after "in" points forward from the reference date (a DATE), with the
    /// duration kept as the other reading. Only a future cue ("will", "'ll", "going to") makes it a point: elsewhere
    /// "in 3 years" is as often the time something took ("built it in 3 years"), a duration.
    /// </summary>
    private bool InAmountIsAPoint(int i, bool qualified, DateUnit largest, ref DateSpec spec)
    {
        if (qualified || !IsKeyword(i - 1, DateKeyword.In) || largest < DateUnit.Day || _ref is not { } r || TenseAt(i) <= 0 || !TryShift(r, spec, 1, out var day))
        {
            return false;
        }

        var duration = TimexFormatter.Format(_timex, spec);
        spec = DateSpec.OnDay(day, Relative, _refSource);
        spec.Alternative = KeepAlternative(duration);
        return true;
    }

    /// <summary>A stated calendar day an offset counts from ("January 12th", "Christmas"); a missing year is the reference year.</summary>
    private bool AnchorDayAt(int k, out DateOnly day, out int end)
    {
        day = default;
        end = k;
        DateSpec s;
        if (!(RuleMonthFirst(k, false, out end, out s) || RuleDayFirst(k, false, out end, out s) || RuleHoliday(k, out end, out s))
            || s.Type != DateSpecType.Point || s.Grain != DateGrain.Day || s.Month == 0 || s.Day == 0)
        {
            return false;
        }

        var year = s.Year != DateSpec.Unknown ? s.Year : _ref?.Year ?? DateSpec.Unknown;
        if (year == DateSpec.Unknown || !ValidDay(year, s.Month, s.Day))
        {
            return false;
        }

        day = new DateOnly(year, s.Month, s.Day);
        return true;
    }

    private static bool TryShift(DateOnly from, in DateSpec amount, int direction, out DateOnly result)
    {
        result = from;
        try
        {
            var years = (int)amount.Years;
            var months = (int)amount.Months;
            var days = (int)((amount.Weeks * 7) + amount.Days);
            if (amount.Hours >= 24)
            {
                days += (int)(amount.Hours / 24);
            }

            result = from.AddYears(direction * years).AddMonths(direction * months).AddDays(direction * days);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
