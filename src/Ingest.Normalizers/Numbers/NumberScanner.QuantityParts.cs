namespace Ingest.Normalizers.Numbers;

/// <content>The parts of a quantity that <see cref="ParseQuantity"/> reads apart: fraction literals, scaled fractions, a leading half, and the closing step.</content>
internal sealed partial class NumberScanner
{
    /// <summary>
    /// A fraction word read; a scale after it multiplies it (<c>a quarter million</c>, <c>two thirds of a million</c>), and
    /// <c>half a dozen</c> is six. Returns the value and moves <paramref name="end"/> over what it read.
    /// </summary>
    private double ScaleFraction(double fraction, bool isHalf, ref int end, ref NumberQuantity quantity)
    {
        var after = NextWordInfo(end, out _, out var afterEnd);
        if (after.Has(NumberWordRole.Scale))
        {
            end = afterEnd;
            quantity.Scaled = true;
            quantity.Kind = NumberKind.Cardinal;
            return fraction * after.Value;
        }

        if (after.Has(NumberWordRole.Of) && NextWordInfo(afterEnd, out _, out var aEnd).Has(NumberWordRole.Article)
            && NextWordInfo(aEnd, out _, out var sEnd) is var s && s.Has(NumberWordRole.Scale))
        {
            end = sEnd;
            quantity.Scaled = true;
            quantity.Kind = NumberKind.Cardinal;
            return fraction * s.Value;
        }

        if (isHalf && after.Has(NumberWordRole.Article) && NextWordInfo(afterEnd, out _, out var dEnd).Has(NumberWordRole.Dozen))
        {
            end = dEnd;
            quantity.Kind = NumberKind.Cardinal;
            return 6;
        }

        return fraction;
    }

    /// <summary>
    /// <c>half</c> opening a quantity: a half alone, <c>half a dozen</c> and <c>half dozen</c> (six), <c>half a million</c>
    /// and <c>half million</c>. Returns the value and moves <paramref name="end"/> over what it read.
    /// </summary>
    private double ReadLeadingHalf(ref int end, ref NumberQuantity quantity)
    {
        quantity.Kind = NumberKind.Fraction;
        var after = NextWordInfo(end, out _, out var afterEnd);
        if (after.Has(NumberWordRole.Article) && NextWordInfo(afterEnd, out _, out var dEnd).Has(NumberWordRole.Dozen))
        {
            end = dEnd;
            quantity.Kind = NumberKind.Cardinal;
            return 6;
        }

        if (after.Has(NumberWordRole.Dozen) && after.Value == 12)
        {
            end = afterEnd;
            quantity.Kind = NumberKind.Cardinal;
            return 6;
        }

        if (after.Has(NumberWordRole.Article) && NextWordInfo(afterEnd, out _, out var mEnd) is var m && m.Has(NumberWordRole.Scale))
        {
            end = mEnd;
            quantity.Kind = NumberKind.Cardinal;
            quantity.Scaled = true;
            return 0.5 * m.Value;
        }

        if (after.Has(NumberWordRole.Scale))
        {
            end = afterEnd;
            quantity.Kind = NumberKind.Cardinal;
            quantity.Scaled = true;
            return 0.5 * after.Value;
        }

        return 0.5;
    }

    /// <summary>
    /// Closes a parsed quantity: rejects an article or nothing read (<c>a</c> alone is not one), then sets its value, end and
    /// what it was written with (words, plain digits, a scale).
    /// </summary>
    private bool FinishQuantity(int p, int end, int tokens, QuantityPart last, bool fraction, double value, bool words, ref NumberQuantity quantity, ref int skipTo)
    {
        if (tokens == 0 || end <= p || last is QuantityPart.Article && !fraction && quantity.Kind != NumberKind.Cardinal)
        {
            skipTo = Math.Max(p + 1, WordEnd(p));
            return false;
        }

        if (last == QuantityPart.Article && value == 1 && quantity.Kind == NumberKind.Cardinal && !quantity.Scaled)
        {
            skipTo = WordEnd(p);
            return false;
        }

        quantity.Value = value;
        quantity.End = end;
        quantity.Words = words;
        if (words)
        {
            quantity.PlainDigits = false;
        }

        if (tokens > 1 || quantity.Scaled)
        {
            quantity.IsBareOne = false;
            if (quantity.PlainDigits && quantity.Scaled)
            {
                quantity.PlainDigits = false;
            }
        }

        if (!words && last is not QuantityPart.Digits)
        {
            quantity.PlainDigits = false;
        }

        return true;
    }

    /// <summary>
    /// A digit literal written as a fraction: <c>3/4</c>, <c>2 1/4</c>, <c>1½</c>, <c>½</c>. Returns whether the literal
    /// was one of these forms; <paramref name="accepted"/> then says whether it is a number (a slashed pair with a
    /// denominator out of range is a code or a date, and is rejected).
    /// </summary>
    private bool TryLiteralFraction(int p, double literal, int literalEnd, bool isDecimal, bool grouped, ref NumberQuantity quantity, ref int skipTo, out bool accepted)
    {
        accepted = false;

        // Mixed numbers and digit fractions: 2 1/4, 3/4, 1½.
        if (!isDecimal && !grouped && At(literalEnd) == '/' && IsDigit(At(literalEnd + 1)))
        {
            var r = literalEnd + 1;
            double denominator = 0;
            while (IsDigit(At(r)))
            {
                denominator = (denominator * 10) + (At(r) - '0');
                r++;
            }

            if (denominator is < 2 or > 1000 || char.IsLetter(At(r)) || At(r) == '/')
            {
                skipTo = SkipRun(p);
                return true;
            }

            quantity.Value = literal / denominator;
            quantity.Kind = NumberKind.Fraction;
            quantity.End = r;
            accepted = true;
            return true;
        }

        // 2 1/4
        if (!isDecimal && !grouped && IsInlineSpace(At(literalEnd)) && TryDigitFraction(SkipInlineSpaces(literalEnd), out var mixedFraction, out var mixedEnd))
        {
            quantity.Value = literal + mixedFraction;
            quantity.Kind = NumberKind.Fraction;
            quantity.End = mixedEnd;
            accepted = true;
            return true;
        }

        if (IsVulgarFraction(At(literalEnd)) && !isDecimal)
        {
            quantity.Value = literal + char.GetNumericValue(At(literalEnd));
            quantity.Kind = NumberKind.Fraction;
            quantity.End = literalEnd + 1;
            accepted = true;
            return true;
        }

        if (IsVulgarFraction(At(p)))
        {
            quantity.Value = literal;
            quantity.Kind = NumberKind.Fraction;
            quantity.End = literalEnd;
            accepted = true;
            return true;
        }

        return false;
    }
}
