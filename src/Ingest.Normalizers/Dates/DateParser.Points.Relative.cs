using System.Globalization;

namespace Ingest.Normalizers.Dates;

/// <content>Calendar points counted from the reference: this/next/last unit, weekday in a week, this weekend.</content>
internal sealed partial class DateParser
{
    /// <summary>this/next/last week, month, year, weekend, decade, century; this September; next spring; last Sunday.</summary>
    private bool RuleRelative(int i, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        var j = SkipThe(i);
        var hasThe = j > i;
        int rel;
        if (IsWord(j, WordClass.Unit) && !IsPlural(j))
        {
            var bare = (DateUnit)_tokens[j].Value;
            var a = j + 1;
            if (IsKeyword(a, DateKeyword.After) && IsKeyword(a + 1, DateKeyword.The))
            {
                a++;
            }

            if (hasThe && IsKeyword(j + 1, DateKeyword.After) && IsWord(a + 1, WordClass.Relative) && _tokens[a + 1].Value == 1
                && bare is DateUnit.Week or DateUnit.Weekend or DateUnit.Month or DateUnit.Year)
            {
                end = a + 2;
                return UnitPoint(bare, 2, out spec);
            }

            var cue = IsKeyword(i - 1, DateKeyword.Over) || IsKeyword(i - 1, DateKeyword.On) || IsKeyword(i - 1, DateKeyword.During) || IsKeyword(i - 1, DateKeyword.At)
                || IsKeyword(i - 1, DateKeyword.For) || IsKeyword(i - 1, DateKeyword.By) || IsKeyword(i - 1, DateKeyword.Until) || IsKeyword(i - 1, DateKeyword.Since);
            if (bare == DateUnit.Weekend && (cue || (hasThe && i == 0)))
            {
                spec = ThisWeekend(i);
                end = j + 1;
                return true;
            }

            return false;
        }

        if (IsWord(j, WordClass.Relative))
        {
            rel = _tokens[j].Value;
        }
        else if (TextIs(j, "last"))
        {
            rel = -1;
        }
        else if (IsKeyword(j, DateKeyword.That) || IsKeyword(j, DateKeyword.Same))
        {
            rel = int.MinValue;
        }
        else
        {
            return false;
        }

        // "the past year" measures a stretch of time; the duration rule reads it.
        if (hasThe && rel == -1 && (TextIs(j, "past") || TextIs(j, "recent") || TextIs(j, "last")) && IsWord(j + 1, WordClass.Unit)
            && _tokens[j + 1].Value is (int)DateUnit.Decade or (int)DateUnit.Century or (int)DateUnit.Year && !TextIs(j, "last"))
        {
            return false;
        }

        var k = j + 1;
        if (IsWord(k, WordClass.Unit))
        {
            var unit = (DateUnit)_tokens[k].Value;
            if (IsPlural(k))
            {
                // "the past weeks", "recent years": a vague stretch of time, read as a duration.
                return false;
            }

            end = k + 1;
            if (rel == int.MinValue)
            {
                // "that year", "the same week": anaphoric, not resolvable from the text alone.
                if (unit is not (DateUnit.Week or DateUnit.Weekend or DateUnit.Month or DateUnit.Year))
                {
                    return false;
                }

                spec = UnresolvedUnit(unit);
                return true;
            }

            if (IsKeyword(end, DateKeyword.After) && IsWord(end + 1, WordClass.Relative) && _tokens[end + 1].Value == 1)
            {
                rel = 2;
                end += 2;
            }
            else if (IsKeyword(end, DateKeyword.After) && IsKeyword(end + 1, DateKeyword.The) && IsWord(end + 2, WordClass.Relative) && _tokens[end + 2].Value == 1)
            {
                rel = 2;
                end += 3;
            }

            if (unit == DateUnit.Week)
            {
                // "next week on Friday", "this week Friday".
                var w = end;
                if (IsKeyword(w, DateKeyword.On))
                {
                    w++;
                }

                if (IsWord(w, WordClass.Weekday))
                {
                    spec = WeekdayInWeek(rel, _tokens[w].Value);
                    end = w + 1;
                    return true;
                }
            }

            if (unit is DateUnit.Weekend && rel == 0 && !hasThe)
            {
                spec = ThisWeekend(i);
                return true;
            }

            if (!UnitPoint(unit, rel, out spec))
            {
                return false;
            }

            if (unit == DateUnit.Week && hasThe && rel == 0 && !TextIs(j, "this"))
            {
                return false;
            }

            return true;
        }

        if (rel == int.MinValue)
        {
            return false;
        }

        if (IsWord(k, WordClass.Month))
        {
            if (TextIs(k, "may") && !Upper(k))
            {
                return false;
            }

            spec = DateSpec.Point(DateGrain.Month);
            spec.Month = _tokens[k].Value;
            end = k + 1;
            if (IsSymbol(end, '.') && IsJoinedToPrevious(end) && _tokens[k].Length <= 4)
            {
                end++;
            }

            if (_ref is { } r)
            {
                spec.Year = r.Year + rel;
                spec.Inferred = DateInferredParts.Year;
                spec.InferredFrom = _refSource;
            }

            return true;
        }

        if (IsWord(k, WordClass.Season) && !hasThe)
        {
            spec = DateSpec.Point(DateGrain.Season);
            spec.Season = _tokens[k].Value;
            end = k + 1;
            if (_ref is { } r)
            {
                spec.Year = r.Year + rel;
                spec.Inferred = DateInferredParts.Year;
                spec.InferredFrom = _refSource;
            }

            return true;
        }

        if (IsWord(k, WordClass.Weekday) && !hasThe)
        {
            spec = WeekdayInWeek(rel, _tokens[k].Value);
            end = k + 1;
            return true;
        }

        return false;
    }

