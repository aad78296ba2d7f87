namespace Ingest.Normalizers.Dates;

/// <content>Rules for dates written in digits: ISO and slashed dates, year ranges, years, decades.</content>
internal sealed partial class DateParser
{
    private bool RuleNumeric(int i, bool inRange, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        var j = SkipThe(i);
        var hasThe = j > i;

        // "the '40s"
        if (IsSymbol(j, '\'') && IsNumber(j + 1) && IsJoinedToPrevious(j + 1) && _tokens[j + 1].Digits == 2 && _tokens[j + 1].Value % 10 == 0 && TextIs(j + 2, "s") && IsJoinedToPrevious(j + 2))
        {
            spec = DateSpec.Point(DateGrain.Decade);
            spec.Decade = 190 + (_tokens[j + 1].Value / 10);
            spec.Inferred = DateInferredParts.Century;
            spec.InferredFrom = DateInferenceSource.Assumption;
            end = j + 3;
            return true;
        }

        if (!IsNumber(j))
        {
            return false;
        }

        ref readonly var t = ref _tokens[j];
        if (t.Has(TokenFlags.Ordinal) || (j > 0 && IsJoinedToPrevious(j) && (IsSymbol(j - 1, '$') || IsSymbol(j - 1, '€') || IsSymbol(j - 1, '£') || IsSymbol(j - 1, '#') || IsSymbol(j - 1, '.') || IsSymbol(j - 1, ',') || _tokens[j - 1].Kind == TokenKind.Word)))
        {
            // "Mi-24" is "Mi", "-", "24": a word glued by a dash is a designation, checked below.
            if (!(IsDash(j - 1) && j > 1 && _tokens[j - 2].Kind == TokenKind.Word))
            {
                if (!(j > 0 && _tokens[j - 1].Kind == TokenKind.Word && TextIs(j - 1, "H")))
                {
                    return false;
                }
            }
        }

        // "Mi-24" is a designation; "mid-1990s" is not.
        if (j > 1 && IsDash(j - 1) && IsJoinedToPrevious(j) && IsJoinedToPrevious(j - 1) && _tokens[j - 2].Kind == TokenKind.Word && !IsKeyword(j - 2, DateKeyword.Mid))
        {
            return false;
        }

        var value = t.Value;
        var digits = t.Digits;
        var k = j + 1;

        // Decades: 1980s, 1970's, the 70s, 70's.
        if (value % 10 == 0 && (digits == 4 || digits == 2))
        {
            var s = k;
            if (IsSymbol(s, '\'') && IsJoinedToPrevious(s))
            {
                s++;
            }

            if (TextIs(s, "s") && IsJoinedToPrevious(s) && (s + 1 >= _tokenCount || _tokens[s + 1].Kind != TokenKind.Word || _tokens[s + 1].Has(TokenFlags.SpaceBefore)))
            {
                spec = DateSpec.Point(DateGrain.Decade);
                if (digits == 4)
                {
                    if (value is < 1000 or > 2190)
                    {
                        return false;
                    }

                    spec.Decade = value / 10;
                    spec.YearStated = true;
                }
                else
                {
                    if (!hasThe && !IsKeyword(i - 1, DateKeyword.In) && !IsKeyword(i - 1, DateKeyword.Of) && !IsKeyword(i - 1, DateKeyword.Early) && !IsKeyword(i - 1, DateKeyword.Late))
                    {
                        return false;
                    }

                    spec.Decade = 190 + (value / 10);
                    spec.Inferred = DateInferredParts.Century;
                    spec.InferredFrom = DateInferenceSource.Assumption;
                }

                end = s + 1;
                return true;
            }
        }

        var sep = k < _tokenCount && _tokens[k].Kind == TokenKind.Symbol ? _tokens[k].Symbol : '\0';
        var sepTight = IsJoinedToPrevious(k) && IsJoinedToPrevious(k + 1);
        var isSep = sep is '-' or '/' or '.' or '–';

        if (digits == 4 && value is >= 1000 and <= 2199)
        {
            if (isSep)
            {
                // YYYY-MM-DD, YYYY/MM/DD, YYYY.M.D, 2019-sep-1
                if (sepTight && (IsNumber(k + 1) || IsWord(k + 1, WordClass.Month)) && IsSymbol(k + 2, sep) && IsJoinedToPrevious(k + 2) && IsJoinedToPrevious(k + 3) && IsNumber(k + 3) && _tokens[k + 3].Digits <= 2)
                {
                    var month = IsNumber(k + 1) ? _tokens[k + 1].Value : _tokens[k + 1].Value;
                    var day = _tokens[k + 3].Value;
                    if ((IsNumber(k + 1) && _tokens[k + 1].Digits > 2) || !ValidDay(value, month, day))
                    {
                        return false;
                    }

                    spec = DateSpec.Point(DateGrain.Day);
                    spec.Year = value;
                    spec.Month = month;
                    spec.Day = day;
                    spec.YearStated = true;
                    end = k + 4;
                    return true;
                }

                var dashLike = sep is '-' or '–';
                if (IsNumber(k + 1) && (sep != '.' || sepTight))
                {
                    ref readonly var second = ref _tokens[k + 1];
                    var ok = sepTight || (sep is '/' or '-');
                    if (!ok)
                    {
                        return false;
                    }

                    // 1988-1994, 1826-28, 1987-88
                    var rangeEnd = -1;
                    if (dashLike || sep == '/')
                    {
                        if (second.Digits == 4 && second.Value > value && second.Value <= value + 300)
                        {
                            rangeEnd = second.Value;
                        }
                        else if (second.Digits == 2 && second.Value > value % 100)
                        {
                            rangeEnd = (value / 100 * 100) + second.Value;
                        }
                    }

                    var monthReading = second.Digits <= 2 && second.Value is >= 1 and <= 12 && sep != '–';
                    if (rangeEnd > 0 && (!monthReading || second.Digits == 4 || (second.Digits == 2 && Text(k + 1)[0] != '0' && sepTight && dashLike)))
                    {
                        // A year range; TryRange reads it.
                        return false;
                    }

                    if (monthReading && !IsSymbol(k + 2, sep) && (k + 2 >= _tokenCount || _tokens[k + 2].Kind != TokenKind.Number))
                    {
                        spec = DateSpec.Point(DateGrain.Month);
                        spec.Year = value;
                        spec.Month = second.Value;
                        spec.YearStated = true;
                        end = k + 2;
                        return true;
                    }
                }
            }

            // 2016 November, 2016, nov; 2016 Q3; 2016H2
            var m = k;
            if (IsSymbol(m, ','))
            {
                m++;
            }

            if (IsWord(m, WordClass.Month) && !TextIs(m, "may") && !(Upper(m + 1) && IsPlainWord(m + 1)) && !(m + 1 < _tokenCount && (IsNumber(m + 1) || IsWord(m + 1, WordClass.Cardinal) || IsWord(m + 1, WordClass.Ordinal))))
            {
                spec = DateSpec.Point(DateGrain.Month);
                spec.Year = value;
                spec.Month = _tokens[m].Value;
                spec.YearStated = true;
                end = m + 1;
                return true;
            }

            if ((IsKeyword(k, DateKeyword.Q) || TextIs(k, "H")) && IsNumber(k + 1) && IsJoinedToPrevious(k + 1) && _tokens[k + 1].Digits == 1)
            {
                var half = TextIs(k, "H");
                var q = _tokens[k + 1].Value;
                if (q >= 1 && q <= (half ? 2 : 4))
                {
                    spec = DateSpec.Point(DateGrain.Quarter);
                    spec.Year = value;
                    spec.YearStated = true;
                    if (half)
                    {
                        spec.Half = q;
                    }
                    else
                    {
                        spec.Quarter = q;
                    }

                    end = k + 2;
                    return true;
                }
            }

            if (IsKeyword(k, DateKeyword.The) && RuleOrdinalUnit(k, out var qe, out var qs) && qs.Grain == DateGrain.Quarter && qs.Year == DateSpec.Unknown)
            {
                spec = qs;
                spec.Year = value;
                spec.YearStated = true;
                spec.YearMissing = false;
                end = qe;
                return true;
            }

            // A year alone; "the 2020 elections" is tagged from the number.
            if (hasThe)
            {
                return false;
            }

            if (!YearAt(j, false, false, out var year, out var yearEnd) || !YearContext(i, j, yearEnd, inRange))
            {
                return false;
            }

            spec = DateSpec.Point(DateGrain.Year);
            spec.Year = year;
            spec.YearStated = true;
            end = yearEnd;
            return true;
        }

        if (digits > 2)
        {
            return false;
        }

        // M/D/Y, D/M/Y, D.M.Y, M-D-YY, 08/12,2015. A part over 12 is the day; with both at most 12 the month comes
        // first (the English-US default) and the day-first reading is kept as an alternative.
        if (isSep && sepTight && IsNumber(k + 1) && _tokens[k + 1].Digits <= 2)
        {
            var b = _tokens[k + 1].Value;
            var k2 = k + 2;
            if ((IsSymbol(k2, sep) || IsSymbol(k2, ',')) && IsJoinedToPrevious(k2) && IsNumber(k2 + 1) && IsJoinedToPrevious(k2 + 1) && _tokens[k2 + 1].Digits is 2 or 4 && !IsSymbol(k2 + 2, sep) && !(IsSymbol(k2 + 2, '.') && IsNumber(k2 + 3) && IsJoinedToPrevious(k2 + 3)))
            {
                var y = _tokens[k2 + 1].Value;
                if (_tokens[k2 + 1].Digits == 2)
                {
                    y = CenturyOf(y);
                }

                int month, day;
                string? alternative = null;
                if (value > 12)
                {
                    day = value;
                    month = b;
                }
                else
                {
                    month = value;
                    day = b;
                    if (b <= 12 && b != value && sep != '/' && ValidDay(y, b, value))
                    {
                        alternative = $"{y:D4}-{b:D2}-{value:D2}";
                    }
                    else if (b <= 12 && b != value && sep == '/' && ValidDay(y, b, value))
                    {
                        alternative = $"{y:D4}-{b:D2}-{value:D2}";
                    }
                }

                if (!ValidDay(y, month, day) && !(month == 2 && day == 29))
                {
                    return false;
                }

                spec = DateSpec.Point(DateGrain.Day);
                spec.Year = y;
                spec.Month = month;
                spec.Day = day;
                spec.YearStated = true;
                spec.Alternative = alternative;
                end = k2 + 2;
                return true;
            }

            if (IsSymbol(k2, sep) && IsNumber(k2 + 1) && IsJoinedToPrevious(k2 + 1))
            {
                return false;
            }

            if (IsSymbol(k2, '%') || IsSymbol(k2, ':') || (IsNumber(k2) && !_tokens[k2].Has(TokenFlags.SpaceBefore)))
            {
                return false;
            }

            // M/D without a year: a date only where a date is expected; never a fraction such as 1/2 or 3/4.
            var cue = IsKeyword(i - 1, DateKeyword.On) || IsKeyword(i - 1, DateKeyword.From) || IsKeyword(i - 1, DateKeyword.To) || IsKeyword(i - 1, DateKeyword.Until)
                || IsKeyword(i - 1, DateKeyword.By) || IsKeyword(i - 1, DateKeyword.Since) || IsWord(i - 1, WordClass.Weekday) || inRange;
            var inCue = IsKeyword(i - 1, DateKeyword.In);
            if (sep == '/')
            {
                var fraction = value < b && b <= 16 && !cue;
                if (fraction || IsSymbol(k2, '%') || IsWord(k2, WordClass.Unit))
                {
                    return false;
                }
            }
            else if (!(cue || inCue) || IsKeyword(i - 1, DateKeyword.From))
            {
                return false;
            }

            int mm, dd;
            if (value > 12 && b <= 12)
            {
                dd = value;
                mm = b;
            }
            else
            {
                mm = value;
                dd = b;
            }

            if (!ValidDay(2000, mm, dd))
            {
                return false;
            }

            spec = DateSpec.Point(DateGrain.Day);
            spec.Month = mm;
            spec.Day = dd;
            spec.YearMissing = true;
            end = k + 2;
            return true;
        }

        // M/YYYY, 11 - 2016
        if (isSep && (sep is '/' or '-') && IsNumber(k + 1) && _tokens[k + 1].Digits == 4 && value is >= 1 and <= 12 && _tokens[k + 1].Value is >= 1000 and <= 2199
            && !(IsSymbol(k + 2, sep) && IsNumber(k + 3)))
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

    /// <summary>Whether a bare four-digit number reads as a year here (not "1960 peacekeepers", "$2000", "2000 percent").</summary>
    private bool YearContext(int i, int j, int end, bool inRange)
    {
        var value = _tokens[j].Value;
        if (IsSymbol(end, '%') || TextIs(end, "percent") || TextIs(end, "per") || IsSymbol(end, '$') || (end < _tokenCount && _tokens[end].Kind == TokenKind.Number)
            || (IsSymbol(end, '.') && IsJoinedToPrevious(end) && IsNumber(end + 1) && IsJoinedToPrevious(end + 1)) || (IsSymbol(end, ',') && IsJoinedToPrevious(end) && IsNumber(end + 1) && IsJoinedToPrevious(end + 1)))
        {
            return false;
        }

        if (j > 0 && (IsSymbol(j - 1, '$') || IsSymbol(j - 1, '\\') || IsSymbol(j - 1, '€') || IsSymbol(j - 1, '£') || IsSymbol(j - 1, '#') || IsSymbol(j - 1, '+') || (IsSymbol(j - 1, '-') && IsJoinedToPrevious(j))))
        {
            if (!(IsSymbol(j - 1, '-') && !IsJoinedToPrevious(j - 1)))
            {
                return false;
            }
        }

        if (j > 0 && (TextIs(j - 1, "USD") || TextIs(j - 1, "EUR") || TextIs(j - 1, "No") || TextIs(j - 1, "number") || TextIs(j - 1, "page") || TextIs(j - 1, "pages")
            || TextIs(j - 1, "room") || TextIs(j - 1, "route") || TextIs(j - 1, "flight") || TextIs(j - 1, "model") || TextIs(j - 1, "version") || TextIs(j - 1, "to") && IsSymbol(j - 2, '$')))
        {
            return false;
        }

        if (IsWord(end, WordClass.Unit) || IsWord(end, WordClass.Cardinal) || TextIs(end, "million") || TextIs(end, "billion") || TextIs(end, "km") || TextIs(end, "kg")
            || TextIs(end, "m") || TextIs(end, "people") || TextIs(end, "men") || TextIs(end, "troops") || TextIs(end, "dollars") || TextIs(end, "euros")
            || TextIs(end, "times") || TextIs(end, "feet") || TextIs(end, "metres") || TextIs(end, "meters") || TextIs(end, "miles"))
        {
            return false;
        }

        var prepositional = IsKeyword(i - 1, DateKeyword.In) || IsKeyword(i - 1, DateKeyword.Of) || IsKeyword(i - 1, DateKeyword.Since) || IsKeyword(i - 1, DateKeyword.By)
            || IsKeyword(i - 1, DateKeyword.From) || IsKeyword(i - 1, DateKeyword.Until) || IsKeyword(i - 1, DateKeyword.To) || IsKeyword(i - 1, DateKeyword.Between)
            || IsKeyword(i - 1, DateKeyword.And) || IsKeyword(i - 1, DateKeyword.After) || IsKeyword(i - 1, DateKeyword.Before) || IsKeyword(i - 1, DateKeyword.During)
            || IsKeyword(i - 1, DateKeyword.Through) || IsKeyword(i - 1, DateKeyword.The) || IsKeyword(i - 1, DateKeyword.Early) || IsKeyword(i - 1, DateKeyword.Late)
            || IsKeyword(i - 1, DateKeyword.Mid) || IsKeyword(i - 1, DateKeyword.For) || IsKeyword(i - 1, DateKeyword.Over) || IsKeyword(i - 1, DateKeyword.At)
            || IsKeyword(i - 1, DateKeyword.On) || TextIs(i - 1, "circa") || TextIs(i - 1, "c") || TextIs(i - 1, "year") || TextIs(i - 1, "fiscal")
            || IsWord(i - 1, WordClass.Month) || IsWord(i - 1, WordClass.Season);
        if (value < 1500 && !prepositional && !inRange)
        {
            return false;
        }

        if (value > 2100 && !prepositional)
        {
            return false;
        }

        // "1500 were killed", "some 2000 fled": a round hundred with nothing that marks a year is a count, left to
        // the number normalizer; years that round are written after a preposition ("in 1500").
        if (value % 100 == 0 && !prepositional && !inRange)
        {
            return false;
        }

        // "1960 peacekeepers": a count before a plural noun, unless a preposition or article marks a year ("the 2020 elections").
        if (!prepositional && !inRange && end < _tokenCount && _tokens[end].Kind == TokenKind.Word && _tokens[end].Class == WordClass.None && !Upper(end))
        {
            var word = Text(end);
            if (word.Length > 3 && word[^1] == 's' && word[^2] != 's' && word[^2] != 'u' && word[^2] != 'i')
            {
                return false;
            }
        }

        return true;
    }
}
