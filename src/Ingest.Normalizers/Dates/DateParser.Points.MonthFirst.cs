namespace Ingest.Normalizers.Dates;

/// <content>Calendar points written month first: January 12th, Jan 12 2014, March of next year.</content>
internal sealed partial class DateParser
{
    /// <summary>Month first: "November 10", "Oct. 2", "January 12, 2016", "May 1920", "in November", "June of nineteen ninety nine".</summary>
    private bool RuleMonthFirst(int i, bool inRange, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        var j = i;
        var monthOf = false;
        if (IsWord(SkipThe(j), WordClass.Unit) && _tokens[SkipThe(j)].Value == (int)DateUnit.Month && IsKeyword(SkipThe(j) + 1, DateKeyword.Of))
        {
            j = SkipThe(j) + 2;
            monthOf = true;
        }

        if (!IsWord(j, WordClass.Month))
        {
            return false;
        }

        var month = _tokens[j].Value;
        var isMay = TextIs(j, "may");
        var abbreviated = _tokens[j].Length <= 4 && !isMay && !TextIs(j, "june") && !TextIs(j, "july");
        var k = j + 1;
        if (IsSymbol(k, '.') && IsJoinedToPrevious(k) && abbreviated && k + 1 < _tokenCount)
        {
            k++;
        }

        // Month day [year]
        var d = k;
        if ((IsDash(d) || IsSymbol(d, '/') || IsSymbol(d, '.')) && IsJoinedToPrevious(d) && IsJoinedToPrevious(d + 1))
        {
            d++;
        }
        else if (IsSymbol(d, '.') && IsJoinedToPrevious(d) && IsNumber(d + 1))
        {
            d++;
        }
        else if (IsSymbol(d, ',') && IsNumber(d + 1) && _tokens[d + 1].Has(TokenFlags.Ordinal))
        {
            d++;
        }

        if (IsKeyword(d, DateKeyword.The))
        {
            d++;
        }

        if (DayAt(d, true, out var day, out var dayEnd) && !(IsNumber(d) && _tokens[d].Digits == 2 && IsWord(dayEnd, WordClass.Unit)) && !IsSymbol(dayEnd, ':'))
        {
            // "May 5 people": a count, not a day. "November 19-20" continues as a range.
            if (!(IsPlainWord(dayEnd) && !Upper(dayEnd) && IsNumber(d) && !_tokens[d].Has(TokenFlags.Ordinal) && isMay))
            {
                spec = DateSpec.Point(DateGrain.Day);
                spec.Month = month;
                spec.Day = day;
                end = dayEnd;
                ReadYearAfterDay(ref spec, ref end, month, day, yearMustFitDay: true);

                return ValidDay(spec.Year == DateSpec.Unknown ? 2000 : spec.Year, month, day);
            }
        }

        // Month year
        var m = k;
        if (IsSymbol(m, ','))
        {
            m++;
        }

        var of = IsKeyword(m, DateKeyword.Of);
        if (of)
        {
            m++;
        }

        if (YearAt(m, !of && !IsSymbol(k, ','), of || IsKeyword(i - 1, DateKeyword.In), out var monthYear, out var monthYearEnd) && (monthYear >= 1000 || _tokens[m].Value > 31))
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

        if (k < _tokenCount && _tokens[k].Kind == TokenKind.Word && Upper(k) && _tokens[k].Class is not WordClass.Month and not WordClass.Weekday)
        {
            return false;
        }

        var prev = i - 1;
        var cue = IsKeyword(prev, DateKeyword.In) || IsKeyword(prev, DateKeyword.Since) || IsKeyword(prev, DateKeyword.Until) || IsKeyword(prev, DateKeyword.During)
            || IsKeyword(prev, DateKeyword.Early) || IsKeyword(prev, DateKeyword.Late) || IsKeyword(prev, DateKeyword.Mid) || IsKeyword(prev, DateKeyword.Of)
            || IsKeyword(prev, DateKeyword.By) || IsKeyword(prev, DateKeyword.Before) || IsKeyword(prev, DateKeyword.After) || IsKeyword(prev, DateKeyword.From)
            || IsKeyword(prev, DateKeyword.To) || IsKeyword(prev, DateKeyword.Through) || IsKeyword(prev, DateKeyword.Between) || (IsDash(prev) && IsJoinedToPrevious(i) && IsKeyword(prev - 1, DateKeyword.Mid))
            || IsKeyword(prev, DateKeyword.For) || IsKeyword(prev, DateKeyword.Over);
        if (isMay)
        {
            return (cue && !IsKeyword(prev, DateKeyword.To) && !IsKeyword(prev, DateKeyword.Of)) || (inRange && Upper(j));
        }

        if (_tokens[j].Length == 3 && !Upper(j) && !cue)
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
        if (_tokens[j].Length <= 3 || IsSymbol(j + 1, '.') || (IsDash(j + 1) && IsJoinedToPrevious(j + 1)) || (IsDash(j - 1) && IsJoinedToPrevious(j)))
        {
            return false;
        }

        var month = _tokens[j].Value;
        if (month is 3 or 8 && !Upper(j))
        {
            return false;
        }

        // A capitalised word glued before it names something ("Black September"), unless it starts the sentence.
        if (j > 0 && Upper(j - 1) && _tokens[j - 1].Kind == TokenKind.Word && _tokens[j - 1].Class == WordClass.None && !_tokens[j - 1].Has(TokenFlags.SentenceStart))
        {
            return false;
        }

        // "the March on Washington", "the March of Dimes": a named event or body.
        return !(IsKeyword(j - 1, DateKeyword.The) && (IsKeyword(j + 1, DateKeyword.On) || IsKeyword(j + 1, DateKeyword.Of)));
    }

    /// <summary>
    /// Reads what may follow a day and month: a stated year ("5 May, 2020", "May 5 of 2020"), a relative year
    /// ("May 5 next year") or nothing. With <paramref name="yearMustFitDay"/> a stated year is taken only when the
    /// day exists in it.
    /// </summary>
    private void ReadYearAfterDay(ref DateSpec spec, ref int end, int month, int day, bool yearMustFitDay)
    {
        var y = end;
        if (IsSymbol(y, ','))
        {
            y++;
        }

        if (IsKeyword(y, DateKeyword.Of))
        {
            y++;
        }

        if (YearAt(y, false, true, out var year, out var yearEnd) && (!yearMustFitDay || ValidDay(year, month, day)))
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
    }

    private bool RelativeYearAt(int i, out int year, out int end)
    {
        year = DateSpec.Unknown;
        end = i;
        var j = i;
        if (IsKeyword(j, DateKeyword.Of) || IsKeyword(j, DateKeyword.In))
        {
            j++;
        }

        if (IsWord(j, WordClass.Relative) || TextIs(j, "last"))
        {
            var rel = IsWord(j, WordClass.Relative) ? _tokens[j].Value : -1;
            if (IsWord(j + 1, WordClass.Unit) && _tokens[j + 1].Value == (int)DateUnit.Year)
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
}
