namespace Ingest.Normalizers.Numbers;

/// <content>
/// The steps of <see cref="ParseQuantity"/> that join or close a quantity: <c>and</c> (with mixed fractions), the spoken
/// decimal point, fraction denominators and ordinal words.
/// </content>
internal sealed partial class NumberScanner
{
    /// <summary>
    /// and: a mixed fraction (<c>five and a half</c>), or the smaller part after a hundred or scale (<c>three hundred and two</c>);
    /// anything else ends the quantity.
    /// </summary>
    private QuantityStep ReadAndWord(ref QuantityReading reading)
    {
        if (!(reading.Previous is QuantityPart.Hundred or QuantityPart.Scale or QuantityPart.Unit or QuantityPart.Teen or QuantityPart.Tens or QuantityPart.Digits))
        {
            return QuantityStep.Stop;
        }

        // and a half, and three quarters, and two thirds
        if (TryMixedFraction(reading.WordEnd, out var mixed, out var mixedEnd))
        {
            AddMixedFraction(mixed, mixedEnd, ref reading);
            return QuantityStep.Stop;
        }

        if (!(reading.Previous is QuantityPart.Hundred or QuantityPart.Scale) || !IsAddendAfterAnd(reading.WordEnd, reading.Previous))
        {
            return QuantityStep.Stop;
        }

        reading.Previous = QuantityPart.And;
        reading.Position = reading.WordEnd;
        reading.SinceAnd = 0;
        return QuantityStep.ReadOn;
    }

    /// <summary>
    /// Whether a number a reader adds follows <c>and</c>: a unit or tens word, or a non-zero literal that no scale follows
    /// (3 hundred and 2 hundred are two numbers; nobody adds a zero: 4 thousand 3 hundred and 0).
    /// </summary>
    private bool IsAddendAfterAnd(int andEnd, QuantityPart previous)
    {
        var next = NextWordInfo(andEnd, out _, out _);
        var nextIsDigit = IsDigit(At(SkipSpaces(andEnd)));
        if (!(next.Has(NumberWordRole.Unit | NumberWordRole.Tens) && !next.Has(NumberWordRole.Zero)) && !(nextIsDigit && previous is QuantityPart.Hundred or QuantityPart.Scale))
        {
            return false;
        }

        if (!nextIsDigit)
        {
            return true;
        }

        var literalEnd = ParseLiteral(SkipSpaces(andEnd), false, out var added, out _, out _, out _, out _);
        return !(literalEnd < 0 || added == 0 || NextWordInfo(literalEnd, out _, out _).Has(NumberWordRole.Hundred | NumberWordRole.Scale));
    }

    /// <summary>
    /// Adds the fraction of <c>and a half</c>: to the units read (<c>five and a half</c>), to the scale just read (<c>a million
    /// and a half</c>), or of a smaller scale that follows it (<c>one billion and a half million</c>, <c>five and a half million</c>).
    /// </summary>
    private void AddMixedFraction(double mixed, int mixedEnd, ref QuantityReading reading)
    {
        var scaleInfo = NextWordInfo(mixedEnd, out _, out var scaleEnd);
        var smallerScale = scaleInfo.Has(NumberWordRole.Scale) && (reading.LastScale == 0 || scaleInfo.Value < reading.LastScale);
        var unitOfFraction = reading.Previous == QuantityPart.Scale && reading.Current == 0 ? reading.LastScale : 1;
        reading.Tokens++;
        reading.Fraction = true;
        if (smallerScale && unitOfFraction > 1)
        {
            // one billion and a half million: the fraction is of the smaller scale that follows it.
            reading.Current = mixed * scaleInfo.Value;
            reading.End = scaleEnd;
            reading.Position = scaleEnd;
            return;
        }

        reading.Current += mixed * unitOfFraction;
        reading.End = mixedEnd;
        reading.Position = mixedEnd;

        // five and a half million
        if (smallerScale && unitOfFraction == 1)
        {
            reading.Total += reading.Current * scaleInfo.Value;
            reading.Current = 0;
            reading.End = scaleEnd;
            reading.Position = scaleEnd;
            reading.Quantity.Scaled = true;
            reading.Quantity.Scale = Math.Max(reading.Quantity.Scale, scaleInfo.Value);
        }
    }

    /// <summary>point: decimals read out after words (<c>three point one four</c>) or after a lone literal (<c>2 point 5</c>).</summary>
    private QuantityStep ReadPointWord(ref QuantityReading reading)
    {
        if (!reading.Words && reading.Previous == QuantityPart.Digits && reading.Tokens == 1 && reading.Quantity.Kind == NumberKind.Cardinal
            && !reading.Quantity.Grouped && IsInlineSpace(At(reading.WordEnd)))
        {
            ReadDigitsAfterPoint(ref reading);
            return QuantityStep.Stop;
        }

        if (reading.Previous is QuantityPart.None or QuantityPart.And or QuantityPart.Article || reading.Tokens == 0 || !reading.Words)
        {
            return QuantityStep.Stop;
        }

        if (!TryWordDecimals(reading.WordEnd, out var decimals, out var decimalsEnd))
        {
            return QuantityStep.Stop;
        }

        reading.Current += decimals;
        TakeDecimals(ref reading, decimalsEnd);
        return QuantityStep.Stop;
    }

