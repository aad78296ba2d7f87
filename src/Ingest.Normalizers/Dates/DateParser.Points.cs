using System.Globalization;

namespace Ingest.Normalizers.Dates;

/// <content>Rules for calendar points: days, weeks, months, seasons, quarters, years, decades, centuries.</content>
internal sealed partial class DateParser
{
    private bool TryPoint(int i, bool inRange, out int end, out DateSpec spec)
    {
        end = -1;
        spec = default;

        void Consider(bool ok, int e, in DateSpec s, ref int bestEnd, ref DateSpec best)
        {
            if (ok && e > bestEnd)
            {
                bestEnd = e;
                best = s;
            }
        }

        DateSpec s;
        int e;

        // Sets and holidays first: on a tie "Mondays" is a recurrence, not a Monday.
        Consider(RuleSet(i, out e, out s), e, s, ref end, ref spec);
        Consider(RuleHoliday(i, out e, out s), e, s, ref end, ref spec);
        Consider(RuleModifier(i, inRange, out e, out s), e, s, ref end, ref spec);
        Consider(RuleReference(i, inRange, out e, out s), e, s, ref end, ref spec);
        Consider(RuleRelative(i, out e, out s), e, s, ref end, ref spec);
        Consider(RuleMonthFirst(i, inRange, out e, out s), e, s, ref end, ref spec);
        Consider(RuleDayFirst(i, inRange, out e, out s), e, s, ref end, ref spec);
        Consider(RuleWeekday(i, inRange, out e, out s), e, s, ref end, ref spec);
        Consider(RuleNumeric(i, inRange, out e, out s), e, s, ref end, ref spec);
        Consider(RuleOrdinalUnit(i, out e, out s), e, s, ref end, ref spec);
        Consider(RuleSeason(i, inRange, out e, out s), e, s, ref end, ref spec);
        Consider(RuleDecadeWords(i, out e, out s), e, s, ref end, ref spec);
        Consider(RuleLabelled(i, out e, out s), e, s, ref end, ref spec);
        Consider(RuleWeekOf(i, out e, out s), e, s, ref end, ref spec);
        Consider(RuleCountedWeekday(i, out e, out s), e, s, ref end, ref spec);
        Consider(RulePartOfDay(i, out e, out s), e, s, ref end, ref spec);
        Consider(RuleTime(i, out e, out s), e, s, ref end, ref spec);
        Consider(RulePartOfDayAlone(i, out e, out s), e, s, ref end, ref spec);
        Consider(RulePresent(i, out e, out s), e, s, ref end, ref spec);
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
        if (!IsWord(i + 1, WordClass.PartOfDay) || !IsWord(i, WordClass.Relative) || _t[i].Value > 0)
        {
            return false;
        }

        // "last night" is the night before; "last morning" and "last evening" are not how English says it.
        var part = _t[i + 1].Value;
        var back = _t[i].Value < 0;
        if (back && part != 4)
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
        if (Kw(j, DateKeyword.Early) || Kw(j, DateKeyword.Late) || Kw(j, DateKeyword.Mid) || Kw(j, DateKeyword.Later) || Kw(j, DateKeyword.Earlier))
        {
            j++;
            if (Dash(j) && Adj(j))
            {
                j++;
            }

            if (Kw(j, DateKeyword.In))
            {
                j++;

                // "earlier in the week", "later in the year": within the unit holding the reference date.
                if (Kw(j, DateKeyword.The) && IsWord(j + 1, WordClass.Unit) && !IsPlural(j + 1) && Boundary(j + 2)
                    && _t[j + 1].Value is (int)DateUnit.Week or (int)DateUnit.Month or (int)DateUnit.Year && UnitPoint((DateUnit)_t[j + 1].Value, 0, out spec))
                {
                    end = j + 2;
                    return true;
                }
            }
        }
        else if (Kw(SkipThe(j), DateKeyword.Beginning) || Kw(SkipThe(j), DateKeyword.End) || Kw(SkipThe(j), DateKeyword.Start) || Kw(SkipThe(j), DateKeyword.Middle))
        {
            // "at the end of 2022": the span starts at "end", as annotators mark it.
            if (Kw(j, DateKeyword.The))
            {
                return false;
            }

            j++;
            if (!Kw(j, DateKeyword.Of))
            {
                return false;
            }

            j++;

            // "the end of the year", "the start of the month": the unit holding the reference date.
            if (Kw(j, DateKeyword.The) && IsWord(j + 1, WordClass.Unit) && !IsPlural(j + 1) && Boundary(j + 2)
                && _t[j + 1].Value is (int)DateUnit.Week or (int)DateUnit.Month or (int)DateUnit.Year && UnitPoint((DateUnit)_t[j + 1].Value, 0, out spec))
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

    /// <summary>today, tomorrow, yesterday, the day before yesterday, the day after tomorrow, now (in ranges).</summary>
    private bool RuleReference(int i, bool inRange, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        var offset = 0;
        var j = SkipThe(i);
        if (j > i && Kw(j, DateKeyword.Future) && Kw(i - 1, DateKeyword.In) && _options.IncludeReferences)
        {
            // "in the future": a vague reference, not a date.
            spec = new DateSpec { Type = DateSpecType.Reference, Reference = 1, Year = DateSpec.Unknown, Decade = DateSpec.Unknown, Century = DateSpec.Unknown };
            end = j + 1;
            return true;
        }

        if (IsWord(j, WordClass.Unit) && _t[j].Value == (int)DateUnit.Day && (Kw(j + 1, DateKeyword.Before) || Kw(j + 1, DateKeyword.After)) && IsWord(j + 2, WordClass.Reference))
        {
            offset = (Kw(j + 1, DateKeyword.Before) ? -1 : 1) + _t[j + 2].Value;
            end = j + 3;
        }
        else if (IsWord(i, WordClass.Reference))
        {
            offset = _t[i].Value;
            end = i + 1;
        }
        else if (inRange && Kw(i, DateKeyword.Now))
        {
            end = i + 1;
        }
        else
        {
            return false;
        }

        if (_ref is { } r)
        {
            spec = DateSpec.OnDay(r.AddDays(offset), Relative, _refSource);

            // "tonight" is the night of the reference day (TIMEX3 TNI).
            spec.PartOfDay = TextIs(i, "tonight") ? 4 : 0;
        }
        else if (offset == 0)
        {
            if (!_options.IncludeReferences)
            {
                return false;
            }

            spec = new DateSpec { Type = DateSpecType.Reference, Year = DateSpec.Unknown, Decade = DateSpec.Unknown, Century = DateSpec.Unknown };
        }
        else
        {
            spec = DateSpec.Point(DateGrain.Day);
        }

        return true;
    }

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
            var bare = (DateUnit)_t[j].Value;
            var a = j + 1;
            if (Kw(a, DateKeyword.After) && Kw(a + 1, DateKeyword.The))
            {
                a++;
            }

            if (hasThe && Kw(j + 1, DateKeyword.After) && IsWord(a + 1, WordClass.Relative) && _t[a + 1].Value == 1
                && bare is DateUnit.Week or DateUnit.Weekend or DateUnit.Month or DateUnit.Year)
            {
                end = a + 2;
                return UnitPoint(bare, 2, out spec);
            }

            var cue = Kw(i - 1, DateKeyword.Over) || Kw(i - 1, DateKeyword.On) || Kw(i - 1, DateKeyword.During) || Kw(i - 1, DateKeyword.At)
                || Kw(i - 1, DateKeyword.For) || Kw(i - 1, DateKeyword.By) || Kw(i - 1, DateKeyword.Until) || Kw(i - 1, DateKeyword.Since);
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
            rel = _t[j].Value;
        }
        else if (TextIs(j, "last"))
        {
            rel = -1;
        }
        else if (Kw(j, DateKeyword.That) || Kw(j, DateKeyword.Same))
        {
            rel = int.MinValue;
        }
        else
        {
            return false;
        }

        // "the past year" measures a stretch of time; the duration rule reads it.
        if (hasThe && rel == -1 && (TextIs(j, "past") || TextIs(j, "recent") || TextIs(j, "last")) && IsWord(j + 1, WordClass.Unit)
            && _t[j + 1].Value is (int)DateUnit.Decade or (int)DateUnit.Century or (int)DateUnit.Year && !TextIs(j, "last"))
        {
            return false;
        }

        var k = j + 1;
        if (IsWord(k, WordClass.Unit))
        {
            var unit = (DateUnit)_t[k].Value;
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

            if (Kw(end, DateKeyword.After) && IsWord(end + 1, WordClass.Relative) && _t[end + 1].Value == 1)
            {
                rel = 2;
                end += 2;
            }
            else if (Kw(end, DateKeyword.After) && Kw(end + 1, DateKeyword.The) && IsWord(end + 2, WordClass.Relative) && _t[end + 2].Value == 1)
            {
                rel = 2;
                end += 3;
            }

            if (unit == DateUnit.Week)
            {
                // "next week on Friday", "this week Friday".
                var w = end;
                if (Kw(w, DateKeyword.On))
                {
                    w++;
                }

                if (IsWord(w, WordClass.Weekday))
                {
                    spec = WeekdayInWeek(rel, _t[w].Value);
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
            spec.Month = _t[k].Value;
            end = k + 1;
            if (Sym(end, '.') && Adj(end) && _t[k].Length <= 4)
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
            spec.Season = _t[k].Value;
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
            spec = WeekdayInWeek(rel, _t[k].Value);
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

    /// <summary>Month first: "November 10", "Oct. 2", "January 12, 2016", "May 1920", "in November", "June of nineteen ninety nine".</summary>
    private bool RuleMonthFirst(int i, bool inRange, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        var j = i;
        var monthOf = false;
        if (IsWord(SkipThe(j), WordClass.Unit) && _t[SkipThe(j)].Value == (int)DateUnit.Month && Kw(SkipThe(j) + 1, DateKeyword.Of))
        {
            j = SkipThe(j) + 2;
            monthOf = true;
        }

        if (!IsWord(j, WordClass.Month))
        {
            return false;
        }

        var month = _t[j].Value;
        var isMay = TextIs(j, "may");
        var abbreviated = _t[j].Length <= 4 && !isMay && !TextIs(j, "june") && !TextIs(j, "july");
        var k = j + 1;
        if (Sym(k, '.') && Adj(k) && abbreviated && k + 1 < _n)
        {
            k++;
        }

        // Month day [year]
        var d = k;
        if ((Dash(d) || Sym(d, '/') || Sym(d, '.')) && Adj(d) && Adj(d + 1))
        {
            d++;
        }
        else if (Sym(d, '.') && Adj(d) && Num(d + 1))
        {
            d++;
        }
        else if (Sym(d, ',') && Num(d + 1) && _t[d + 1].Has(TokenFlags.Ordinal))
        {
            d++;
        }

        if (Kw(d, DateKeyword.The))
        {
            d++;
        }

        if (DayAt(d, true, out var day, out var dayEnd) && !(Num(d) && _t[d].Digits == 2 && IsWord(dayEnd, WordClass.Unit)) && !Sym(dayEnd, ':'))
        {
            // "May 5 people": a count, not a day. "November 19-20" continues as a range.
            if (!(IsPlainWord(dayEnd) && !Upper(dayEnd) && Num(d) && !_t[d].Has(TokenFlags.Ordinal) && isMay))
            {
                spec = DateSpec.Point(DateGrain.Day);
                spec.Month = month;
                spec.Day = day;
                end = dayEnd;
                var y = end;
                if (Sym(y, ','))
                {
                    y++;
                }

                if (Kw(y, DateKeyword.Of))
                {
                    y++;
                }

                if (YearAt(y, false, true, out var year, out var yearEnd) && ValidDay(year, month, day))
                {
                    spec.Year = year;
                    spec.YearStated = true;
                    end = yearEnd;
                }
                else if (RelativeYearAt(end, out var relYear, out var relEnd))
                {
                    spec.Year = relYear;
                    end = relEnd;
                    MarkRelativeYear(ref spec);
                }
                else
                {
                    spec.YearMissing = true;
                }

                return ValidDay(spec.Year == DateSpec.Unknown ? 2000 : spec.Year, month, day);
            }
        }

        // Month year
        var m = k;
        if (Sym(m, ','))
        {
            m++;
        }

        var of = Kw(m, DateKeyword.Of);
        if (of)
        {
            m++;
        }

        if (YearAt(m, !of && !Sym(k, ','), of || Kw(i - 1, DateKeyword.In), out var monthYear, out var monthYearEnd) && (monthYear >= 1000 || _t[m].Value > 31))
        {
            spec = DateSpec.Point(DateGrain.Month);
            spec.Month = month;
            spec.Year = monthYear;
            spec.YearStated = true;
            end = monthYearEnd;
            return true;
        }

        // Month alone: only where a date is expected, and not as part of a name ("the October Revolution") or "may" the verb.
        end = k;
        spec = DateSpec.Point(DateGrain.Month);
        spec.Month = month;
        if (RelativeYearAt(k, out var rel, out var relEnd2))
        {
            spec.Year = rel;
            end = relEnd2;
            MarkRelativeYear(ref spec);
        }
        else
        {
            spec.YearMissing = true;
        }

        if (monthOf || end > k)
        {
            return true;
        }

        if (k < _n && _t[k].Kind == TokenKind.Word && Upper(k) && _t[k].Class is not WordClass.Month and not WordClass.Weekday)
        {
            return false;
        }

        var prev = i - 1;
        var cue = Kw(prev, DateKeyword.In) || Kw(prev, DateKeyword.Since) || Kw(prev, DateKeyword.Until) || Kw(prev, DateKeyword.During)
            || Kw(prev, DateKeyword.Early) || Kw(prev, DateKeyword.Late) || Kw(prev, DateKeyword.Mid) || Kw(prev, DateKeyword.Of)
            || Kw(prev, DateKeyword.By) || Kw(prev, DateKeyword.Before) || Kw(prev, DateKeyword.After) || Kw(prev, DateKeyword.From)
            || Kw(prev, DateKeyword.To) || Kw(prev, DateKeyword.Through) || Kw(prev, DateKeyword.Between) || (Dash(prev) && Adj(i) && Kw(prev - 1, DateKeyword.Mid))
            || Kw(prev, DateKeyword.For) || Kw(prev, DateKeyword.Over);
        if (isMay)
        {
            return (cue && !Kw(prev, DateKeyword.To) && !Kw(prev, DateKeyword.Of)) || (inRange && Upper(j));
        }

        if (_t[j].Length == 3 && !Upper(j) && !cue)
        {
            return false;
        }

        return cue || inRange || BareMonthName(j);
    }

    /// <summary>
    /// A month named in full with no cue before it ("I'll be out September", "the September meeting"): a date unless it
    /// can be a word of another kind ("march" the verb, "august" the adjective, "May" is handled by the caller) or part
    /// of a name ("Black September").
    /// </summary>
    private bool BareMonthName(int j)
    {
        if (_t[j].Length <= 3 || Sym(j + 1, '.') || (Dash(j + 1) && Adj(j + 1)) || (Dash(j - 1) && Adj(j)))
        {
            return false;
        }

        var month = _t[j].Value;
        if (month is 3 or 8 && !Upper(j))
        {
            return false;
        }

        // A capitalised word glued before it names something ("Black September"), unless it starts the sentence.
        if (j > 0 && Upper(j - 1) && _t[j - 1].Kind == TokenKind.Word && _t[j - 1].Class == WordClass.None && !_t[j - 1].Has(TokenFlags.SentenceStart))
        {
            return false;
        }

        // "the March on Washington", "the March of Dimes": a named event or body.
        return !(Kw(j - 1, DateKeyword.The) && (Kw(j + 1, DateKeyword.On) || Kw(j + 1, DateKeyword.Of)));
    }

    private bool RelativeYearAt(int i, out int year, out int end)
    {
        year = DateSpec.Unknown;
        end = i;
        var j = i;
        if (Kw(j, DateKeyword.Of) || Kw(j, DateKeyword.In))
        {
            j++;
        }

        if (IsWord(j, WordClass.Relative) || TextIs(j, "last"))
        {
            var rel = IsWord(j, WordClass.Relative) ? _t[j].Value : -1;
            if (IsWord(j + 1, WordClass.Unit) && _t[j + 1].Value == (int)DateUnit.Year)
            {
                year = _ref is { } r ? r.Year + rel : DateSpec.Unknown;
                end = j + 2;
                return true;
            }
        }

        return false;
    }

    private void MarkRelativeYear(ref DateSpec spec)
    {
        if (spec.Year != DateSpec.Unknown)
        {
            spec.Inferred |= DateInferredParts.Year;
            spec.InferredFrom = _refSource;
        }
    }

    /// <summary>Day first: "12 November 2020", "14th November", "the 4th of March", "twenty second of June", "the 27th", "20th of next month".</summary>
    private bool RuleDayFirst(int i, bool inRange, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        var j = i;
        var hasThe = Kw(j, DateKeyword.The);
        if (hasThe)
        {
            j++;
        }

        if (!DayAt(j, inRange || hasThe, out var day, out var dayEnd))
        {
            return false;
        }

        var isDigits = Num(j);
        if (isDigits && j > 0 && Adj(j) && (Sym(j - 1, '.') || Sym(j - 1, ',') || Sym(j - 1, '/') || Sym(j - 1, '$') || _t[j - 1].Kind == TokenKind.Word))
        {
            return false;
        }

        var k = dayEnd;
        if (Sym(k, '.') && Adj(k) && isDigits)
        {
            k++;
        }

        if ((Dash(k) || Sym(k, '/')) && Adj(k) && Adj(k + 1))
        {
            k++;
        }

        if (Kw(k, DateKeyword.Of))
        {
            k++;
        }

        if (IsWord(k, WordClass.Month) && !(TextIs(k, "may") && !Upper(k) && !isDigits && !Kw(k - 1, DateKeyword.Of)))
        {
            var month = _t[k].Value;
            var abbreviated = _t[k].Length <= 4 && !TextIs(k, "may");
            spec = DateSpec.Point(DateGrain.Day);
            spec.Month = month;
            spec.Day = day;
            end = k + 1;
            // The dot of "Aug." at the very end is the sentence's full stop as well; the extent stops before it.
            if (Sym(end, '.') && Adj(end) && abbreviated && end + 1 < _n)
            {
                end++;
            }

            var y = end;
            if (Sym(y, ','))
            {
                y++;
            }

            if (Kw(y, DateKeyword.Of))
            {
                y++;
            }

            if (YearAt(y, false, true, out var year, out var yearEnd))
            {
                spec.Year = year;
                spec.YearStated = true;
                end = yearEnd;
            }
            else if (RelativeYearAt(end, out var relYear, out var relEnd))
            {
                spec.Year = relYear;
                end = relEnd;
                MarkRelativeYear(ref spec);
            }
            else
            {
                spec.YearMissing = true;
            }

            if (!ValidDay(spec.Year == DateSpec.Unknown ? 2000 : spec.Year, month, day))
            {
                return false;
            }

            // "the" belongs to "the 4th of March" but the span of "14 September" starts at the number.
            return true;
        }

        // "20th of next month", "31st of this month"
        var r = dayEnd;
        if (Kw(r, DateKeyword.Of) || Kw(r, DateKeyword.In))
        {
            r++;
        }

        if (IsWord(r, WordClass.Relative) && IsWord(r + 1, WordClass.Unit) && _t[r + 1].Value == (int)DateUnit.Month)
        {
            spec = DateSpec.Point(DateGrain.Day);
            spec.Day = day;
            end = r + 2;
            if (_ref is { } reference)
            {
                var m = reference.AddMonths(_t[r].Value);
                spec.Year = m.Year;
                spec.Month = m.Month;
                spec.Inferred = DateInferredParts.Year | DateInferredParts.Month;
                spec.InferredFrom = _refSource;
            }

            return true;
        }

        // A day alone: "the 27th", "on the second", "on 15" — never "the 27th floor" or "the 102nd base".
        var ordinalForm = !isDigits || _t[j].Has(TokenFlags.Ordinal);
        var onCue = Kw(i - 1, DateKeyword.On) || Kw(i - 1, DateKeyword.For) || Kw(i - 1, DateKeyword.By) || Kw(i - 1, DateKeyword.Until) || Kw(i - 1, DateKeyword.Since);
        var ends = dayEnd >= _n || (_t[dayEnd].Kind == TokenKind.Symbol && _t[dayEnd].Symbol is not '%' and not '-' and not '/' and not '–');
        var ok = inRange || (ends && ((hasThe && ordinalForm) || (onCue && (ordinalForm || isDigits))));
        if (!ok || (dayEnd < _n && (_t[dayEnd].Kind == TokenKind.Number || Sym(dayEnd, '%') || (Sym(dayEnd, '.') && Num(dayEnd + 1) && Adj(dayEnd + 1)))))
        {
            return false;
        }

        if (!inRange && !isDigits && !hasThe && !onCue)
        {
            return false;
        }

        spec = DateSpec.Point(DateGrain.Day);
        spec.Day = day;
        spec.YearMissing = true;
        end = dayEnd;
        return true;
    }

    /// <summary>"Saturday 14th November 2020", "Friday the 22nd", "friday next week", "on Monday".</summary>
    private bool RuleWeekday(int i, bool inRange, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        if (!IsWord(i, WordClass.Weekday))
        {
            return false;
        }

        // "Black Friday", "Mark Sunday": a capitalised word before a weekday names something else.
        if (i > 0 && Upper(i - 1) && IsPlainWord(i - 1) && _t[i - 1].Length > 1)
        {
            return false;
        }

        var weekday = _t[i].Value;
        var k = i + 1;
        var abbreviated = _t[i].Length <= 4;
        if (Sym(k, '.') && Adj(k) && abbreviated && k + 1 < _n)
        {
            k++;
        }

        var d = k;
        if (Sym(d, ',') || (Sym(d, '(') && Adj(d + 1)))
        {
            d++;
        }

        if (Dash(d) && Adj(d))
        {
            d++;
        }

        // A full date after the weekday.
        if ((RuleMonthFirst(d, true, out var e, out var s) && s.Grain == DateGrain.Day)
            || (RuleDayFirst(d, false, out e, out s) && s.Grain == DateGrain.Day && s.Month > 0)
            || (RuleNumeric(d, false, out e, out s) && s.Grain == DateGrain.Day))
        {
            spec = s;
            end = e;
            if (Sym(end, ')') && Sym(d - 1, '('))
            {
                end++;
            }

            return true;
        }

        // "Friday the 22nd": the weekday picks the month.
        if (Kw(k, DateKeyword.The) && DayAt(k + 1, true, out var day, out var dayEnd))
        {
            spec = DateSpec.Point(DateGrain.Day);
            spec.Day = day;
            spec.Weekday = weekday;
            spec.YearMissing = true;
            end = dayEnd;
            return true;
        }

        // "Friday next week", "Tuesday of next week", "friday this week".
        var w = k;
        if (Kw(w, DateKeyword.Of))
        {
            w++;
        }

        if ((IsWord(w, WordClass.Relative) || TextIs(w, "last")) && IsWord(w + 1, WordClass.Unit) && _t[w + 1].Value == (int)DateUnit.Week)
        {
            spec = WeekdayInWeek(IsWord(w, WordClass.Relative) ? _t[w].Value : -1, weekday);
            end = w + 2;
            return true;
        }

        // A weekday alone; abbreviations ("sat", "sun", "wed") only where a day is clearly meant.
        var prevCue = Kw(i - 1, DateKeyword.On) || Kw(i - 1, DateKeyword.By) || Kw(i - 1, DateKeyword.Until) || Kw(i - 1, DateKeyword.Since)
            || Kw(i - 1, DateKeyword.From) || Kw(i - 1, DateKeyword.To) || Kw(i - 1, DateKeyword.Through) || Kw(i - 1, DateKeyword.Between) || Sym(i - 1, '|');
        if (abbreviated && !prevCue && !(Upper(i) && Sym(i + 1, '.')) && !inRange)
        {
            return false;
        }

        if (!Upper(i) && !prevCue && !inRange && abbreviated)
        {
            return false;
        }

        spec = DateSpec.Point(DateGrain.Day);
        spec.Weekday = weekday;
        spec.YearMissing = true;
        end = k > i + 1 && !abbreviated ? i + 1 : i + 1;
        return true;
    }

    /// <summary>"the 19th century", "the first week of 2015", "the third quarter of 2016", "the first Friday of July", "second Sunday".</summary>
    private bool RuleOrdinalUnit(int i, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        var j = SkipThe(i);
        int n;
        int k;
        if (Num(j) && _t[j].Has(TokenFlags.Ordinal))
        {
            n = _t[j].Value;
            k = j + 1;
        }
        else if (NumberWords(j, out n, out k, out var ordinal) && ordinal)
        {
        }
        else if (TextIs(j, "last") || TextIs(j, "final"))
        {
            n = -1;
            k = j + 1;
        }
        else
        {
            return false;
        }

        if (Dash(k) && Adj(k))
        {
            k++;
        }

        if (IsWord(k, WordClass.Unit))
        {
            var unit = (DateUnit)_t[k].Value;
            var u = k + 1;
            if (unit == DateUnit.Century && n >= 1 && n <= 30)
            {
                spec = DateSpec.Point(DateGrain.Century);
                spec.Century = n - 1;
                end = u;
                if (Kw(end, DateKeyword.Of) || !Kw(i, DateKeyword.The))
                {
                    // "the 19th century" or "19th century"; nothing follows.
                }

                return true;
            }

            if (unit is DateUnit.Week or DateUnit.Quarter && n is >= 1 and <= 53 or -1)
            {
                if (Kw(u, DateKeyword.Of) || Kw(u, DateKeyword.In))
                {
                    u++;
                }

                var hasYear = YearAt(u, false, true, out var year, out var yearEnd);
                if (!hasYear && RelativeYearAt(u, out year, out yearEnd))
                {
                    hasYear = true;
                }

                if (unit == DateUnit.Quarter && n is >= 1 and <= 4)
                {
                    spec = DateSpec.Point(DateGrain.Quarter);
                    spec.Quarter = n;
                    end = hasYear ? yearEnd : k + 1;
                    spec.Year = hasYear ? year : DateSpec.Unknown;
                    spec.YearStated = hasYear;
                    spec.YearMissing = !hasYear;
                    return hasYear || Kw(i, DateKeyword.The);
                }

                if (unit == DateUnit.Week && !hasYear && n is >= 1 and <= 5 or -1 && u > k + 1 && WeekOfMonthAt(u, n, out spec, out end))
                {
                    return true;
                }

                if (unit == DateUnit.Week && hasYear && year != DateSpec.Unknown)
                {
                    spec = DateSpec.Point(DateGrain.Week);
                    spec.Year = year;
                    spec.Week = n == -1 ? ISOWeek.GetWeeksInYear(year) : n;
                    spec.YearStated = true;
                    end = yearEnd;
                    return spec.Week <= ISOWeek.GetWeeksInYear(year);
                }
            }

            return false;
        }

        if (Kw(k, DateKeyword.Half) && n is 1 or 2 && (Kw(k + 1, DateKeyword.Of) || Kw(k + 1, DateKeyword.In)))
        {
            // "the first half of 1990", "the second half of next year", "the first half of the year"; never a bare
            // "the second half", which is as often a match's.
            var u = k + 2;
            spec = DateSpec.Point(DateGrain.Quarter);
            spec.Half = n;
            if (YearAt(u, false, true, out var halfYear, out end))
            {
                spec.Year = halfYear;
                spec.YearStated = true;
                return true;
            }

            if (RelativeYearAt(u, out halfYear, out end))
            {
                spec.Year = halfYear;
                MarkRelativeYear(ref spec);
                return true;
            }

            if (Kw(u, DateKeyword.The) && IsWord(u + 1, WordClass.Unit) && _t[u + 1].Value == (int)DateUnit.Year && !IsPlural(u + 1) && _ref is { } current)
            {
                spec.Year = current.Year;
                MarkRelativeYear(ref spec);
                end = u + 2;
                return true;
            }

            return false;
        }

        if (IsWord(k, WordClass.Weekday) && n is >= 1 and <= 5)
        {
            var u = k + 1;
            spec = DateSpec.Point(DateGrain.Day);
            spec.Weekday = _t[k].Value;
            spec.NthWeekday = n;
            if ((Kw(u, DateKeyword.Of) || Kw(u, DateKeyword.In)) && IsWord(u + 1, WordClass.Month))
            {
                spec.Month = _t[u + 1].Value;
                spec.YearMissing = true;
                end = u + 2;
                return true;
            }

            if ((Kw(u, DateKeyword.Of) || Kw(u, DateKeyword.In)) && IsWord(u + 1, WordClass.Relative) && IsWord(u + 2, WordClass.Unit) && _t[u + 2].Value == (int)DateUnit.Month)
            {
                if (_ref is { } r)
                {
                    var m = r.AddMonths(_t[u + 1].Value);
                    spec.Month = m.Month;
                    spec.Year = m.Year;
                    ResolveNthWeekday(ref spec);
                }

                end = u + 3;
                return true;
            }

            if (Boundary(u) && !Kw(u, DateKeyword.Of) && !Kw(u, DateKeyword.In) && _ref is { } reference)
            {
                spec.Month = reference.Month;
                spec.Year = reference.Year;
                ResolveNthWeekday(ref spec);
                end = u;
                return spec.Day > 0;
            }

            return false;
        }

        return false;
    }

    /// <summary>The month of "the first week of October", "the last week of July 2016", "the third week of this month", read at <paramref name="u"/>.</summary>
    private bool WeekOfMonthAt(int u, int n, out DateSpec spec, out int end)
    {
        spec = DateSpec.Point(DateGrain.Week);
        spec.WeekOfMonth = n;
        end = u;
        if (IsWord(u, WordClass.Relative) && IsWord(u + 1, WordClass.Unit) && _t[u + 1].Value == (int)DateUnit.Month && !IsPlural(u + 1))
        {
            end = u + 2;
            if (_ref is not { } r)
            {
                return true;
            }

            var month = r.AddMonths(_t[u].Value);
            spec.Year = month.Year;
            spec.Month = month.Month;
            MarkRelativeYear(ref spec);
            return ResolveWeekOfMonth(ref spec);
        }

        if (!IsWord(u, WordClass.Month) || (TextIs(u, "may") && !Upper(u)))
        {
            return false;
        }

        spec.Month = _t[u].Value;
        end = u + 1;
        if (Sym(end, '.') && Adj(end) && _t[u].Length <= 4)
        {
            end++;
        }

        var y = Sym(end, ',') ? end + 1 : end;
        if (YearAt(y, false, true, out var year, out var yearEnd))
        {
            spec.Year = year;
            spec.YearStated = true;
            end = yearEnd;
            return ResolveWeekOfMonth(ref spec);
        }

        if (RelativeYearAt(end, out var relYear, out var relEnd))
        {
            spec.Year = relYear;
            end = relEnd;
            MarkRelativeYear(ref spec);
            return spec.Year == DateSpec.Unknown || ResolveWeekOfMonth(ref spec);
        }

        spec.YearMissing = true;
        return true;
    }

    /// <summary>
    /// Turns "the Nth week of" a month into its ISO week: a week belongs to the month that holds its Thursday, as ISO
    /// weeks belong to years, so "the first week of October 2017" starts on Monday 2 October. False when there is no such week.
    /// </summary>
    private static bool ResolveWeekOfMonth(ref DateSpec spec)
    {
        if (spec.WeekOfMonth == 0 || spec.Year is < 1 or > 9998 || spec.Month == 0)
        {
            return spec.WeekOfMonth == 0;
        }

        var first = new DateOnly(spec.Year, spec.Month, 1);
        var days = DateTime.DaysInMonth(spec.Year, spec.Month);
        var firstThursday = first.AddDays((((int)DayOfWeek.Thursday - (int)first.DayOfWeek) + 7) % 7);
        var last = new DateOnly(spec.Year, spec.Month, days);
        var lastThursday = last.AddDays(-((((int)last.DayOfWeek - (int)DayOfWeek.Thursday) + 7) % 7));
        var thursday = spec.WeekOfMonth < 0 ? lastThursday : firstThursday.AddDays(7 * (spec.WeekOfMonth - 1));
        if (thursday > lastThursday)
        {
            return false;
        }

        var monday = thursday.AddDays(-3).ToDateTime(TimeOnly.MinValue);
        spec.Year = ISOWeek.GetYear(monday);
        spec.Week = ISOWeek.GetWeekOfYear(monday);
        spec.Month = 0;
        spec.WeekOfMonth = 0;
        return true;
    }

    private void ResolveNthWeekday(ref DateSpec spec)
    {
        if (spec.Year == DateSpec.Unknown || spec.Month == 0)
        {
            return;
        }

        var first = new DateOnly(spec.Year, spec.Month, 1);
        var offset = ((spec.Weekday % 7) - (int)first.DayOfWeek + 7) % 7;
        var day = 1 + offset + (7 * (spec.NthWeekday - 1));
        if (day <= DateTime.DaysInMonth(spec.Year, spec.Month))
        {
            spec.Day = day;
            spec.Weekday = 0;
            spec.NthWeekday = 0;
            spec.Inferred |= DateInferredParts.Year;
            spec.InferredFrom = _refSource;
        }
    }

    /// <summary>"the summer of 1920", "summer 2016", "in the spring"; "fall" only where it cannot be the verb or "the fall of".</summary>
    private bool RuleSeason(int i, bool inRange, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        var j = SkipThe(i);
        var hasThe = j > i;
        if (Kw(j, DateKeyword.Mid) && Dash(j + 1))
        {
            j += 2;
        }

        if (!IsWord(j, WordClass.Season))
        {
            return false;
        }

        var isFall = TextIs(j, "fall");
        spec = DateSpec.Point(DateGrain.Season);
        spec.Season = _t[j].Value;
        var k = j + 1;
        var y = Kw(k, DateKeyword.Of) ? k + 1 : k;
        if (YearAt(y, false, true, out var year, out var yearEnd))
        {
            spec.Year = year;
            spec.YearStated = true;
            end = yearEnd;
            return true;
        }

        if (RelativeYearAt(k, out var relYear, out var relEnd))
        {
            spec.Year = relYear;
            end = relEnd;
            MarkRelativeYear(ref spec);
            return true;
        }

        if (Kw(k, DateKeyword.Of) || (k < _n && _t[k].Kind == TokenKind.Word && _t[k].Class is WordClass.None or WordClass.Unit && !isFall && Upper(k)))
        {
            return false;
        }

        var prev = i - 1;
        var cue = Kw(prev, DateKeyword.In) || Kw(prev, DateKeyword.During) || Kw(prev, DateKeyword.Since) || Kw(prev, DateKeyword.Until)
            || Kw(prev, DateKeyword.By) || Kw(prev, DateKeyword.Over) || Kw(prev, DateKeyword.Early) || Kw(prev, DateKeyword.Late)
            || Kw(prev, DateKeyword.Mid) || Kw(prev, DateKeyword.Through) || IsWord(prev, WordClass.FutureCue) || Kw(prev, DateKeyword.Of);
        if (isFall && !(hasThe && (Kw(prev, DateKeyword.In) || Kw(prev, DateKeyword.During) || Kw(prev, DateKeyword.By)) && Boundary(k)))
        {
            return false;
        }

        if (!isFall && TextIs(j, "spring") && !hasThe && !cue)
        {
            return false;
        }

        if (!cue && !hasThe && !inRange && !IsWord(prev, WordClass.Unit) && !(BareSeasonName(j) && !isFall))
        {
            return false;
        }

        if (!cue && hasThe && !Boundary(k))
        {
            return false;
        }

        spec.YearMissing = true;
        end = k;
        return true;
    }

    /// <summary>
    /// A season named with no cue before it that closes its phrase ("I'll leave summer", "summer, when"): a date.
    /// Not "spring" or "fall", which are as often other words, nor a capitalised season mid-sentence (a name), nor one
    /// that modifies a following noun ("summer camps").
    /// </summary>
    private bool BareSeasonName(int j)
    {
        if (TextIs(j, "spring") || (Upper(j) && !_t[j].Has(TokenFlags.SentenceStart)) || Kw(j - 1, DateKeyword.A))
        {
            return false;
        }

        var k = j + 1;
        return k >= _n || (_t[k].Kind == TokenKind.Symbol && _t[k].Symbol is '.' or ',' or ';' or '!' or '?' or ')');
    }

    /// <summary>"the week of November 30th", "the week commencing February 4", "w/c Feb 4": the stated day.</summary>
    private bool RuleWeekOf(int i, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        var j = SkipThe(i);
        var week = true;
        if (TextIs(j, "w") && Sym(j + 1, '/') && TextIs(j + 2, "c"))
        {
            j += 3;
        }
        else if (IsWord(j, WordClass.Unit) && _t[j].Value is (int)DateUnit.Week or (int)DateUnit.Month && !IsPlural(j))
        {
            week = _t[j].Value == (int)DateUnit.Week;
            j++;
            if (Kw(j, DateKeyword.Of))
            {
                j++;
            }
            else if (TextIs(j, "commencing") || TextIs(j, "starting") || TextIs(j, "beginning"))
            {
                j++;
                if (Kw(j, DateKeyword.On))
                {
                    j++;
                }
            }
            else
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if ((RuleMonthFirst(j, false, out var e, out var s) || RuleDayFirst(j, false, out e, out s)) && s.Grain == DateGrain.Day)
        {
            spec = s;
            spec.WeekContaining = week;
            end = e;
            ToContainingWeek(ref spec);
            return true;
        }

        return false;
    }

    /// <summary>"the week of February 4": once its day is resolved, the ISO week holding it.</summary>
    private static void ToContainingWeek(ref DateSpec spec)
    {
        if (!spec.WeekContaining || spec.YearMissing || spec.Year is < 1 or > 9998 || spec.Month == 0 || !ValidDay(spec.Year, spec.Month, spec.Day))
        {
            return;
        }

        var day = new DateTime(spec.Year, spec.Month, spec.Day, 0, 0, 0, DateTimeKind.Unspecified);
        spec.Grain = DateGrain.Week;
        spec.Year = ISOWeek.GetYear(day);
        spec.Week = ISOWeek.GetWeekOfYear(day);
        spec.Month = 0;
        spec.Day = 0;
        spec.WeekContaining = false;

        // The other reading names a day, not a week; it no longer describes this value.
        spec.Alternative = null;
    }

    /// <summary>"the seventies", "the nineteen seventies".</summary>
    private bool RuleDecadeWords(int i, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        var j = SkipThe(i);
        var century = 19;
        var assumed = true;
        if (IsWord(j, WordClass.Cardinal) && _t[j].Value is >= 10 and <= 20 && IsWord(j + 1, WordClass.DecadeWord))
        {
            century = _t[j].Value;
            assumed = false;
            j++;
        }

        if (!IsWord(j, WordClass.DecadeWord) || j == i)
        {
            return false;
        }

        spec = DateSpec.Point(DateGrain.Decade);
        spec.Decade = _t[j].Value == 0 ? 200 : (century * 10) + _t[j].Value;
        if (assumed)
        {
            spec.Inferred = DateInferredParts.Century;
            spec.InferredFrom = DateInferenceSource.Assumption;
        }

        end = j + 1;
        return true;
    }

    /// <summary>"week 10", "Q3 2016", "H1 2016", "year 247".</summary>
    private bool RuleLabelled(int i, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        if (IsWord(i, WordClass.Unit) && _t[i].Value == (int)DateUnit.Week && Num(i + 1) && _t[i + 1].Value is >= 1 and <= 53 && _t[i + 1].Digits <= 2 && Upper(i))
        {
            spec = DateSpec.Point(DateGrain.Week);
            spec.Week = _t[i + 1].Value;
            end = i + 2;
            if (YearAt(end, false, false, out var y, out var ye))
            {
                spec.Year = y;
                spec.YearStated = true;
                end = ye;
            }
            else if (_ref is { } r)
            {
                spec.Year = r.Year;
                spec.Inferred = DateInferredParts.Year;
                spec.InferredFrom = _refSource;
            }

            return true;
        }

        if (IsWord(i, WordClass.Unit) && _t[i].Value == (int)DateUnit.Week && Num(i + 1) && _t[i + 1].Value is >= 1 and <= 53 && _t[i + 1].Digits <= 2)
        {
            spec = DateSpec.Point(DateGrain.Week);
            spec.Week = _t[i + 1].Value;
            end = i + 2;
            if (_ref is { } r)
            {
                spec.Year = r.Year;
                spec.Inferred = DateInferredParts.Year;
                spec.InferredFrom = _refSource;
            }

            return Boundary(end) || Num(end);
        }

        if (IsWord(i, WordClass.Cardinal) && (Kw(i - 1, DateKeyword.In) || Kw(i - 1, DateKeyword.Since) || Kw(i - 1, DateKeyword.From) || Kw(i - 1, DateKeyword.Until))
            && YearAt(i, false, true, out var wordYear, out var wordYearEnd) && wordYearEnd > i + 1 && !IsWord(wordYearEnd, WordClass.Unit))
        {
            spec = DateSpec.Point(DateGrain.Year);
            spec.Year = wordYear;
            spec.YearStated = true;
            end = wordYearEnd;
            return true;
        }

        if (IsWord(i, WordClass.Unit) && _t[i].Value == (int)DateUnit.Year && (Num(i + 1) || IsWord(i + 1, WordClass.Cardinal)))
        {
            if (Num(i + 1) && _t[i + 1].Digits <= 4 && !_t[i + 1].Has(TokenFlags.Ordinal) && Boundary(i + 2))
            {
                spec = DateSpec.Point(DateGrain.Year);
                spec.Year = _t[i + 1].Value;
                spec.YearStated = true;
                end = i + 2;
                return spec.Year >= 1;
            }

            if (NumberWords(i + 1, out var v, out var e, out var ordinal) && !ordinal && v is >= 1 and <= 9999 && e > i + 2)
            {
                spec = DateSpec.Point(DateGrain.Year);
                spec.Year = v;
                spec.YearStated = true;
                end = e;
                return true;
            }
        }

        var j = i;
        int q;
        bool half;
        if ((Kw(j, DateKeyword.Q) || TextIs(j, "H")) && Num(j + 1) && Adj(j + 1) && _t[j + 1].Digits == 1 && Upper(j))
        {
            half = TextIs(j, "H");
            q = _t[j + 1].Value;
            end = j + 2;
        }
        else
        {
            return false;
        }

        if (q < 1 || q > (half ? 2 : 4) || (end < _n && _t[end].Kind != TokenKind.Symbol && !_t[end].Has(TokenFlags.SpaceBefore)))
        {
            return false;
        }

        spec = DateSpec.Point(DateGrain.Quarter);
        if (half)
        {
            spec.Half = q;
        }
        else
        {
            spec.Quarter = q;
        }

        if (YearAt(end, false, false, out var qy, out var qe))
        {
            spec.Year = qy;
            spec.YearStated = true;
            end = qe;
        }
        else if (RelativeYearAt(end, out var ry, out var re))
        {
            spec.Year = ry;
            end = re;
            MarkRelativeYear(ref spec);
        }
        else
        {
            if (half)
            {
                return false;
            }

            spec.YearMissing = true;
        }

        return true;
    }
}
