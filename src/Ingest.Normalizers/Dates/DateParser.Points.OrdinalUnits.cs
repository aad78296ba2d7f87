using System.Globalization;

namespace Ingest.Normalizers.Dates;

/// <content>Calendar points counted by an ordinal within a larger unit: the first week of May, the 2nd Monday of March.</content>
internal sealed partial class DateParser
{
    /// <summary>"the 19th century", "the first week of 2015", "the third quarter of 2016", "the first Friday of July", "second Sunday".</summary>
    private bool RuleOrdinalUnit(int i, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        var j = SkipThe(i);
        int n;
        int k;
        if (IsNumber(j) && _tokens[j].Has(TokenFlags.Ordinal))
        {
            n = _tokens[j].Value;
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

        if (IsDash(k) && IsJoinedToPrevious(k))
        {
            k++;
        }

        if (IsWord(k, WordClass.Unit))
        {
            var unit = (DateUnit)_tokens[k].Value;
            var u = k + 1;
            if (unit == DateUnit.Century && n >= 1 && n <= 30)
            {
                spec = DateSpec.Point(DateGrain.Century);
                spec.Century = n - 1;
                end = u;
                if (IsKeyword(end, DateKeyword.Of) || !IsKeyword(i, DateKeyword.The))
                {
                    // "the 19th century" or "19th century"; nothing follows.
                }

                return true;
            }

            if (unit is DateUnit.Week or DateUnit.Quarter && n is >= 1 and <= 53 or -1)
            {
                if (IsKeyword(u, DateKeyword.Of) || IsKeyword(u, DateKeyword.In))
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
                    return hasYear || IsKeyword(i, DateKeyword.The);
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

        if (IsKeyword(k, DateKeyword.Half) && n is 1 or 2 && (IsKeyword(k + 1, DateKeyword.Of) || IsKeyword(k + 1, DateKeyword.In)))
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

            if (IsKeyword(u, DateKeyword.The) && IsWord(u + 1, WordClass.Unit) && _tokens[u + 1].Value == (int)DateUnit.Year && !IsPlural(u + 1) && _ref is { } current)
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
            spec.Weekday = _tokens[k].Value;
            spec.NthWeekday = n;
            if ((IsKeyword(u, DateKeyword.Of) || IsKeyword(u, DateKeyword.In)) && IsWord(u + 1, WordClass.Month))
            {
                spec.Month = _tokens[u + 1].Value;
                spec.YearMissing = true;
                end = u + 2;
                return true;
            }

            if ((IsKeyword(u, DateKeyword.Of) || IsKeyword(u, DateKeyword.In)) && IsWord(u + 1, WordClass.Relative) && IsWord(u + 2, WordClass.Unit) && _tokens[u + 2].Value == (int)DateUnit.Month)
            {
                if (_ref is { } r)
                {
                    var m = r.AddMonths(_tokens[u + 1].Value);
                    spec.Month = m.Month;
                    spec.Year = m.Year;
                    ResolveNthWeekday(ref spec);
                }

                end = u + 3;
                return true;
            }

            if (Boundary(u) && !IsKeyword(u, DateKeyword.Of) && !IsKeyword(u, DateKeyword.In) && _ref is { } reference)
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
        if (IsWord(u, WordClass.Relative) && IsWord(u + 1, WordClass.Unit) && _tokens[u + 1].Value == (int)DateUnit.Month && !IsPlural(u + 1))
        {
            end = u + 2;
            if (_ref is not { } r)
            {
                return true;
            }

            var month = r.AddMonths(_tokens[u].Value);
            spec.Year = month.Year;
            spec.Month = month.Month;
            MarkRelativeYear(ref spec);
            return ResolveWeekOfMonth(ref spec);
        }

        if (!IsWord(u, WordClass.Month) || (TextIs(u, "may") && !Upper(u)))
        {
            return false;
        }

        spec.Month = _tokens[u].Value;
        end = u + 1;
        if (IsSymbol(end, '.') && IsJoinedToPrevious(end) && _tokens[u].Length <= 4)
        {
            end++;
        }

        var y = IsSymbol(end, ',') ? end + 1 : end;
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
}
