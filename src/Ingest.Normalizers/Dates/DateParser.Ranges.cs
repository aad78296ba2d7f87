namespace Ingest.Normalizers.Dates;

/// <content>Ranges: "1988-1994", "1826-28", "from September 27 to October 22", "September-November 2020".</content>
internal sealed partial class DateParser
{
    private bool TryRange(int i, out DateMatch match)
    {
        match = default;
        var j = i;
        var from = IsKeyword(j, DateKeyword.From);
        var between = IsKeyword(j, DateKeyword.Between);
        if (from || between)
        {
            j++;
        }

        if (TryYearRange(j, out var yearEnd, out var first, out var last, out var alternative))
        {
            match = new DateMatch { First = i, End = yearEnd, IsRange = true };
            match.Start = DateSpec.Point(DateGrain.Year);
            match.Start.Year = first;
            match.Start.YearStated = true;
            match.Start.Alternative = KeepAlternative(alternative);
            match.Finish = DateSpec.Point(DateGrain.Year);
            match.Finish.Year = last;
            match.Finish.YearStated = true;
            return true;
        }

        if (TryRestOf(i, out match) || TryWeekdaysOfWeek(i, out match))
        {
            return true;
        }

        int leftEnd;
        DateSpec left;
        if (IsNumber(j) && _tokens[j].Digits <= 2 && _tokens[j].Value is >= 1 and <= 31 && IsDash(j + 1) && IsNumber(j + 2) && _tokens[j + 2].Digits <= 2 && !_tokens[j].Has(TokenFlags.Ordinal)
            && !(IsDash(j + 3) && IsJoinedToPrevious(j + 3) && IsNumber(j + 4)))
        {
            // "4-22 January": a day range, not April 22; "3-7-2017" is one numeric date, read by RuleNumeric.
            left = DateSpec.Point(DateGrain.Day);
            left.Day = _tokens[j].Value;
            left.YearMissing = true;
            leftEnd = j + 1;
        }
        else if (!TryPoint(j, true, out leftEnd, out left) || left.Type != DateSpecType.Point)
        {
            return false;
        }

        var c = leftEnd;
        var dash = IsDash(c);
        if (!((between && IsKeyword(c, DateKeyword.And)) || IsKeyword(c, DateKeyword.To) || IsKeyword(c, DateKeyword.Until) || IsKeyword(c, DateKeyword.Through) || dash))
        {
            return false;
        }

        if (IsKeyword(c + 1, DateKeyword.The) && !RuleNumeric(c + 1, true, out _, out _) && DayAt(c + 2, true, out _, out _) && !IsWord(c + 3, WordClass.Month))
        {
            // "through the 19th"
            c++;
        }

        if (!TryPoint(c + 1, true, out var rightEnd, out var right) || right.Type != DateSpecType.Point)
        {
            return false;
        }

        // Clock times alone make time ranges (DateParser.TimeRanges); days with times ("4pm today to 5pm tomorrow") stay here.
        if (left.Grain == DateGrain.Time || right.Grain == DateGrain.Time)
        {
            return false;
        }

        var leftBare = IsBareNumber(j, leftEnd, left);
        var rightBare = IsBareNumber(c + 1, rightEnd, right);

        // "from 5 to 10" is a number range; two years are a year range only with from/between, or joined by
        // "through", "until" or "to", which numbers of other kinds seldom are ("2014 through 2018", "2014 to 2018").
        var yearsThrough = left.Grain == DateGrain.Year && right.Grain == DateGrain.Year && (IsKeyword(c, DateKeyword.Through) || IsKeyword(c, DateKeyword.Until) || IsKeyword(c, DateKeyword.To));
        if (leftBare && rightBare && !(left.Grain == DateGrain.Year && right.Grain == DateGrain.Year && (from || between || yearsThrough)))
        {
            return false;
        }

        if (!from && !between && !dash && !yearsThrough && (leftBare || rightBare) && !(left.Grain == DateGrain.Day && right.Month > 0)
            && !(rightBare && right.Grain == DateGrain.Day && left.Grain == DateGrain.Day && left.Month > 0))
        {
            return false;
        }

        if (left.Grain == DateGrain.Year && right.Grain == DateGrain.Year && right.Year != DateSpec.Unknown && left.Year != DateSpec.Unknown && right.Year < left.Year)
        {
            return false;
        }

        Fill(ref left, ref right);
        match = new DateMatch { First = i, End = rightEnd, Start = left, Finish = right, IsRange = true };
        return true;
    }

