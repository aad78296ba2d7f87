namespace Ingest.Normalizers.Numbers;

/// <content>Parsing the core quantity: a digit literal, number words, scales, fractions and ordinals.</content>
internal sealed partial class NumberScanner
{
    /// <summary>
    /// Parses a quantity at <paramref name="p"/>: a digit literal or number words with scales, <c>and</c>, hyphens, fractions,
    /// ordinals, <c>point</c> decimals and vague plurals. Returns false when there is none; <paramref name="skipTo"/> then says how far to skip.
    /// </summary>
    private bool ParseQuantity(int p, bool afterCurrency, out NumberQuantity quantity, out int skipTo)
    {
        var reading = new QuantityReading(p);
        skipTo = p + 1;
        var c = At(p);
        if (IsDigit(c) || IsVulgarFraction(c) || (c == _decimalSeparator && IsDigit(At(p + 1))))
        {
            var opening = ReadOpeningLiteral(p, afterCurrency, ref reading, ref skipTo);
            if (opening != OpeningLiteral.ReadOn)
            {
                quantity = reading.Quantity;
                return opening == OpeningLiteral.Complete;
            }
        }

        ReadQuantityTokens(ref reading);
        quantity = reading.Quantity;
        return FinishQuantity(p, reading.End, reading.Tokens, reading.Previous, reading.Fraction, reading.Value, reading.Words, ref quantity, ref skipTo);
    }

    /// <summary>
    /// A digit literal opening a quantity, with what is glued to it: a fraction (<c>3/4</c>), a suffix (<c>5k</c>,
    /// <c>115USD</c>, <c>3x</c>, <c>21st</c>) or a detached scale (<c>5 m</c> of millions).
    /// </summary>
    private OpeningLiteral ReadOpeningLiteral(int p, bool afterCurrency, ref QuantityReading reading, ref int skipTo)
    {
        var literalEnd = ParseLiteral(p, afterCurrency, out var literal, out var integerDigits, out var grouped, out var isDecimal, out skipTo);
        if (literalEnd < 0)
        {
            return OpeningLiteral.Rejected;
        }

        if (TryLiteralFraction(p, literal, literalEnd, isDecimal, grouped, ref reading.Quantity, ref skipTo, out var fractionAccepted))
        {
            return fractionAccepted ? OpeningLiteral.Complete : OpeningLiteral.Rejected;
        }

        var suffixEnd = ReadLiteralSuffix(literalEnd, afterCurrency, isDecimal, out var suffixScale, out var suffixCurrency, out var suffixKind, out var reject);
        if (suffixEnd == literalEnd)
        {
            suffixEnd = ReadDetachedScale(literalEnd, isDecimal, out suffixScale);
        }

        if (reject)
        {
            // 1980s is a decade; 3D, 10am, 5G are identifiers left alone.
            skipTo = SkipRun(p);
            return OpeningLiteral.Rejected;
        }

        ref var quantity = ref reading.Quantity;
        if (suffixKind == NumberKind.Multiplier)
        {
            quantity.Kind = NumberKind.Multiplier;
            quantity.Value = literal;
            quantity.End = suffixEnd;
            return OpeningLiteral.Complete;
        }

        if (suffixKind == NumberKind.Ordinal)
        {
            quantity.Kind = NumberKind.Ordinal;
            quantity.Value = literal;
            quantity.End = suffixEnd;
            quantity.PlainDigits = true;
            quantity.IntegerDigits = integerDigits;
            return isDecimal ? OpeningLiteral.Rejected : OpeningLiteral.Complete;
        }

        // Apostrophe decades: 1980's.
        if (IsApostrophe(At(literalEnd)) && At(literalEnd + 1) is 's' && !char.IsLetter(At(literalEnd + 2)) && literal % 10 == 0)
        {
            skipTo = literalEnd + 2;
            return OpeningLiteral.Rejected;
        }

        quantity.PlainDigits = suffixEnd == literalEnd;
        quantity.IntegerDigits = integerDigits;
        quantity.Grouped = grouped;
        quantity.Currency = suffixCurrency;
        quantity.Words = false;
        if (isDecimal)
        {
            quantity.Kind = NumberKind.Decimal;
        }

        StartWithLiteral(ref reading, literal * suffixScale, suffixScale, suffixEnd);
        if (suffixCurrency is not null)
        {
            quantity.Value = reading.Value;
            quantity.End = reading.End;
            return OpeningLiteral.Complete;
        }

        return OpeningLiteral.ReadOn;
    }

