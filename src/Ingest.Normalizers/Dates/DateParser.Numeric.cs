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
        if (Sym(j, '\'') && Num(j + 1) && Adj(j + 1) && _t[j + 1].Digits == 2 && _t[j + 1].Value % 10 == 0 && TextIs(j + 2, "s") && Adj(j + 2))
        {
            spec = DateSpec.Point(DateGrain.Decade);
            spec.Decade = 190 + (_t[j + 1].Value / 10);
            spec.Inferred = DateInferredParts.Century;
            spec.InferredFrom = DateInferenceSource.Assumption;
            end = j + 3;
            return true;
        }

        if (!Num(j))
        {
            return false;
        }

        ref readonly var t = ref _t[j];
        if (t.Has(TokenFlags.Ordinal) || (j > 0 && Adj(j) && (Sym(j - 1, '$') || Sym(j - 1, '€') || Sym(j - 1, '£') || Sym(j - 1, '#') || Sym(j - 1, '.') || Sym(j - 1, ',') || _t[j - 1].Kind == TokenKind.Word)))
        {
            // "Mi-24" is "Mi", "-", "24": a word glued by a dash is a designation, checked below.
            if (!(Dash(j - 1) && j > 1 && _t[j - 2].Kind == TokenKind.Word))
            {
                if (!(j > 0 && _t[j - 1].Kind == TokenKind.Word && TextIs(j - 1, "H")))
                {
                    return false;
                }
            }
        }

        // "Mi-24" is a designation; "mid-1990s" is not.
        if (j > 1 && Dash(j - 1) && Adj(j) && Adj(j - 1) && _t[j - 2].Kind == TokenKind.Word && !Kw(j - 2, DateKeyword.Mid))
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
            if (Sym(s, '\'') && Adj(s))
            {
                s++;
            }

            if (TextIs(s, "s") && Adj(s) && (s + 1 >= _n || _t[s + 1].Kind != TokenKind.Word || _t[s + 1].Has(TokenFlags.SpaceBefore)))
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
                    if (!hasThe && !Kw(i - 1, DateKeyword.In) && !Kw(i - 1, DateKeyword.Of) && !Kw(i - 1, DateKeyword.Early) && !Kw(i - 1, DateKeyword.Late))
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

        var sep = k < _n && _t[k].Kind == TokenKind.Symbol ? _t[k].Symbol : '\0';
        var sepTight = Adj(k) && Adj(k + 1);
        var isSep = sep is '-' or '/' or '.' or '–';

        if (digits == 4 && value is >= 1000 and <= 2199)
        {
            if (isSep)
            {
                // YYYY-MM-DD, YYYY/MM/DD, YYYY.M.D, 2019-sep-1
                if (sepTight && (Num(k + 1) || IsWord(k + 1, WordClass.Month)) && Sym(k + 2, sep) && Adj(k + 2) && Adj(k + 3) && Num(k + 3) && _t[k + 3].Digits <= 2)
                {
                    var month = Num(k + 1) ? _t[k + 1].Value : _t[k + 1].Value;
                    var day = _t[k + 3].Value;
                    if ((Num(k + 1) && _t[k + 1].Digits > 2) || !ValidDay(value, month, day))
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
                if (Num(k + 1) && (sep != '.' || sepTight))
                {
                    ref readonly var second = ref _t[k + 1];
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

                    if (monthReading && !Sym(k + 2, sep) && (k + 2 >= _n || _t[k + 2].Kind != TokenKind.Number))
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
            if (Sym(m, ','))
            {
                m++;
            }

            if (IsWord(m, WordClass.Month) && !TextIs(m, "may") && !(Upper(m + 1) && IsPlainWord(m + 1)) && !(m + 1 < _n && (Num(m + 1) || IsWord(m + 1, WordClass.Cardinal) || IsWord(m + 1, WordClass.Ordinal))))
            {
                spec = DateSpec.Point(DateGrain.Month);
                spec.Year = value;
                spec.Month = _t[m].Value;
                spec.YearStated = true;
                end = m + 1;
                return true;
            }

            if ((Kw(k, DateKeyword.Q) || TextIs(k, "H")) && Num(k + 1) && Adj(k + 1) && _t[k + 1].Digits == 1)
            {
                var half = TextIs(k, "H");
                var q = _t[k + 1].Value;
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

            if (Kw(k, DateKeyword.The) && RuleOrdinalUnit(k, out var qe, out var qs) && qs.Grain == DateGrain.Quarter && qs.Year == DateSpec.Unknown)
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
        if (isSep && sepTight && Num(k + 1) && _t[k + 1].Digits <= 2)
        {
            var b = _t[k + 1].Value;
            var k2 = k + 2;
            if ((Sym(k2, sep) || Sym(k2, ',')) && Adj(k2) && Num(k2 + 1) && Adj(k2 + 1) && _t[k2 + 1].Digits is 2 or 4 && !Sym(k2 + 2, sep) && !(Sym(k2 + 2, '.') && Num(k2 + 3) && Adj(k2 + 3)))
            {
                var y = _t[k2 + 1].Value;
                if (_t[k2 + 1].Digits == 2)
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

            if (Sym(k2, sep) && Num(k2 + 1) && Adj(k2 + 1))
            {
                return false;
            }

            if (Sym(k2, '%') || Sym(k2, ':') || (Num(k2) && !_t[k2].Has(TokenFlags.SpaceBefore)))
            {
                return false;
            }

            // M/D without a year: a date only where a date is expected; never a fraction such as 1/2 or 3/4.
            var cue = Kw(i - 1, DateKeyword.On) || Kw(i - 1, DateKeyword.From) || Kw(i - 1, DateKeyword.To) || Kw(i - 1, DateKeyword.Until)
                || Kw(i - 1, DateKeyword.By) || Kw(i - 1, DateKeyword.Since) || IsWord(i - 1, WordClass.Weekday) || inRange;
            var inCue = Kw(i - 1, DateKeyword.In);
            if (sep == '/')
            {
                var fraction = value < b && b <= 16 && !cue;
                if (fraction || Sym(k2, '%') || IsWord(k2, WordClass.Unit))
                {
                    return false;
                }
            }
            else if (!(cue || inCue) || Kw(i - 1, DateKeyword.From))
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
        if (isSep && (sep is '/' or '-') && Num(k + 1) && _t[k + 1].Digits == 4 && value is >= 1 and <= 12 && _t[k + 1].Value is >= 1000 and <= 2199
            && !(Sym(k + 2, sep) && Num(k + 3)))
        {
            spec = DateSpec.Point(DateGrain.Month);
            spec.Year = _t[k + 1].Value;
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
        var value = _t[j].Value;
        if (Sym(end, '%') || TextIs(end, "percent") || TextIs(end, "per") || Sym(end, '$') || (end < _n && _t[end].Kind == TokenKind.Number)
            || (Sym(end, '.') && Adj(end) && Num(end + 1) && Adj(end + 1)) || (Sym(end, ',') && Adj(end) && Num(end + 1) && Adj(end + 1)))
        {
            return false;
        }

        if (j > 0 && (Sym(j - 1, '$') || Sym(j - 1, '\\') || Sym(j - 1, '€') || Sym(j - 1, '£') || Sym(j - 1, '#') || Sym(j - 1, '+') || (Sym(j - 1, '-') && Adj(j))))
        {
            if (!(Sym(j - 1, '-') && !Adj(j - 1)))
            {
                return false;
            }
        }

        if (j > 0 && (TextIs(j - 1, "USD") || TextIs(j - 1, "EUR") || TextIs(j - 1, "No") || TextIs(j - 1, "number") || TextIs(j - 1, "page") || TextIs(j - 1, "pages")
            || TextIs(j - 1, "room") || TextIs(j - 1, "route") || TextIs(j - 1, "flight") || TextIs(j - 1, "model") || TextIs(j - 1, "version") || TextIs(j - 1, "to") && Sym(j - 2, '$')))
        {
            return false;
        }

        if (IsWord(end, WordClass.Unit) || IsWord(end, WordClass.Cardinal) || TextIs(end, "million") || TextIs(end, "billion") || TextIs(end, "km") || TextIs(end, "kg")
            || TextIs(end, "m") || TextIs(end, "people") || TextIs(end, "men") || TextIs(end, "troops") || TextIs(end, "dollars") || TextIs(end, "euros")
            || TextIs(end, "times") || TextIs(end, "feet") || TextIs(end, "metres") || TextIs(end, "meters") || TextIs(end, "miles"))
        {
            return false;
        }

        var prepositional = Kw(i - 1, DateKeyword.In) || Kw(i - 1, DateKeyword.Of) || Kw(i - 1, DateKeyword.Since) || Kw(i - 1, DateKeyword.By)
            || Kw(i - 1, DateKeyword.From) || Kw(i - 1, DateKeyword.Until) || Kw(i - 1, DateKeyword.To) || Kw(i - 1, DateKeyword.Between)
            || Kw(i - 1, DateKeyword.And) || Kw(i - 1, DateKeyword.After) || Kw(i - 1, DateKeyword.Before) || Kw(i - 1, DateKeyword.During)
            || Kw(i - 1, DateKeyword.Through) || Kw(i - 1, DateKeyword.The) || Kw(i - 1, DateKeyword.Early) || Kw(i - 1, DateKeyword.Late)
            || Kw(i - 1, DateKeyword.Mid) || Kw(i - 1, DateKeyword.For) || Kw(i - 1, DateKeyword.Over) || Kw(i - 1, DateKeyword.At)
            || Kw(i - 1, DateKeyword.On) || TextIs(i - 1, "circa") || TextIs(i - 1, "c") || TextIs(i - 1, "year") || TextIs(i - 1, "fiscal")
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
        if (!prepositional && !inRange && end < _n && _t[end].Kind == TokenKind.Word && _t[end].Class == WordClass.None && !Upper(end))
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
