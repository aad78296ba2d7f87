namespace Ingest.Normalizers.Numbers;

/// <content>
/// The steps of <see cref="ParseQuantity"/> for number words: units, teens and tens, hundreds, scales, dozens, the article,
/// <c>and</c>, spoken decimal points, fraction denominators and ordinals.
/// </content>
internal sealed partial class NumberScanner
{
    /// <summary>one to nine and ten to nineteen: after nothing, a tens word (twenty-six), a hundred, a scale or <c>and</c>.</summary>
    private QuantityStep ReadUnitWord(NumberWord word, ref QuantityReading reading)
    {
        var value = word.Value;
        var previous = reading.Previous;
        if (value < 10)
        {
            if (!(previous is QuantityPart.None or QuantityPart.Tens or QuantityPart.Hundred or QuantityPart.Scale or QuantityPart.And)
                || (previous == QuantityPart.Tens && reading.Current % 10 != 0))
            {
                // one one-hundredth, three one-thousandths, one one hundred fifth
                if (value == 1 && reading.Words && previous is QuantityPart.Unit or QuantityPart.Teen or QuantityPart.Tens
                    && TryUnitDenominator(reading.WordEnd, reading.Value, out var unitFraction, out var unitFractionEnd))
                {
                    reading.Current = unitFraction;
                    reading.Total = 0;
                    TakeClosingFraction(ref reading, unitFractionEnd);
                }

                return QuantityStep.Stop;
            }

            reading.Current += value;
            reading.Previous = QuantityPart.Unit;
        }
        else
        {
            if (!(previous is QuantityPart.None or QuantityPart.Hundred or QuantityPart.Scale or QuantityPart.And) || reading.Hyphen)
            {
                return QuantityStep.Stop;
            }

            reading.Current += value;
            reading.Previous = QuantityPart.Teen;
        }

        reading.Quantity.IsBareOne = reading.Tokens == 0 && value == 1;
        return QuantityStep.TakeWord;
    }

    /// <summary>zero, nought: only as the whole quantity.</summary>
    private static QuantityStep ReadZeroWord(ref QuantityReading reading)
    {
        if (reading.Previous != QuantityPart.None)
        {
            return QuantityStep.Stop;
        }

        reading.Previous = QuantityPart.Unit;
        return QuantityStep.TakeWord;
    }

    /// <summary>twenty to ninety, or the start of a compound denominator after a numerator (one twenty-fifth).</summary>
    private QuantityStep ReadTensWord(NumberWord word, ref QuantityReading reading)
    {
        var previous = reading.Previous;
        if (previous is QuantityPart.Unit or QuantityPart.Teen or QuantityPart.Tens or QuantityPart.Article or QuantityPart.Hundred or QuantityPart.Scale && !reading.Hyphen
            && TryCompoundDenominator(reading.WordEnd, word.Value, reading.Value, out var compound, out var compoundEnd))
        {
            // one twenty-fifth, three twenty-firsts
            reading.Current = compound;
            reading.Total = 0;
            TakeClosingFraction(ref reading, compoundEnd);
            return QuantityStep.Stop;
        }

        if (!(previous is QuantityPart.None or QuantityPart.Hundred or QuantityPart.Scale or QuantityPart.And) || reading.Hyphen)
        {
            return QuantityStep.Stop;
        }

        reading.Current += word.Value;
        reading.Previous = QuantityPart.Tens;
        return QuantityStep.TakeWord;
    }

    /// <summary>Moves over a fraction that closes the quantity and marks the quantity a fraction.</summary>
    private static void TakeClosingFraction(ref QuantityReading reading, int end)
    {
        reading.End = end;
        reading.Position = end;
        reading.Tokens++;
        reading.Quantity.Kind = NumberKind.Fraction;
        reading.Fraction = true;
    }

    /// <summary>hundred: multiplies the group read so far (or one after the article).</summary>
    private static QuantityStep ReadHundredWord(ref QuantityReading reading)
    {
        if (!(reading.Previous is QuantityPart.Unit or QuantityPart.Teen or QuantityPart.Tens or QuantityPart.Digits or QuantityPart.Article)
            || (reading.Current >= 100 && !(reading.Previous == QuantityPart.Digits && reading.Tokens == 1)))
        {
            return QuantityStep.Stop;
        }

        reading.Current = (reading.Current == 0 ? 1 : reading.Current) * 100;
        reading.Previous = QuantityPart.Hundred;
        reading.Quantity.Scaled = true;
        reading.Quantity.Scale = Math.Max(reading.Quantity.Scale, 100);
        return QuantityStep.TakeWord;
    }

    /// <summary>thousand, million...: closes the group read so far; a larger scale right after a scale multiplies (a thousand million).</summary>
    private static QuantityStep ReadScaleWord(NumberWord word, ref QuantityReading reading)
    {
        var scale = word.Value;
        if (reading.Previous is QuantityPart.None or QuantityPart.And)
        {
            return QuantityStep.Stop;
        }

        if (reading.Previous == QuantityPart.Scale && reading.Current == 0 && scale > reading.LastScale)
        {
            reading.Total *= scale;
        }
        else if (reading.LastScale != 0 && scale >= reading.LastScale)
        {
            return QuantityStep.Stop;
        }
        else
        {
            reading.Total += (reading.Current == 0 ? 1 : reading.Current) * scale;
            reading.Current = 0;
        }

        reading.LastScale = scale;
        reading.Previous = QuantityPart.Scale;
        reading.Quantity.Scaled = true;
        reading.Quantity.Scale = Math.Max(reading.Quantity.Scale, scale);
        return QuantityStep.TakeWord;
    }

    /// <summary>dozen, score...: multiplies and closes the quantity.</summary>
    private static QuantityStep ReadDozenWord(ref QuantityReading reading)
    {
        if (!(reading.Previous is QuantityPart.Unit or QuantityPart.Teen or QuantityPart.Tens or QuantityPart.Digits or QuantityPart.Article or QuantityPart.Hundred))
        {
            return QuantityStep.Stop;
        }

        // three hundred and two dozens: the dozens multiply what follows "and".
        var current = reading.Current;
        var sinceAnd = reading.SinceAnd;
        reading.Current = sinceAnd > 0 && sinceAnd < current ? current - sinceAnd + (sinceAnd * 12) : (current == 0 ? 1 : current) * 12;
        reading.End = reading.WordEnd;
        reading.Position = reading.WordEnd;
        reading.Tokens++;
        reading.Quantity.Kind = NumberKind.Cardinal;
        return QuantityStep.Stop;
    }

    /// <summary>a, an: one, only before a hundred, a scale, a dozen or a denominator (a third, not a second).</summary>
    private QuantityStep ReadArticleWord(ref QuantityReading reading)
    {
        if (reading.Previous != QuantityPart.None || reading.Hyphen)
        {
            return QuantityStep.Stop;
        }

        var next = NextWordInfo(reading.WordEnd, out _, out _);
        if (!next.Has(NumberWordRole.Hundred | NumberWordRole.Scale | NumberWordRole.Dozen | NumberWordRole.Denominator) || next.Has(NumberWordRole.Ordinal) && next.Value < 3)
        {
            return QuantityStep.Stop;
        }

        reading.Current = 1;
        reading.Previous = QuantityPart.Article;
        return QuantityStep.TakeWord;
    }
}