    /// <summary>2 point 5: digits read out with the word for the decimal point.</summary>
    private void ReadDigitsAfterPoint(ref QuantityReading reading)
    {
        var digitsStart = SkipInlineSpaces(reading.WordEnd);
        var digitsEnd = digitsStart;
        while (IsDigit(At(digitsEnd)))
        {
            digitsEnd++;
        }

        if (digitsEnd > digitsStart && !char.IsLetter(At(digitsEnd)) && !(At(digitsEnd) == _decimalSeparator && IsDigit(At(digitsEnd + 1))))
        {
            reading.Current = WithDecimals(reading.Current, digitsStart, digitsEnd);
            TakeDecimals(ref reading, digitsEnd);
        }
    }

    private static void TakeDecimals(ref QuantityReading reading, int end)
    {
        reading.End = end;
        reading.Position = end;
        reading.Quantity.Kind = NumberKind.Decimal;
        reading.Tokens++;
    }

    /// <summary>
    /// A denominator or ordinal word: a fraction over what was read (<c>two thirds</c>, <c>a fifth</c>), a leading
    /// <c>half</c> or <c>quarter</c> (<c>half a dozen</c>, <c>quarter million</c>), or an ordinal (<c>twenty-first</c>).
    /// </summary>
    private QuantityStep ReadFractionOrOrdinalWord(NumberWord word, ref QuantityReading reading)
    {
        var previous = reading.Previous;
        var numerator = reading.Value;
        var plural = word.Has(NumberWordRole.PluralDenominator);
        var isHalf = word.Has(NumberWordRole.Half);

        // a hundred thousand trillionths: a scale ends the numerator only of a plural denominator (one thousandth is an ordinal).
        var numeratorWord = previous is QuantityPart.Unit or QuantityPart.Teen or QuantityPart.Tens or QuantityPart.Article or QuantityPart.Hundred or QuantityPart.Digits
            || (plural && previous == QuantityPart.Scale);
        if (numeratorWord && word.Has(NumberWordRole.Denominator | NumberWordRole.PluralDenominator)
            && (plural ? numerator > 1 || previous == QuantityPart.Unit : numerator == 1) && !(previous == QuantityPart.Digits && !plural))
        {
            // two thirds, a fifth, one fifth, three quarters, twenty-three fifths
            reading.Current = numerator / word.Value;
            reading.Total = 0;
            TakeClosingFraction(ref reading, reading.WordEnd);
            reading.Current = ScaleFraction(reading.Current, isHalf, ref reading.End, ref reading.Quantity);
            reading.Position = reading.End;
            return QuantityStep.Stop;
        }

        if (isHalf && previous == QuantityPart.None)
        {
            reading.End = reading.WordEnd;
            reading.Current = ReadLeadingHalf(ref reading.End, ref reading.Quantity);
            reading.Position = reading.End;
            reading.Tokens++;
            return QuantityStep.Stop;
        }

        if (word.Has(NumberWordRole.Quarter) && previous == QuantityPart.None && NextWordInfo(reading.WordEnd, out _, out var scaleEnd) is var scale && scale.Has(NumberWordRole.Scale))
        {
            // a quarter million
            reading.Current = 0.25 * scale.Value;
            reading.End = scaleEnd;
            reading.Position = scaleEnd;
            reading.Tokens++;
            reading.Quantity.Scaled = true;
            return QuantityStep.Stop;
        }

        var bigOrdinalAfterUnit = word.Value >= 100 && previous is QuantityPart.Unit or QuantityPart.Teen or QuantityPart.Tens && reading.Words;
        if (word.Has(NumberWordRole.Ordinal) && reading.Words
            && (previous is QuantityPart.None or QuantityPart.Tens or QuantityPart.Hundred or QuantityPart.Scale or QuantityPart.And || bigOrdinalAfterUnit)
            && !(reading.Hyphen && previous is not QuantityPart.Tens))
        {
            ReadOrdinalWord(word, ref reading);
        }

        return QuantityStep.Stop;
    }

    /// <summary>twenty-first, one hundred twenty fifth, two hundredth; "twenty tenth" is not one number.</summary>
    private static void ReadOrdinalWord(NumberWord word, ref QuantityReading reading)
    {
        var previous = reading.Previous;
        var current = reading.Current;
        var ordinalValue = word.Value >= 100 ? reading.Total + ((current == 0 ? 1 : current) * word.Value) : reading.Total + current + word.Value;
        if (word.Value >= 100 && previous == QuantityPart.Scale)
        {
            ordinalValue = reading.Total * word.Value;
        }

        if (previous == QuantityPart.Tens && word.Value is >= 10 and < 100)
        {
            return;
        }

        reading.Total = 0;
        reading.Current = ordinalValue;
        reading.End = reading.WordEnd;
        reading.Position = reading.WordEnd;
        reading.Tokens++;
        reading.Quantity.Kind = NumberKind.Ordinal;
    }
}