    private static DateSpec UnresolvedUnit(DateUnit unit)
    {
        var spec = unit switch
        {
            DateUnit.Week => DateSpec.Point(DateGrain.Week),
            DateUnit.Weekend => DateSpec.Point(DateGrain.Week),
            DateUnit.Month => DateSpec.Point(DateGrain.Month),
            DateUnit.Day => DateSpec.Point(DateGrain.Day),
            DateUnit.Decade => DateSpec.Point(DateGrain.Decade),
            DateUnit.Century => DateSpec.Point(DateGrain.Century),
            DateUnit.Quarter => DateSpec.Point(DateGrain.Quarter),
            _ => DateSpec.Point(DateGrain.Year),
        };
        spec.Weekend = unit == DateUnit.Weekend;
        return spec;
    }

    /// <summary>The unit containing the reference date, shifted by <paramref name="rel"/> units.</summary>
    private bool UnitPoint(DateUnit unit, int rel, out DateSpec spec)
    {
        if (_ref is not { } r)
        {
            spec = UnresolvedUnit(unit);
            return unit is DateUnit.Day or DateUnit.Week or DateUnit.Weekend or DateUnit.Month or DateUnit.Year or DateUnit.Decade or DateUnit.Century or DateUnit.Quarter;
        }

        switch (unit)
        {
            case DateUnit.Day:
                spec = DateSpec.OnDay(r.AddDays(rel), Relative, _refSource);
                return true;
            case DateUnit.Week or DateUnit.Weekend:
                var d = r.AddDays(7 * rel).ToDateTime(TimeOnly.MinValue);
                spec = DateSpec.Point(DateGrain.Week);
                spec.Year = ISOWeek.GetYear(d);
                spec.Week = ISOWeek.GetWeekOfYear(d);
                spec.Weekend = unit == DateUnit.Weekend;
                break;
            case DateUnit.Month:
                var m = r.AddMonths(rel);
                spec = DateSpec.Point(DateGrain.Month);
                spec.Year = m.Year;
                spec.Month = m.Month;
                break;
            case DateUnit.Quarter:
                var q = (r.Year * 4) + ((r.Month - 1) / 3) + rel;
                spec = DateSpec.Point(DateGrain.Quarter);
                spec.Year = q / 4;
                spec.Quarter = (q % 4) + 1;
                break;
            case DateUnit.Year:
                spec = DateSpec.Point(DateGrain.Year);
                spec.Year = r.Year + rel;
                break;
            case DateUnit.Decade:
                spec = DateSpec.Point(DateGrain.Decade);
                spec.Decade = (r.Year / 10) + rel;
                break;
            case DateUnit.Century:
                spec = DateSpec.Point(DateGrain.Century);
                spec.Century = (r.Year / 100) + rel;
                break;
            default:
                spec = default;
                return false;
        }

        spec.Inferred = DateInferredParts.Year;
        spec.InferredFrom = _refSource;
        return true;
    }

    private DateSpec WeekdayInWeek(int rel, int weekday)
    {
        if (_ref is not { } r)
        {
            var unresolved = DateSpec.Point(DateGrain.Day);
            unresolved.Weekday = weekday;
            return unresolved;
        }

        var monday = r.AddDays(-(((int)r.DayOfWeek + 6) % 7));
        return DateSpec.OnDay(monday.AddDays((7 * rel) + weekday - 1), Relative, _refSource);
    }

    /// <summary>"this weekend": the coming one, or in a past-tense report on a weekday, the one just gone.</summary>
    private DateSpec ThisWeekend(int i)
    {
        if (_ref is not { } r)
        {
            var unresolved = DateSpec.Point(DateGrain.Week);
            unresolved.Weekend = true;
            return unresolved;
        }

        var weekday = ((int)r.DayOfWeek + 6) % 7;
        var rel = weekday < 5 && TenseAt(i) < 0 ? -1 : 0;
        UnitPoint(DateUnit.Weekend, rel, out var spec);
        return spec;
    }
}
