namespace Ingest.Normalizers.Dates;

/// <content>Calendar points written day first: 12 January, the 12th of January.</content>
internal sealed partial class DateParser
{
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
}
