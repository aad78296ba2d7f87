namespace Ingest.Normalizers.Dates;

/// <content>Rules for dates written in digits: ISO and slashed dates, year ranges, years, decades.</content>
internal sealed partial class DateParser
{
    /// <summary>
    /// A date written in digits at <paramref name="i"/> (after an optional <c>the</c>): a decade (<c>1980s</c>, <c>the '40s</c>),
    /// a date that starts with its year (<c>2019-09-01</c>, <c>2016 Q3</c>, a year alone) or with its month or day
    /// (<c>3/7/2017</c>, <c>11/2016</c>).
    /// </summary>
    private bool RuleNumeric(int i, bool inRange, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        var j = SkipThe(i);
        var hasThe = j > i;
        if (TryApostropheDecade(j, ref end, ref spec))
        {
            return true;
        }

        if (!IsNumber(j) || IsOrdinalOrGluedNumber(j) || IsDesignation(j))
        {
            return false;
        }

        var value = _tokens[j].Value;
        var digits = _tokens[j].Digits;
        if (value % 10 == 0 && digits is 4 or 2)
        {
            var decade = ReadDecade(i, j, hasThe, ref end, ref spec);
            if (decade != NumericOutcome.NotThisForm)
            {
                return decade == NumericOutcome.Matched;
            }
        }

        if (digits == 4 && value is >= 1000 and <= 2199)
        {
            return RuleYearFirst(i, j, hasThe, inRange, ref end, ref spec);
        }

        return digits <= 2 && RuleMonthOrDayFirst(i, j, inRange, ref end, ref spec);
    }

    /// <summary>"the '40s": a decade of the twentieth century with its century left out.</summary>
    private bool TryApostropheDecade(int j, ref int end, ref DateSpec spec)
    {
        if (!(IsSymbol(j, '\'') && IsNumber(j + 1) && IsJoinedToPrevious(j + 1) && _tokens[j + 1].Digits == 2 && _tokens[j + 1].Value % 10 == 0 && TextIs(j + 2, "s") && IsJoinedToPrevious(j + 2)))
        {
            return false;
        }

        spec = DateSpec.Point(DateGrain.Decade);
        spec.Decade = 190 + (_tokens[j + 1].Value / 10);
        spec.Inferred = DateInferredParts.Century;
        spec.InferredFrom = DateInferenceSource.Assumption;
        end = j + 3;
        return true;
    }

    /// <summary>
    /// A number that is no date part: an ordinal, or digits glued to money, a number sign, a decimal point or a word
    /// (<c>$2000</c>, <c>#12</c>, <c>A320</c>), except after a dash (checked by <see cref="IsDesignation"/>) or a half-year <c>H</c>.
    /// </summary>
    private bool IsOrdinalOrGluedNumber(int j)
    {
        var glued = _tokens[j].Has(TokenFlags.Ordinal)
            || (j > 0 && IsJoinedToPrevious(j) && (IsSymbol(j - 1, '$') || IsSymbol(j - 1, '€') || IsSymbol(j - 1, '£') || IsSymbol(j - 1, '#')
                || IsSymbol(j - 1, '.') || IsSymbol(j - 1, ',') || _tokens[j - 1].Kind == TokenKind.Word));

        // "Mi-24" is "Mi", "-", "24": a word glued by a dash is a designation, checked apart.
        return glued && !(IsDash(j - 1) && j > 1 && _tokens[j - 2].Kind == TokenKind.Word) && !(j > 0 && _tokens[j - 1].Kind == TokenKind.Word && TextIs(j - 1, "H"));
    }

    /// <summary>"Mi-24" is a designation; "mid-1990s" is not.</summary>
    private bool IsDesignation(int j) =>
        j > 1 && IsDash(j - 1) && IsJoinedToPrevious(j) && IsJoinedToPrevious(j - 1) && _tokens[j - 2].Kind == TokenKind.Word && !IsKeyword(j - 2, DateKeyword.Mid);

    /// <summary>
    /// Decades: 1980s, 1970's, and with the century left out the 70s, 70's, which need a cue before them (<c>the</c>,
    /// <c>in</c>, <c>of</c>, <c>early</c>, <c>late</c>) and are no band of values (<see cref="ValueDecades"/>).
    /// </summary>
    private NumericOutcome ReadDecade(int i, int j, bool hasThe, ref int end, ref DateSpec spec)
    {
        var s = j + 1;
        if (IsSymbol(s, '\'') && IsJoinedToPrevious(s))
        {
            s++;
        }

        if (!(TextIs(s, "s") && IsJoinedToPrevious(s) && (s + 1 >= _tokenCount || _tokens[s + 1].Kind != TokenKind.Word || _tokens[s + 1].Has(TokenFlags.SpaceBefore))))
        {
            return NumericOutcome.NotThisForm;
        }

        var value = _tokens[j].Value;
        spec = DateSpec.Point(DateGrain.Decade);
        if (_tokens[j].Digits == 4)
        {
            if (value is < 1000 or > 2190)
            {
                return NumericOutcome.Rejected;
            }

            spec.Decade = value / 10;
            spec.YearStated = true;
        }
        else
        {
            // "highs in the 30s", "in her 40s": a band of values, which the numbers read (the rule is shared with them).
            if ((!hasThe && !IsKeyword(i - 1, DateKeyword.In) && !IsKeyword(i - 1, DateKeyword.Of) && !IsKeyword(i - 1, DateKeyword.Early) && !IsKeyword(i - 1, DateKeyword.Late))
                || ValueDecades.IsValueDecade(_source, _tokens[j].Start))
            {
                return NumericOutcome.Rejected;
            }

            spec.Decade = 190 + (value / 10);
            spec.Inferred = DateInferredParts.Century;
            spec.InferredFrom = DateInferenceSource.Assumption;
        }

        end = s + 1;
        return NumericOutcome.Matched;
    }

    /// <summary>The symbol right after the number at <paramref name="k"/> - 1, or a null character.</summary>
    private char SeparatorAt(int k) => k < _tokenCount && _tokens[k].Kind == TokenKind.Symbol ? _tokens[k].Symbol : '\0';

    /// <summary>The separator at <paramref name="k"/> touches the numbers on both sides (<c>3/7</c>, not <c>3 / 7</c>).</summary>
    private bool IsTightSeparator(int k) => IsJoinedToPrevious(k) && IsJoinedToPrevious(k + 1);

    private static bool IsDateSeparator(char separator) => separator is '-' or '/' or '.' or '–';
}
