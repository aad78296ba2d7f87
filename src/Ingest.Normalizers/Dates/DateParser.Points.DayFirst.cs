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
        var hasThe = IsKeyword(j, DateKeyword.The);
        if (hasThe)
        {
            j++;
        }

        if (!DayAt(j, inRange || hasThe, out var day, out var dayEnd))
        {
            return false;
        }

        var isDigits = IsNumber(j);
        if (isDigits && j > 0 && IsJoinedToPrevious(j) && (IsSymbol(j - 1, '.') || IsSymbol(j - 1, ',') || IsSymbol(j - 1, '/') || IsSymbol(j - 1, '$') || _tokens[j - 1].Kind == TokenKind.Word))
        {
            return false;
        }

        var k = dayEnd;
        if (IsSymbol(k, '.') && IsJoinedToPrevious(k) && isDigits)
        {
            k++;
        }

        if ((IsDash(k) || IsSymbol(k, '/')) && IsJoinedToPrevious(k) && IsJoinedToPrevious(k + 1))
        {
            k++;
        }

        if (IsKeyword(k, DateKeyword.Of))
        {
            k++;
        }

        if (IsWord(k, WordClass.Month) && !(TextIs(k, "may") && !Upper(k) && !isDigits && !IsKeyword(k - 1, DateKeyword.Of)))
        {
            var month = _tokens[k].Value;
            var abbreviated = _tokens[k].Length <= 4 && !TextIs(k, "may");
            spec = DateSpec.Point(DateGrain.Day);
            spec.Month = month;
            spec.Day = day;
            end = k + 1;
            // The dot of "Aug." at the very end is the sentence's full stop as well; the extent stops before it.
            if (IsSymbol(end, '.') && IsJoinedToPrevious(end) && abbreviated && end + 1 < _tokenCount)
            {
                end++;
            }

            ReadYearAfterDay(ref spec, ref end, month, day, yearMustFitDay: false);

            if (!ValidDay(spec.Year == DateSpec.Unknown ? 2000 : spec.Year, month, day))
            {
                return false;
            }

            // "the" belongs to "the 4th of March" but the span of "14 September" starts at the number.
            return true;
        }

        // "20th of next month", "31st of this month"
        var r = dayEnd;
        if (IsKeyword(r, DateKeyword.Of) || IsKeyword(r, DateKeyword.In))
        {
            r++;
        }

        if (IsWord(r, WordClass.Relative) && IsWord(r + 1, WordClass.Unit) && _tokens[r + 1].Value == (int)DateUnit.Month)
        {
            spec = DateSpec.Point(DateGrain.Day);
            spec.Day = day;
            end = r + 2;
            if (_ref is { } reference)
            {
                var m = reference.AddMonths(_tokens[r].Value);
                spec.Year = m.Year;
                spec.Month = m.Month;
                spec.Inferred = DateInferredParts.Year | DateInferredParts.Month;
                spec.InferredFrom = _refSource;
            }

            return true;
        }

        // A day alone: "the 27th", "on the second", "on 15" — never "the 27th floor" or "the 102nd base".
        var ordinalForm = !isDigits || _tokens[j].Has(TokenFlags.Ordinal);
        var onCue = IsKeyword(i - 1, DateKeyword.On) || IsKeyword(i - 1, DateKeyword.For) || IsKeyword(i - 1, DateKeyword.By) || IsKeyword(i - 1, DateKeyword.Until) || IsKeyword(i - 1, DateKeyword.Since);
        var ends = dayEnd >= _tokenCount || (_tokens[dayEnd].Kind == TokenKind.Symbol && _tokens[dayEnd].Symbol is not '%' and not '-' and not '/' and not '–');
        var ok = inRange || (ends && ((hasThe && ordinalForm) || (onCue && (ordinalForm || isDigits))));
        if (!ok || (dayEnd < _tokenCount && (_tokens[dayEnd].Kind == TokenKind.Number || IsSymbol(dayEnd, '%') || (IsSymbol(dayEnd, '.') && IsNumber(dayEnd + 1) && IsJoinedToPrevious(dayEnd + 1)))))
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
