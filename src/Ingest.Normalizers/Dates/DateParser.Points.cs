namespace Ingest.Normalizers.Dates;

/// <content>Rules for calendar points: days, weeks, months, seasons, quarters, years, decades, centuries.</content>
internal sealed partial class DateParser
{
    private bool TryPoint(int i, bool inRange, out int end, out DateSpec spec)
    {
        end = -1;
        spec = default;
        var rules = PointRulesAt(i);
        if (rules == PointRules.None)
        {
            return false;
        }

        void Consider(bool ok, int e, in DateSpec s, ref int bestEnd, ref DateSpec best)
        {
            if (ok && e > bestEnd)
            {
                bestEnd = e;
                best = s;
            }
        }

        var s = default(DateSpec);
        var e = 0;

        // Sets and holidays first: on a tie "Mondays" is a recurrence, not a Monday.
        Consider(Has(rules, PointRules.Set) && RuleSet(i, out e, out s), e, s, ref end, ref spec);
        Consider(Has(rules, PointRules.Holiday) && RuleHoliday(i, out e, out s), e, s, ref end, ref spec);
        Consider(Has(rules, PointRules.Modifier) && RuleModifier(i, inRange, out e, out s), e, s, ref end, ref spec);
        Consider(Has(rules, PointRules.Reference) && RuleReference(i, inRange, out e, out s), e, s, ref end, ref spec);
        Consider(Has(rules, PointRules.Relative) && RuleRelative(i, out e, out s), e, s, ref end, ref spec);
        Consider(Has(rules, PointRules.MonthFirst) && RuleMonthFirst(i, inRange, out e, out s), e, s, ref end, ref spec);
        Consider(Has(rules, PointRules.DayFirst) && RuleDayFirst(i, inRange, out e, out s), e, s, ref end, ref spec);
        Consider(Has(rules, PointRules.Weekday) && RuleWeekday(i, inRange, out e, out s), e, s, ref end, ref spec);
        Consider(Has(rules, PointRules.Numeric) && RuleNumeric(i, inRange, out e, out s), e, s, ref end, ref spec);
        Consider(Has(rules, PointRules.OrdinalUnit) && RuleOrdinalUnit(i, out e, out s), e, s, ref end, ref spec);
        Consider(Has(rules, PointRules.Season) && RuleSeason(i, inRange, out e, out s), e, s, ref end, ref spec);
        Consider(Has(rules, PointRules.DecadeWords) && RuleDecadeWords(i, out e, out s), e, s, ref end, ref spec);
        Consider(Has(rules, PointRules.Labelled) && RuleLabelled(i, out e, out s), e, s, ref end, ref spec);
        Consider(Has(rules, PointRules.WeekOf) && RuleWeekOf(i, out e, out s), e, s, ref end, ref spec);
        Consider(Has(rules, PointRules.CountedWeekday) && RuleCountedWeekday(i, out e, out s), e, s, ref end, ref spec);
        Consider(Has(rules, PointRules.PartOfDay) && RulePartOfDay(i, out e, out s), e, s, ref end, ref spec);
        Consider(Has(rules, PointRules.Time) && RuleTime(i, out e, out s), e, s, ref end, ref spec);
        Consider(Has(rules, PointRules.PartOfDayAlone) && RulePartOfDayAlone(i, out e, out s), e, s, ref end, ref spec);
        Consider(Has(rules, PointRules.Present) && RulePresent(i, out e, out s), e, s, ref end, ref spec);
        if (end > i && spec.Type == DateSpecType.Point && spec.Grain == DateGrain.Day && (spec.Day > 0 || spec.Weekday > 0 || _ref is null)
            && spec.PartOfDay == 0 && !spec.IsSet && PartOfDaySuffix(end, out var part, out var partEnd))
        {
            spec.PartOfDay = part;
            end = partEnd;
        }

        if (end > i)
        {
            end = AttachFollowingTime(end, ref spec);
            end = ExtendTimeToSet(end, ref spec);
        }

        return end > i;
    }

