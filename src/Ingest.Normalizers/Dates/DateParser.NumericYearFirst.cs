namespace Ingest.Normalizers.Dates;

/// <content>Numeric dates that start with a four-digit year: ISO dates, year-month, year ranges left to the range rule, quarters, a year alone.</content>
internal sealed partial class DateParser
{
    /// <summary>A date that starts with the four-digit year at <paramref name="j"/>.</summary>
    private bool RuleYearFirst(int i, int j, bool hasThe, bool inRange, ref int end, ref DateSpec spec)
    {
        var k = j + 1;
        var separator = SeparatorAt(k);
        if (IsDateSeparator(separator))
        {
            var outcome = ReadYearFirstDigits(j, separator, ref end, ref spec);
            if (outcome != NumericOutcome.NotThisForm)
            {
                return outcome == NumericOutcome.Matched;
            }
        }

        if (TryYearThenMonthName(j, ref end, ref spec) || TryYearQuarterOrHalf(j, ref end, ref spec) || TryYearThenOrdinalQuarter(j, ref end, ref spec))
        {
            return true;
        }

        // A year alone; "the 2020 elections" is tagged from the number.
        if (hasThe || !YearAt(j, false, false, out var year, out var yearEnd) || !YearContext(i, j, yearEnd, inRange))
        {
            return false;
        }

        spec = DateSpec.Point(DateGrain.Year);
        spec.Year = year;
        spec.YearStated = true;
        end = yearEnd;
        return true;
    }

    /// <summary>
    /// YYYY-MM-DD, YYYY/MM/DD, YYYY.M.D, 2019-sep-1; YYYY-MM; and year ranges (1988-1994, 1826-28, 1987-88), which are
    /// rejected here for the range rule to read.
    /// </summary>
    private NumericOutcome ReadYearFirstDigits(int j, char separator, ref int end, ref DateSpec spec)
    {
        var k = j + 1;
        var tight = IsTightSeparator(k);
        var year = _tokens[j].Value;
        if (tight && (IsNumber(k + 1) || IsWord(k + 1, WordClass.Month)) && IsSymbol(k + 2, separator) && IsJoinedToPrevious(k + 2) && IsJoinedToPrevious(k + 3)
            && IsNumber(k + 3) && _tokens[k + 3].Digits <= 2)
        {
            var month = _tokens[k + 1].Value;
            var day = _tokens[k + 3].Value;
            if ((IsNumber(k + 1) && _tokens[k + 1].Digits > 2) || !ValidDay(year, month, day))
            {
                return NumericOutcome.Rejected;
            }

            spec = DateSpec.Point(DateGrain.Day);
            spec.Year = year;
            spec.Month = month;
            spec.Day = day;
            spec.YearStated = true;
            end = k + 4;
            return NumericOutcome.Matched;
        }

        if (!IsNumber(k + 1) || (separator == '.' && !tight))
        {
            return NumericOutcome.NotThisForm;
        }

        if (!tight && separator is not ('/' or '-'))
        {
            return NumericOutcome.Rejected;
        }

        if (IsYearRangeAfterYear(j, separator, tight))
        {
            // A year range; TryRange reads it.
            return NumericOutcome.Rejected;
        }

        ref readonly var second = ref _tokens[k + 1];
        var monthReading = second.Digits <= 2 && second.Value is >= 1 and <= 12 && separator != '–';
        if (monthReading && !IsSymbol(k + 2, separator) && (k + 2 >= _tokenCount || _tokens[k + 2].Kind != TokenKind.Number))
        {
            spec = DateSpec.Point(DateGrain.Month);
            spec.Year = year;
            spec.Month = second.Value;
            spec.YearStated = true;
            end = k + 2;
            return NumericOutcome.Matched;
        }

        return NumericOutcome.NotThisForm;
    }

    /// <summary>
    /// Whether the number after the year and its separator ends a year range (1988-1994, 1826-28, 1987-88) rather than
    /// giving a month (2016-11); a two-digit end that could be a month is a range only when written tight with a dash and no leading zero.
    /// </summary>
    private bool IsYearRangeAfterYear(int j, char separator, bool tight)
    {
        var year = _tokens[j].Value;
        ref readonly var second = ref _tokens[j + 2];
        var dashLike = separator is '-' or '–';
        var rangeEnd = -1;
        if (dashLike || separator == '/')
        {
            if (second.Digits == 4 && second.Value > year && second.Value <= year + 300)
            {
                rangeEnd = second.Value;
            }
            else if (second.Digits == 2 && second.Value > year % 100)
            {
                rangeEnd = (year / 100 * 100) + second.Value;
            }
        }

        var monthReading = second.Digits <= 2 && second.Value is >= 1 and <= 12 && separator != '–';
        return rangeEnd > 0 && (!monthReading || second.Digits == 4 || (second.Digits == 2 && Text(j + 2)[0] != '0' && tight && dashLike));
    }

    /// <summary>2016 November, 2016, nov: a year then a month name (not "2016 may", nor a month that starts a day date).</summary>
    private bool TryYearThenMonthName(int j, ref int end, ref DateSpec spec)
    {
        var m = j + 1;
        if (IsSymbol(m, ','))
        {
            m++;
        }

        if (!IsWord(m, WordClass.Month) || TextIs(m, "may") || (Upper(m + 1) && IsPlainWord(m + 1))
            || (m + 1 < _tokenCount && (IsNumber(m + 1) || IsWord(m + 1, WordClass.Cardinal) || IsWord(m + 1, WordClass.Ordinal))))
        {
            return false;
        }

        spec = DateSpec.Point(DateGrain.Month);
        spec.Year = _tokens[j].Value;
        spec.Month = _tokens[m].Value;
        spec.YearStated = true;
        end = m + 1;
        return true;
    }

    /// <summary>2016 Q3, 2016H2: a quarter or half of the year.</summary>
    private bool TryYearQuarterOrHalf(int j, ref int end, ref DateSpec spec)
    {
        var k = j + 1;
        if (!((IsKeyword(k, DateKeyword.Q) || TextIs(k, "H")) && IsNumber(k + 1) && IsJoinedToPrevious(k + 1) && _tokens[k + 1].Digits == 1))
        {
            return false;
        }

        var half = TextIs(k, "H");
        var part = _tokens[k + 1].Value;
        if (part < 1 || part > (half ? 2 : 4))
        {
            return false;
        }

        spec = DateSpec.Point(DateGrain.Quarter);
        spec.Year = _tokens[j].Value;
        spec.YearStated = true;
        if (half)
        {
            spec.Half = part;
        }
        else
        {
            spec.Quarter = part;
        }

        end = k + 2;
        return true;
    }

    /// <summary>2016 the third quarter.</summary>
    private bool TryYearThenOrdinalQuarter(int j, ref int end, ref DateSpec spec)
    {
        var k = j + 1;
        if (!(IsKeyword(k, DateKeyword.The) && RuleOrdinalUnit(k, out var quarterEnd, out var quarter) && quarter.Grain == DateGrain.Quarter && quarter.Year == DateSpec.Unknown))
        {
            return false;
        }

        spec = quarter;
        spec.Year = _tokens[j].Value;
        spec.YearStated = true;
        spec.YearMissing = false;
        end = quarterEnd;
        return true;
    }
}