    /// <summary>Starts the reading with a literal's value; a scale suffix (<c>5k</c>) closes its group as a scale word would.</summary>
    private static void StartWithLiteral(ref QuantityReading reading, double value, double suffixScale, int end)
    {
        reading.Words = false;
        reading.Current = value;
        if (suffixScale > 1)
        {
            reading.Quantity.Scaled = true;
            reading.Quantity.Scale = suffixScale;
            reading.LastScale = suffixScale;
            reading.Previous = QuantityPart.Scale;
            reading.Total = reading.Current;
            reading.Current = 0;
        }
        else
        {
            reading.Previous = QuantityPart.Digits;
        }

        reading.End = end;
        reading.Position = end;
        reading.Tokens = 1;
    }

    /// <summary>Reads tokens after the start of a quantity until one cannot continue it.</summary>
    private void ReadQuantityTokens(ref QuantityReading reading)
    {
        while (reading.Position < _end)
        {
            var before = reading.Current;

            // Words are separated by spaces or by a hyphen (twenty-six, fifty - two, one-fifth).
            var r = SkipSpaces(reading.Position);
            reading.Hyphen = false;
            if (IsDash(At(r)) && reading.Tokens > 0)
            {
                reading.Hyphen = true;
                r = SkipSpaces(r + 1);
            }

            if (r >= _end)
            {
                return;
            }

            var step = IsDigit(At(r)) ? ReadDigitsAfterScale(r, ref reading) : ReadQuantityWord(r, ref reading);
            if (step == QuantityStep.Stop)
            {
                return;
            }

            if (step == QuantityStep.TakeWord)
            {
                reading.Tokens++;
                reading.End = reading.WordEnd;
                reading.Position = reading.WordEnd;
                reading.SinceAnd += reading.Current - before;
            }
        }
    }

    /// <summary>A digit literal continues a quantity only after a scale word: 4 thousand 3 hundred and 21.</summary>
    private QuantityStep ReadDigitsAfterScale(int r, ref QuantityReading reading)
    {
        if (reading.Hyphen || !(reading.Previous is QuantityPart.Scale or QuantityPart.And)
            || (reading.Previous == QuantityPart.Scale && reading.LastScale < 1000 && !reading.Words))
        {
            return QuantityStep.Stop;
        }

        var literalEnd = ParseLiteral(r, false, out var literal, out _, out var grouped, out var isDecimal, out _);
        if (literalEnd < 0 || grouped || char.IsLetter(At(literalEnd)) || (reading.LastScale > 0 && literal >= reading.LastScale) || isDecimal && reading.Previous != QuantityPart.And)
        {
            return QuantityStep.Stop;
        }

        reading.Current += literal;
        reading.End = literalEnd;
        reading.Position = literalEnd;
        reading.Previous = QuantityPart.Digits;
        reading.Tokens++;
        return QuantityStep.ReadOn;
    }

    /// <summary>A number word continuing a quantity, by its role in the vocabulary.</summary>
    private QuantityStep ReadQuantityWord(int r, ref QuantityReading reading)
    {
        if (!char.IsLetter(At(r)))
        {
            return QuantityStep.Stop;
        }

        var wordEnd = WordEnd(r);
        if (!_vocabulary.Words.TryGetValue(Span(r, wordEnd), out var word))
        {
            return QuantityStep.Stop;
        }

        reading.WordEnd = wordEnd;
        if (word.Has(NumberWordRole.Unit) && !word.Has(NumberWordRole.Zero))
        {
            return ReadUnitWord(word, ref reading);
        }

        if (word.Has(NumberWordRole.Zero))
        {
            return ReadZeroWord(ref reading);
        }

        if (word.Has(NumberWordRole.Tens))
        {
            return ReadTensWord(word, ref reading);
        }

        if (word.Has(NumberWordRole.Hundred))
        {
            return ReadHundredWord(ref reading);
        }

        if (word.Has(NumberWordRole.Scale))
        {
            return ReadScaleWord(word, ref reading);
        }

        if (word.Has(NumberWordRole.Dozen))
        {
            return ReadDozenWord(ref reading);
        }

        if (word.Has(NumberWordRole.Article))
        {
            return ReadArticleWord(ref reading);
        }

        if (word.Has(NumberWordRole.And))
        {
            return ReadAndWord(ref reading);
        }

        if (word.Has(NumberWordRole.Point))
        {
            return ReadPointWord(ref reading);
        }

        if (word.Has(NumberWordRole.Denominator | NumberWordRole.PluralDenominator | NumberWordRole.Ordinal))
        {
            return ReadFractionOrOrdinalWord(word, ref reading);
        }

        return QuantityStep.Stop;
    }
}
