namespace Ingest.Normalizers.Dates;

/// <content>Calendar points named by a weekday: Monday, next Friday, Tuesday the 3rd.</content>
internal sealed partial class DateParser
{
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
        if (i > 0 && Upper(i - 1) && IsPlainWord(i - 1) && _tokens[i - 1].Length > 1)
        {
            return false;
        }

        var weekday = _tokens[i].Value;
        var k = i + 1;
        var abbreviated = _tokens[i].Length <= 4;
        if (IsSymbol(k, '.') && IsJoinedToPrevious(k) && abbreviated && k + 1 < _tokenCount)
        {
            k++;
        }

        var d = k;
        if (IsSymbol(d, ',') || (IsSymbol(d, '(') && IsJoinedToPrevious(d + 1)))
        {
            d++;
        }

        if (IsDash(d) && IsJoinedToPrevious(d))
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
            if (IsSymbol(end, ')') && IsSymbol(d - 1, '('))
            {
                end++;
            }

            return true;
        }

        // "Friday the 22nd": the weekday picks the month.
        if (IsKeyword(k, DateKeyword.The) && DayAt(k + 1, true, out var day, out var dayEnd))
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
        if (IsKeyword(w, DateKeyword.Of))
        {
            w++;
        }

        if ((IsWord(w, WordClass.Relative) || TextIs(w, "last")) && IsWord(w + 1, WordClass.Unit) && _tokens[w + 1].Value == (int)DateUnit.Week)
        {
            spec = WeekdayInWeek(IsWord(w, WordClass.Relative) ? _tokens[w].Value : -1, weekday);
            end = w + 2;
            return true;
        }

        // A weekday alone; abbreviations ("sat", "sun", "wed") only where a day is clearly meant.
        var prevCue = IsKeyword(i - 1, DateKeyword.On) || IsKeyword(i - 1, DateKeyword.By) || IsKeyword(i - 1, DateKeyword.Until) || IsKeyword(i - 1, DateKeyword.Since)
            || IsKeyword(i - 1, DateKeyword.From) || IsKeyword(i - 1, DateKeyword.To) || IsKeyword(i - 1, DateKeyword.Through) || IsKeyword(i - 1, DateKeyword.Between) || IsSymbol(i - 1, '|');
        if (abbreviated && !prevCue && !(Upper(i) && IsSymbol(i + 1, '.')) && !inRange)
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
}