    /// <summary>"last night", "this morning", "this evening": a part of the reference day or the one before.</summary>
    private bool RulePartOfDay(int i, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        if (!IsWord(i + 1, WordClass.PartOfDay) || !IsWord(i, WordClass.Relative) || _tokens[i].Value > 0)
        {
            return false;
        }

        // "last night" is the night before; "last morning" and "last evening" are not how English says it.
        var part = _tokens[i + 1].Value;
        var back = _tokens[i].Value < 0;
        if (back && part != DayPart.Night)
        {
            return false;
        }

        spec = _ref is { } r ? DateSpec.OnDay(r.AddDays(back ? -1 : 0), Relative, _refSource) : DateSpec.Point(DateGrain.Day);
        spec.PartOfDay = part;
        end = i + 2;
        return true;
    }

    /// <summary>"early 2020", "the end of March", "mid summer", "later this month": the modified expression's value.</summary>
    private bool RuleModifier(int i, bool inRange, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        var j = i;
        if (IsKeyword(j, DateKeyword.Early) || IsKeyword(j, DateKeyword.Late) || IsKeyword(j, DateKeyword.Mid) || IsKeyword(j, DateKeyword.Later) || IsKeyword(j, DateKeyword.Earlier))
        {
            j++;
            if (IsDash(j) && IsJoinedToPrevious(j))
            {
                j++;
            }

            if (IsKeyword(j, DateKeyword.In))
            {
                j++;

                // "earlier in the week", "later in the year": within the unit holding the reference date.
                if (IsKeyword(j, DateKeyword.The) && IsWord(j + 1, WordClass.Unit) && !IsPlural(j + 1) && Boundary(j + 2)
                    && _tokens[j + 1].Value is (int)DateUnit.Week or (int)DateUnit.Month or (int)DateUnit.Year && UnitPoint((DateUnit)_tokens[j + 1].Value, 0, out spec))
                {
                    end = j + 2;
                    return true;
                }
            }
        }
        else if (IsKeyword(SkipThe(j), DateKeyword.Beginning) || IsKeyword(SkipThe(j), DateKeyword.End) || IsKeyword(SkipThe(j), DateKeyword.Start) || IsKeyword(SkipThe(j), DateKeyword.Middle))
        {
            // "at the end of 2022": the span starts at "end", as annotators mark it.
            if (IsKeyword(j, DateKeyword.The))
            {
                return false;
            }

            j++;
            if (!IsKeyword(j, DateKeyword.Of))
            {
                return false;
            }

            j++;

            // "the end of the year", "the start of the month": the unit holding the reference date.
            if (IsKeyword(j, DateKeyword.The) && IsWord(j + 1, WordClass.Unit) && !IsPlural(j + 1) && Boundary(j + 2)
                && _tokens[j + 1].Value is (int)DateUnit.Week or (int)DateUnit.Month or (int)DateUnit.Year && UnitPoint((DateUnit)_tokens[j + 1].Value, 0, out spec))
            {
                end = j + 2;
                return true;
            }
        }
        else
        {
            return false;
        }

        if (j == i || !TryPointNoModifier(j, inRange, true, out end, out spec))
        {
            return false;
        }

        return spec.Grain is not DateGrain.Day;
    }

    private bool TryPointNoModifier(int i, bool inRange, bool modified, out int end, out DateSpec spec)
    {
        end = -1;
        spec = default;
        int e;
        DateSpec s;
        if (RuleRelative(i, out e, out s) && e > end)
        {
            end = e;
            spec = s;
        }

        if (RuleMonthFirst(i, inRange || modified, out e, out s) && e > end)
        {
            end = e;
            spec = s;
        }

        if (RuleNumeric(i, true, out e, out s) && e > end)
        {
            end = e;
            spec = s;
        }

        if (RuleSeason(i, true, out e, out s) && e > end)
        {
            end = e;
            spec = s;
        }

        if (RuleOrdinalUnit(i, out e, out s) && e > end)
        {
            end = e;
            spec = s;
        }

        if (RuleDecadeWords(i, out e, out s) && e > end)
        {
            end = e;
            spec = s;
        }

        return end > i;
    }
}