    /// <summary>"rest of the week", "rest of this month": from the reference date to the end of the unit.</summary>
    private bool TryRestOf(int i, out DateMatch match)
    {
        match = default;
        if (!IsKeyword(i, DateKeyword.Rest))
        {
            return false;
        }

        var j = i + 1;
        if (IsKeyword(j, DateKeyword.Of))
        {
            j++;
        }

        if (IsKeyword(j, DateKeyword.The) || IsKeyword(j, DateKeyword.My) || (IsWord(j, WordClass.Relative) && _tokens[j].Value == 0))
        {
            j++;
        }

        if (!IsWord(j, WordClass.Unit) || _tokens[j].Value is not ((int)DateUnit.Week or (int)DateUnit.Month or (int)DateUnit.Year))
        {
            return false;
        }

        match = new DateMatch { First = i, End = j + 1, IsRange = true };
        if (_ref is not { } r)
        {
            match.Start = DateSpec.Point(DateGrain.Day);
            match.Finish = DateSpec.Point(DateGrain.Day);
            return true;
        }

        var last = (DateUnit)_tokens[j].Value switch
        {
            DateUnit.Week => r.AddDays(6 - (((int)r.DayOfWeek + 6) % 7)),
            DateUnit.Month => new DateOnly(r.Year, r.Month, DateTime.DaysInMonth(r.Year, r.Month)),
            _ => new DateOnly(r.Year, 12, 31),
        };
        match.Start = DateSpec.OnDay(r, Relative, _refSource);
        match.Finish = DateSpec.OnDay(last, Relative, _refSource);
        return true;
    }

    /// <summary>"next week between Wednesday and Friday", "this week from Tue to Thur": both days in the stated week.</summary>
    private bool TryWeekdaysOfWeek(int i, out DateMatch match)
    {
        match = default;
        var j = SkipThe(i);
        if (!IsWord(j, WordClass.Relative) || !IsWord(j + 1, WordClass.Unit) || _tokens[j + 1].Value != (int)DateUnit.Week || IsPlural(j + 1))
        {
            return false;
        }

        var k = j + 2;
        var between = IsKeyword(k, DateKeyword.Between);
        if (!between && !IsKeyword(k, DateKeyword.From))
        {
            return false;
        }

        var first = k + 1;
        if (!IsWord(first, WordClass.Weekday))
        {
            return false;
        }

        var c = first + 1;
        if (IsSymbol(c, '.') && IsJoinedToPrevious(c))
        {
            c++;
        }

        if (!((between && IsKeyword(c, DateKeyword.And)) || (!between && (IsKeyword(c, DateKeyword.To) || IsKeyword(c, DateKeyword.Until) || IsKeyword(c, DateKeyword.Through) || IsDash(c))))
            || !IsWord(c + 1, WordClass.Weekday))
        {
            return false;
        }

        var rel = _tokens[j].Value;
        match = new DateMatch
        {
            First = i,
            End = AbbreviationDot(c + 2) && c + 3 < _tokenCount ? c + 3 : c + 2,
            Start = WeekdayInWeek(rel, _tokens[first].Value),
            Finish = WeekdayInWeek(rel, _tokens[c + 1].Value),
            IsRange = true,
        };
        return true;
    }

    /// <summary>A point read only from a number: a day ("4", "four") or a year ("1994") with nothing else stated.</summary>
    private bool IsBareNumber(int first, int end, in DateSpec spec)
    {
        var j = SkipThe(first);
        return end == j + 1 && (IsNumber(j) || IsWord(j, WordClass.Cardinal)) && ((spec.Grain == DateGrain.Day && spec.Month == 0 && spec.Weekday == 0) || spec.Grain == DateGrain.Year);
    }

