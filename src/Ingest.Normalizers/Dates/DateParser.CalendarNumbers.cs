namespace Ingest.Normalizers.Dates;

/// <content>Numbers of the calendar: number words, days of the month, years, two-digit years and valid days.</content>
internal sealed partial class DateParser
{
    /// <summary>Reads "twenty-first", "two hundred and sixty seven", "fifteen".</summary>
    private bool NumberWords(int i, out int value, out int end, out bool ordinal)
    {
        var total = 0;
        var current = 0;
        var any = false;
        var j = i;
        ordinal = false;
        while (j < _tokenCount && _tokens[j].Kind == TokenKind.Word)
        {
            ref readonly var t = ref _tokens[j];
            if (t.Class == WordClass.Cardinal)
            {
                var v = t.Value;
                if (v == 100)
                {
                    if (!any)
                    {
                        break;
                    }

                    current = (current == 0 ? 1 : current) * 100;
                }
                else if (v == 1000)
                {
                    if (!any)
                    {
                        break;
                    }

                    total += (current == 0 ? 1 : current) * 1000;
                    current = 0;
                }
                else if (v >= 20)
                {
                    if (any && current % 100 != 0)
                    {
                        break;
                    }

                    current += v;
                }
                else
                {
                    if (any && (current % 10 != 0 || current % 100 == 10))
                    {
                        break;
                    }

                    if (any && current == 0 && total == 0)
                    {
                        break;
                    }

                    current += v;
                }

                any = true;
                j++;
                if (IsDash(j) && IsJoinedToPrevious(j) && IsJoinedToPrevious(j + 1) && (IsWord(j + 1, WordClass.Cardinal) || IsWord(j + 1, WordClass.Ordinal)) && _tokens[j + 1].Value < 10)
                {
                    j++;
                }
                else if (IsKeyword(j, DateKeyword.And) && (total > 0 || current >= 100) && (IsWord(j + 1, WordClass.Cardinal) || IsWord(j + 1, WordClass.Ordinal)))
                {
                    j++;
                }

                continue;
            }

            if (t.Class == WordClass.Ordinal)
            {
                var v = t.Value;
                if (any && (current % 10 != 0 || (v >= 20 && current % 100 != 0)))
                {
                    break;
                }

                current += v;
                ordinal = true;
                any = true;
                j++;
            }

            break;
        }

        value = total + current;
        end = j;
        return any;
    }

    /// <summary>Reads a day of the month: 14, 14th, fourteenth, twenty-first (cardinal words only when allowed).</summary>
    private bool DayAt(int i, bool allowCardinalWords, out int day, out int end)
    {
        day = 0;
        end = i;
        if (IsNumber(i))
        {
            if (_tokens[i].Digits <= 2 && _tokens[i].Value is >= 1 and <= 31 && !IsSymbol(i + 1, '%') && !(IsSymbol(i + 1, ':') && IsNumber(i + 2) && IsJoinedToPrevious(i + 1)))
            {
                day = _tokens[i].Value;
                end = i + 1;
                return true;
            }

            return false;
        }

        if (NumberWords(i, out var v, out var e, out var ordinal) && v is >= 1 and <= 31 && (ordinal || allowCardinalWords))
        {
            day = v;
            end = e;
            return true;
        }

        return false;
    }

    /// <summary>Reads a year: four digits (or more loosely, two), or words ("nineteen seventy eight", "two thousand and eighteen").</summary>
    private bool YearAt(int i, bool allowTwoDigits, bool allowWords, out int year, out int end)
    {
        year = 0;
        end = i;
        if (IsNumber(i))
        {
            ref readonly var t = ref _tokens[i];
            if (t.Has(TokenFlags.Ordinal) || IsSymbol(i + 1, '%') || (IsSymbol(i + 1, ':') && IsNumber(i + 2)) || (IsJoinedToPrevious(i + 1) && i + 1 < _tokenCount && _tokens[i + 1].Kind == TokenKind.Number))
            {
                return false;
            }

            if (t.Digits == 4 && t.Value is >= 1000 and <= 2199)
            {
                year = t.Value;
                end = i + 1;
                return true;
            }

            if (allowTwoDigits && t.Digits == 2)
            {
                year = CenturyOf(t.Value);
                end = i + 1;
                return true;
            }

            return false;
        }

        if (IsSymbol(i, '\'') && IsNumber(i + 1) && IsJoinedToPrevious(i + 1) && _tokens[i + 1].Digits == 2)
        {
            year = CenturyOf(_tokens[i + 1].Value);
            end = i + 2;
            return true;
        }

        if (!allowWords || !IsWord(i, WordClass.Cardinal))
        {
            return false;
        }

        if (NumberWords(i, out var v, out var e, out var ordinal) && !ordinal)
        {
            // Years before 2000 are said in pairs of digits ("nineteen ninety"); "one thousand five hundred" is a count.
            if (v is >= 1000 and <= 2199 && (v >= 2000 || _tokens[i].Value != 1 || IsKeyword(i - 1, DateKeyword.In) || IsKeyword(i - 1, DateKeyword.Since) || IsKeyword(i - 1, DateKeyword.Of)))
            {
                year = v;
                end = e;
                return true;
            }

            if (v is >= 10 and <= 29 && e == i + 1 || (v >= 20 && v <= 29 && e == i + 2))
            {
                // "nineteen seventy eight", "nineteen zero one", "nineteen hundred".
                if (IsWord(e, WordClass.Cardinal) && _tokens[e].Value == 100)
                {
                    year = v * 100;
                    end = e + 1;
                    return true;
                }

                if (IsWord(e, WordClass.Cardinal) && _tokens[e].Value == 0 && IsWord(e + 1, WordClass.Cardinal) && _tokens[e + 1].Value is >= 1 and <= 9)
                {
                    year = (v * 100) + _tokens[e + 1].Value;
                    end = e + 2;
                    return true;
                }

                if (NumberWords(e, out var low, out var e2, out var ord2) && !ord2 && low is >= 10 and <= 99)
                {
                    year = (v * 100) + low;
                    end = e2;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The full year of a two-digit year ("'99", "03/18/40") by a sliding window: the one of the hundred years that
    /// ends 20 years after the reference year ("40" is 1940 in 2016, "36" is 2036); without a reference, 1950-2049.
    /// </summary>
    private int CenturyOf(int twoDigits)
    {
        var last = (_ref?.Year ?? 2029) + 20;
        var year = (last / 100 * 100) + twoDigits;
        return year > last ? year - 100 : year;
    }

    private static bool ValidDay(int year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        var max = year is >= 1 and <= 9999 ? DateTime.DaysInMonth(year, month) : month == 2 ? 29 : DateTime.DaysInMonth(2001, month);
        return day <= max;
    }
}
