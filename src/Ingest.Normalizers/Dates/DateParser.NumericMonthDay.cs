namespace Ingest.Normalizers.Dates;

/// <content>Numeric dates that start with a month or a day: M/D/Y, D/M/Y, D.M.Y, M/D without a year, M/YYYY.</content>
internal sealed partial class DateParser
{
    /// <summary>A date that starts with the one- or two-digit number at <paramref name="j"/>.</summary>
    private bool RuleMonthOrDayFirst(int i, int j, bool inRange, ref int end, ref DateSpec spec)
    {
        var k = j + 1;
        var separator = SeparatorAt(k);
        if (IsDateSeparator(separator) && IsTightSeparator(k) && IsNumber(k + 1) && _tokens[k + 1].Digits <= 2)
        {
            var withYear = ReadMonthDayYear(j, separator, ref end, ref spec);
            return withYear == NumericOutcome.NotThisForm ? TryMonthDayWithoutYear(i, j, separator, inRange, ref end, ref spec) : withYear == NumericOutcome.Matched;
        }

        // M/YYYY, 11 - 2016
        var value = _tokens[j].Value;
        if (separator is '/' or '-' && IsNumber(k + 1) && _tokens[k + 1].Digits == 4 && value is >= 1 and <= 12 && _tokens[k + 1].Value is >= 1000 and <= 2199
            && !(IsSymbol(k + 2, separator) && IsNumber(k + 3)))
        {
            spec = DateSpec.Point(DateGrain.Month);
            spec.Year = _tokens[k + 1].Value;
            spec.Month = value;
            spec.YearStated = true;
            end = k + 2;
            return true;
        }

        return false;
    }

    /// <summary>
    /// M/D/Y, D/M/Y, D.M.Y, M-D-YY, 08/12,2015. A part over 12 is the day; with both at most 12 the month comes first (the
    /// English-US default) and the day-first reading is kept as an alternative.
    /// </summary>
    private NumericOutcome ReadMonthDayYear(int j, char separator, ref int end, ref DateSpec spec)
    {
        var k2 = j + 3;
        if (!((IsSymbol(k2, separator) || IsSymbol(k2, ',')) && IsJoinedToPrevious(k2) && IsNumber(k2 + 1) && IsJoinedToPrevious(k2 + 1) && _tokens[k2 + 1].Digits is 2 or 4
            && !IsSymbol(k2 + 2, separator) && !(IsSymbol(k2 + 2, '.') && IsNumber(k2 + 3) && IsJoinedToPrevious(k2 + 3))))
        {
            return NumericOutcome.NotThisForm;
        }

        var first = _tokens[j].Value;
        var second = _tokens[j + 2].Value;
        var year = _tokens[k2 + 1].Value;
        if (_tokens[k2 + 1].Digits == 2)
        {
            year = CenturyOf(year);
        }

        var dayFirst = first > 12;
        var month = dayFirst ? second : first;
        var day = dayFirst ? first : second;
        if (!ValidDay(year, month, day) && !(month == 2 && day == 29))
        {
            return NumericOutcome.Rejected;
        }

        spec = DateSpec.Point(DateGrain.Day);
        spec.Year = year;
        spec.Month = month;
        spec.Day = day;
        spec.YearStated = true;
        spec.Alternative = !dayFirst && second <= 12 && second != first && ValidDay(year, second, first) ? KeepAlternative($"{year:D4}-{second:D2}-{first:D2}") : 0;
        end = k2 + 2;
        return NumericOutcome.Matched;
    }

    /// <summary>
    /// M/D without a year: a date only where a date is expected (after on, from, to, until, by, since, a weekday, in a
    /// range; with dots or dashes also after in), never a fraction such as 1/2 or 3/4, a ratio before % or a time.
    /// </summary>
    private bool TryMonthDayWithoutYear(int i, int j, char separator, bool inRange, ref int end, ref DateSpec spec)
    {
        var k2 = j + 3;
        if (IsSymbol(k2, separator) && IsNumber(k2 + 1) && IsJoinedToPrevious(k2 + 1))
        {
            return false;
        }

        // 4-6 points, 3/4 cups: a pair before a counted noun is a range or a fraction of a count.
        if (IsSymbol(k2, '%') || IsSymbol(k2, ':') || (IsNumber(k2) && !_tokens[k2].Has(TokenFlags.SpaceBefore)) || IsCountedNoun(k2))
        {
            return false;
        }

        var first = _tokens[j].Value;
        var second = _tokens[j + 2].Value;
        var cue = IsKeyword(i - 1, DateKeyword.On) || IsKeyword(i - 1, DateKeyword.From) || IsKeyword(i - 1, DateKeyword.To) || IsKeyword(i - 1, DateKeyword.Until)
            || IsKeyword(i - 1, DateKeyword.By) || IsKeyword(i - 1, DateKeyword.Since) || IsWord(i - 1, WordClass.Weekday) || inRange;
        if (separator == '/')
        {
            var fraction = first < second && second <= 16 && !cue;
            if (fraction || IsWord(k2, WordClass.Unit))
            {
                return false;
            }
        }
        else if (!(cue || IsKeyword(i - 1, DateKeyword.In)) || IsKeyword(i - 1, DateKeyword.From))
        {
            return false;
        }

        var dayFirst = first > 12 && second <= 12;
        var month = dayFirst ? second : first;
        var day = dayFirst ? first : second;
        if (!ValidDay(2000, month, day))
        {
            return false;
        }

        spec = DateSpec.Point(DateGrain.Day);
        spec.Month = month;
        spec.Day = day;
        spec.YearMissing = true;
        end = j + 3;
        return true;
    }
}