    private bool TryYearRange(int j, out int end, out int first, out int last, out string? alternative)
    {
        end = j;
        first = last = 0;
        alternative = null;
        if (!IsNumber(j) || _tokens[j].Digits != 4 || _tokens[j].Value is < 1000 or > 2199 || _tokens[j].Has(TokenFlags.Ordinal))
        {
            return false;
        }

        if (j > 0 && IsJoinedToPrevious(j) && (IsSymbol(j - 1, '$') || IsSymbol(j - 1, '.') || IsSymbol(j - 1, ',') || IsSymbol(j - 1, '/') || IsDash(j - 1) || _tokens[j - 1].Kind == TokenKind.Word))
        {
            return false;
        }

        var k = j + 1;
        if (!(IsDash(k) || (IsSymbol(k, '/') && IsJoinedToPrevious(k) && IsJoinedToPrevious(k + 1))) || !IsNumber(k + 1) || _tokens[k + 1].Has(TokenFlags.Ordinal))
        {
            return false;
        }

        var value = _tokens[j].Value;
        ref readonly var second = ref _tokens[k + 1];
        if ((IsSymbol(k + 2, '-') || IsSymbol(k + 2, '/') || IsSymbol(k + 2, '.')) && IsJoinedToPrevious(k + 2) && IsNumber(k + 3))
        {
            return false;
        }

        if (IsSymbol(k + 2, '%') || IsWord(k + 2, WordClass.Unit) && !TextIs(k + 2, "war"))
        {
            // "1994-2000 km"? a unit after a year range is rare; "2000-3000 years" is not a year range.
            if (IsWord(k + 2, WordClass.Unit))
            {
                return false;
            }
        }

        var tight = IsJoinedToPrevious(k) && IsJoinedToPrevious(k + 1);
        if (second.Digits == 4 && second.Value > value && second.Value <= value + 300)
        {
            last = second.Value;
        }
        else if (second.Digits == 2 && second.Value > value % 100 && tight)
        {
            // "2010-09" is ISO year-month; "1826-28" and "1987-88" are year ranges.
            if (Text(k + 1)[0] == '0' || IsSymbol(k, '/'))
            {
                return false;
            }

            last = (value / 100 * 100) + second.Value;
            if (second.Value <= 12)
            {
                alternative = $"{value:D4}-{second.Value:D2}";
            }
        }
        else
        {
            return false;
        }

        first = value;
        end = k + 2;
        return true;
    }

    /// <summary>Gives each end of a range what the other states: "November 19-20", "September-November 2020", "from 4 to 22 January".</summary>
    private static void Fill(ref DateSpec left, ref DateSpec right)
    {
        if (left.Grain == DateGrain.Day && left.Month == 0 && left.Weekday == 0 && right.Month > 0)
        {
            left.Month = right.Month;
            left.Year = right.Year;
            left.YearMissing = right.YearMissing;
            left.Inferred |= DateInferredParts.Month | (right.Year != DateSpec.Unknown ? DateInferredParts.Year : DateInferredParts.None);
            left.InferredFrom = DateInferenceSource.RangeEnd;
        }

        if (right.Grain == DateGrain.Day && right.Month == 0 && right.Weekday == 0 && left.Month > 0 && left.Grain == DateGrain.Day)
        {
            right.Month = left.Month;
            right.Year = left.Year;
            right.YearMissing = left.YearMissing;
            right.Inferred |= DateInferredParts.Month | (left.Year != DateSpec.Unknown ? DateInferredParts.Year : DateInferredParts.None);
            right.InferredFrom = DateInferenceSource.RangeEnd;
        }

        if (left.YearMissing && !right.YearMissing && right.Year != DateSpec.Unknown && left.Month > 0)
        {
            left.Year = Before(left, right) ? right.Year : right.Year - 1;
            left.YearMissing = false;
            left.Inferred |= DateInferredParts.Year;
            left.InferredFrom = DateInferenceSource.RangeEnd;
        }
        else if (right.YearMissing && !left.YearMissing && left.Year != DateSpec.Unknown && right.Month > 0)
        {
            right.Year = Before(left, right) ? left.Year : left.Year + 1;
            right.YearMissing = false;
            right.Inferred |= DateInferredParts.Year;
            right.InferredFrom = DateInferenceSource.RangeEnd;
        }
    }

    /// <summary>Whether <paramref name="a"/>'s month and day come no later than <paramref name="b"/>'s within a year.</summary>
    private static bool Before(in DateSpec a, in DateSpec b)
    {
        var am = MonthOf(a);
        var bm = MonthOf(b);
        if (am != bm || am == 0)
        {
            return am <= bm;
        }

        return a.Day <= b.Day || b.Day == 0;
    }

    private static int MonthOf(in DateSpec s) => s.Grain switch
    {
        DateGrain.Season => s.Season * 3,
        DateGrain.Quarter => s.Half > 0 ? ((s.Half - 1) * 6) + 1 : ((s.Quarter - 1) * 3) + 1,
        _ => s.Month,
    };
}
