namespace Ingest.Normalizers.Numbers;

/// <content>
/// What follows the quantity of an expression and decides its kind: a unit, a currency, a ratio, a range, a percent sign,
/// a date around it, <c>times</c> or <c>-fold</c>; else a plain number.
/// </content>
internal sealed partial class NumberScanner
{
    /// <summary>Reads what follows the quantity and completes <paramref name="match"/>; false when the quantity is no number here.</summary>
    private bool ReadAfterQuantity(int start, int floor, ExpressionLead lead, ref NumberQuantity quantity, ref NumberMatch match, ref int skipTo)
    {
        var currency = lead.Currency ?? quantity.Currency;
        var end = quantity.End;
        if (quantity.Kind == NumberKind.Ordinal)
        {
            return FinishOrdinal(ref match, quantity, out skipTo);
        }

        if (quantity.Kind == NumberKind.Multiplier)
        {
            match.Approximate = IsHedged(match.Start);
            return lead.Currency is null;
        }

        // A unit of measure after the amount: 5 km, 7.62mm, 40 degrees Celsius, five years old.
        if (currency is null && TryMeasure(start, end, floor, quantity, ref match))
        {
            return true;
        }

        ReadCurrencyAfter(ref quantity, ref currency, ref match, ref end);
        if (currency is null && TryRatioAfter(end, quantity, ref match))
        {
            return true;
        }

        if (currency is null && !lead.Negative && (quantity.IsBareOne || (quantity.Words && quantity.Value == 1 && !quantity.Scaled)) && IsPronounOne(quantity.Start, quantity.End))
        {
            skipTo = quantity.End;
            return false;
        }

        // Ranges: 150,000-300,000, 150,000 to 300,000, between 20 and 30, $5-10 million.
        var isYear = IsYearLike(quantity);
        if (TryTwoSidedRange(start, end, floor, quantity, currency, ref match, out var pairLeftAloneEnd))
        {
            return true;
        }

        if (pairLeftAloneEnd > 0)
        {
            skipTo = pairLeftAloneEnd;
            return false;
        }

        if (currency is not null)
        {
            match.Kind = NumberKind.Currency;
            match.Currency = currency;
            match.End = end;
            match.Approximate = IsHedged(match.Start);
            return true;
        }

        if (TryPercentAfter(end, out var percentEnd))
        {
            ReadPercent(start, percentEnd, floor, quantity, ref match);
            return true;
        }

        if (IsDateContext(quantity, isYear))
        {
            skipTo = quantity.End;
            return false;
        }

        if (IsFractionOfDateOrPart(quantity, end))
        {
            skipTo = end;
            return false;
        }

        return TryMultiplierAfter(end, ref match) || FinishPlainNumber(end, quantity, ref match);
    }

    /// <summary>Ratios read as fractions: one over three, one out of three, 1 in twenty-one.</summary>
    private bool TryRatioAfter(int end, NumberQuantity quantity, ref NumberMatch match)
    {
        if (quantity.Kind != NumberKind.Cardinal || !TryRatio(end, match.Value, out var ratio, out var ratioEnd))
        {
            return false;
        }

        match.Kind = NumberKind.Fraction;
        match.Value = ratio;
        match.End = ratioEnd;
        match.Approximate = IsHedged(match.Start);
        return true;
    }

    /// <summary>A percent after the amount (<c>10%</c>, <c>5 percent</c>), or a percent range (<c>from 10% to 20%</c>, <c>10%-20%</c>, <c>between 5 percent and 7 percent</c>).</summary>
    private void ReadPercent(int start, int percentEnd, int floor, NumberQuantity quantity, ref NumberMatch match)
    {
        if (TryRangeEnd(start, percentEnd, quantity, false, out var highPercent, out var highEnd, out _) && highPercent > match.Value && TryPercentAfter(highEnd, out var rangePercentEnd))
        {
            match.Start = RangeLeadStart(match.Start, floor);
            match.Kind = NumberKind.Range;
            match.Low = match.Value;
            match.High = highPercent;
            match.Value = double.NaN;
            match.HasBounds = true;
            match.End = rangePercentEnd;
            match.Percent = true;
            match.Approximate = IsHedged(match.Start);
            return;
        }

        match.Kind = NumberKind.Percent;
        match.End = percentEnd;
        match.Approximate = IsHedged(match.Start);
    }

    /// <summary>
    /// A fraction in words that is no number: a duration (<c>a quarter century</c>, <c>half a century</c>) belongs to the
    /// dates; <c>the first half</c>, <c>the second half</c> name a part.
    /// </summary>
    private bool IsFractionOfDateOrPart(NumberQuantity quantity, int end)
    {
        if (quantity.Kind != NumberKind.Fraction || !quantity.Words)
        {
            return false;
        }

        if (NextWordInfo(end, out _, out _).Has(NumberWordRole.DateUnit))
        {
            return true;
        }

        var before = PreviousWordInfo(quantity.Start, out _, out _);
        return before.Has(NumberWordRole.Ordinal | NumberWordRole.Determiner) && !before.Has(NumberWordRole.Approximator);
    }

    /// <summary>three times, 3-fold: the amount is a multiplier.</summary>
    private bool TryMultiplierAfter(int end, ref NumberMatch match)
    {
        var timesInfo = NextWordInfo(end, out var timesStart, out var timesEnd);
        if (timesInfo.Has(NumberWordRole.Times) && (timesStart == end + 1 || !IsDash(At(end))))
        {
            match.Kind = NumberKind.Multiplier;
            match.End = timesEnd;
            match.Approximate = IsHedged(match.Start);
            return true;
        }

        if (IsDash(At(end)) && char.IsLetter(At(end + 1)) && WordIs(end + 1, WordEnd(end + 1), "fold"))
        {
            match.Kind = NumberKind.Multiplier;
            match.End = WordEnd(end + 1);
            return true;
        }

        return false;
    }

    /// <summary>A plain number: its kind from its value (1.5 billion is a whole count; 2.5 in words is a fraction) and a counted unit after it.</summary>
    private bool FinishPlainNumber(int end, NumberQuantity quantity, ref NumberMatch match)
    {
        match.End = end;
        if (match.Kind == NumberKind.Cardinal && match.Value != Math.Floor(match.Value))
        {
            match.Kind = quantity.Words ? NumberKind.Fraction : NumberKind.Decimal;
        }
        else if (match.Kind == NumberKind.Decimal && quantity.Scaled && match.Value == Math.Floor(match.Value))
        {
            match.Kind = NumberKind.Cardinal;
        }

        match.Approximate = IsHedged(match.Start);
        if (match.Kind is NumberKind.Cardinal or NumberKind.Decimal)
        {
            CaptureUnit(end, plural: Math.Abs(match.Value) != 1, ordinal: false, ref match);
        }

        return true;
    }
}
