namespace Ingest.Normalizers.Numbers;

/// <content>
/// Two-sided ranges. Rule: two amounts joined by a dash, a tilde, <c>to</c>, <c>through</c>, or <c>and</c> after
/// <c>between</c> are one range; a scale letter or word written on the far end only carries to the near end when the
/// near end is smaller without it (<c>$5-10 million</c>), and each end may carry its own (<c>5k-20k</c>). A leading
/// <c>between</c> or <c>from</c> belongs to the range's text.
/// </content>
internal sealed partial class NumberScanner
{
    /// <summary>The far end of a range: <c>-300,000</c>, <c>to 300,000</c>, <c>and 30</c> after <c>between</c>.</summary>
    private bool TryRangeEnd(int start, int end, NumberQuantity low, bool money, out double high, out int rangeEnd, out NumberQuantity highQuantity)
    {
        high = 0;
        rangeEnd = end;
        highQuantity = default;
        if (low.Kind is not (NumberKind.Cardinal or NumberKind.Decimal))
        {
            return false;
        }

        int r;
        var dashed = false;
        if (At(end) == '~' || (At(end) == ' ' && At(end + 1) == '~'))
        {
            // 20~100: a tilde between two numbers is a range in East Asian and technical writing.
            r = SkipInlineSpaces(At(end) == '~' ? end + 1 : end + 2);
        }
        else if (IsDash(At(end)) || (At(end) == ' ' && IsDash(At(end + 1)) && At(end + 2) == ' '))
        {
            // three-nought-four: a chain of hyphenated numbers is a score or a spelled-out code, not a range.
            if (IsDash(Before(low.Start)) && char.IsLetterOrDigit(Before(low.Start - 1)))
            {
                return false;
            }

            dashed = true;
            r = SkipInlineSpaces(IsDash(At(end)) ? end + 1 : end + 2);
        }
        else
        {
            var connector = NextWordInfo(end, out var cs, out var ce);
            var isTo = WordIs(cs, ce, "to") || WordIs(cs, ce, "through") || WordIs(cs, ce, "thru");
            var isAnd = connector.Has(NumberWordRole.And) && PreviousWordInfo(start, out var bs, out var be).Has(NumberWordRole.RangeStart) && WordIs(bs, be, "between");
            if (!isTo && !isAnd)
            {
                return false;
            }

            r = SkipInlineSpaces(ce);
        }

        if (money && EnglishNumberVocabulary.SymbolCurrency(At(r)) is not null)
        {
            r = SkipInlineSpaces(r + 1);
        }

        // between -6 and -2, -10 to -4: a signed far end after a word or tilde (after a dash, "5--2" is not English).
        var negativeHigh = !dashed && At(r) is '-' or '−' && IsDigit(At(r + 1));
        if (negativeHigh)
        {
            r++;
        }

        if (!(IsDigit(At(r)) || char.IsLetter(At(r))) || (low.Words != !IsDigit(At(r)) && !char.IsLetter(At(r))))
        {
            return false;
        }

        if (!ParseQuantity(r, money, out highQuantity, out _) || highQuantity.Kind is not (NumberKind.Cardinal or NumberKind.Decimal) || highQuantity.Words != low.Words)
        {
            return false;
        }

        if (dashed && IsDash(At(highQuantity.End)) && char.IsLetterOrDigit(At(highQuantity.End + 1)))
        {
            return false;
        }

        high = negativeHigh ? -highQuantity.Value : highQuantity.Value;
        rangeEnd = highQuantity.End;
        return true;
    }

    /// <summary>
    /// A range whose near end is <paramref name="quantity"/> (<c>150,000-300,000</c>, <c>$5-10 million</c>, <c>5-10 km</c>), with
    /// the currency, percent sign or unit written after the far end. A range of years is left to the dates:
    /// <paramref name="pairLeftAloneEnd"/> then says where it ends (otherwise -1).
    /// </summary>
    private bool TryTwoSidedRange(int start, int end, int floor, NumberQuantity quantity, string? currency, ref NumberMatch match, out int pairLeftAloneEnd)
    {
        pairLeftAloneEnd = -1;
        if (!TryRangeEnd(start, end, quantity, currency is not null, out var high, out var rangeEnd, out var highQuantity))
        {
            return false;
        }

        var lowValue = match.Value;
        if (highQuantity.Scaled && !quantity.Scaled && highQuantity.Scale > 1 && lowValue * highQuantity.Scale <= high)
        {
            lowValue *= highQuantity.Scale;
        }

        var highIsYear = IsYearLike(highQuantity) || (highQuantity.PlainDigits && highQuantity.IntegerDigits == 2);
        if (IsYearLike(quantity) && highIsYear && !quantity.Grouped)
        {
            // 1988-1994, 1826-28, between 1994 and 2009: a year range belongs to the dates.
            pairLeftAloneEnd = rangeEnd;
            return false;
        }

        var rangeCurrency = currency;
        if (rangeCurrency is null && TryCurrencyAfter(rangeEnd, out var rc, out var rf, out var rcEnd))
        {
            rangeCurrency = rc;
            lowValue *= rf;
            high *= rf;
            rangeEnd = rcEnd;
        }

        var percent = false;
        if (rangeCurrency is null && TryPercentAfter(rangeEnd, out var percentEnd))
        {
            percent = true;
            rangeEnd = percentEnd;
        }

        if (high < lowValue && rangeCurrency is null && !percent && quantity.PlainDigits && highQuantity.PlainDigits && IsDash(At(end)))
        {
            // 3-1, 312-289: ranges are written low to high, so a dashed pair that descends is a score or a tally.
            pairLeftAloneEnd = rangeEnd;
            return false;
        }

        if (high > lowValue)
        {
            match.Start = RangeLeadStart(match.Start, floor);
            match.Kind = NumberKind.Range;
            match.Value = double.NaN;
            match.Low = lowValue;
            match.High = high;
            match.HasBounds = true;
            match.End = rangeEnd;
            match.Currency = rangeCurrency;
            match.Approximate = IsHedged(match.Start);
            match.Percent = percent;
            if (rangeCurrency is null && !percent && !TryRangeMeasure(rangeEnd, ref match))
            {
                CaptureUnit(rangeEnd, plural: true, ordinal: false, ref match);
            }

            return true;
        }

        return false;
    }

    /// <summary>Where a range starting at <paramref name="start"/> begins with its lead word (<c>between</c>, <c>from</c>), not before <paramref name="floor"/>.</summary>
    private int RangeLeadStart(int start, int floor)
        => PreviousWord(start, out var s, out var e) && s >= floor && (WordIs(s, e, "between") || WordIs(s, e, "from")) ? s : start;
}
