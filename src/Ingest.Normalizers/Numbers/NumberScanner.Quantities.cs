namespace Ingest.Normalizers.Numbers;

/// <content>Parsing the core quantity: a digit literal, number words, scales, fractions and ordinals.</content>
internal sealed partial class NumberScanner
{
    private enum Last
    {
        None,
        Article,
        Unit,
        Teen,
        Tens,
        Hundred,
        Scale,
        Digits,
        And,
    }

    /// <summary>
    /// Parses a quantity at <paramref name="p"/>: a digit literal or number words with scales, <c>and</c>, hyphens, fractions,
    /// ordinals, <c>point</c> decimals and vague plurals. Returns false when there is none; <paramref name="skipTo"/> then says how far to skip.
    /// </summary>
    private bool ParseQuantity(int p, bool afterCurrency, out NumberQuantity quantity, out int skipTo)
    {
        quantity = default;
        quantity.Start = p;
        quantity.Kind = NumberKind.Cardinal;
        skipTo = p + 1;
        double total = 0;
        double current = 0;
        double lastScale = 0;
        var last = Last.None;
        var q = p;
        var end = p;
        var tokens = 0;
        var words = true;

        var c = At(p);
        if (IsDigit(c) || IsVulgarFraction(c) || (c == _decimalSeparator && IsDigit(At(p + 1))))
        {
            var literalEnd = ParseLiteral(p, afterCurrency, out var literal, out var integerDigits, out var grouped, out var isDecimal, out skipTo);
            if (literalEnd < 0)
            {
                return false;
            }

            if (TryLiteralFraction(p, literal, literalEnd, isDecimal, grouped, ref quantity, ref skipTo, out var fractionAccepted))
            {
                return fractionAccepted;
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
                return false;
            }

            if (suffixKind == NumberKind.Multiplier)
            {
                quantity.Kind = NumberKind.Multiplier;
                quantity.Value = literal;
                quantity.End = suffixEnd;
                return true;
            }

            if (suffixKind == NumberKind.Ordinal)
            {
                quantity.Kind = NumberKind.Ordinal;
                quantity.Value = literal;
                quantity.End = suffixEnd;
                quantity.PlainDigits = true;
                quantity.IntegerDigits = integerDigits;
                return !isDecimal;
            }

            // Apostrophe decades: 1980's.
            if (IsApostrophe(At(literalEnd)) && At(literalEnd + 1) is 's' && !char.IsLetter(At(literalEnd + 2)) && literal % 10 == 0)
            {
                skipTo = literalEnd + 2;
                return false;
            }

            quantity.PlainDigits = suffixEnd == literalEnd;
            quantity.IntegerDigits = integerDigits;
            quantity.Grouped = grouped;
            quantity.Currency = suffixCurrency;
            quantity.Words = false;
            words = false;
            current = literal * suffixScale;
            if (suffixScale > 1)
            {
                quantity.Scaled = true;
                quantity.Scale = suffixScale;
                lastScale = suffixScale;
                last = Last.Scale;
                total = current;
                current = 0;
            }
            else
            {
                last = Last.Digits;
            }

            if (isDecimal)
            {
                quantity.Kind = NumberKind.Decimal;
            }

            end = suffixEnd;
            q = suffixEnd;
            tokens = 1;
            if (suffixCurrency is not null)
            {
                quantity.Value = total + current;
                quantity.End = end;
                return true;
            }
        }

        var fraction = false;
        double sinceAnd = 0;
        while (q < _end)
        {
            var before = current;
            // Words are separated by spaces or by a hyphen (twenty-six, fifty - two, one-fifth).
            var r = SkipSpaces(q);
            var hyphen = false;
            if (IsDash(At(r)) && tokens > 0)
            {
                hyphen = true;
                r = SkipSpaces(r + 1);
            }

            if (r >= _end)
            {
                break;
            }

            // A digit literal continues only after a scale word: 4 thousand 3 hundred and 21.
            if (IsDigit(At(r)))
            {
                if (hyphen || !(last is Last.Scale or Last.And) || (last == Last.Scale && lastScale < 1000 && !words))
                {
                    break;
                }

                var literalEnd = ParseLiteral(r, false, out var literal, out _, out var grouped, out var isDecimal, out _);
                if (literalEnd < 0 || grouped || char.IsLetter(At(literalEnd)) || (lastScale > 0 && literal >= lastScale) || isDecimal && last != Last.And)
                {
                    break;
                }

                current += literal;
                end = literalEnd;
                q = literalEnd;
                last = Last.Digits;
                tokens++;
                continue;
            }

            if (!char.IsLetter(At(r)))
            {
                break;
            }

            var wordEnd = WordEnd(r);
            if (!_vocabulary.Words.TryGetValue(Span(r, wordEnd), out var word))
            {
                break;
            }

            if (word.Has(NumberWordRole.Unit) && !word.Has(NumberWordRole.Zero))
            {
                var v = word.Value;
                if (v < 10)
                {
                    if (!(last is Last.None or Last.Tens or Last.Hundred or Last.Scale or Last.And) || (last == Last.Tens && current % 10 != 0))
                    {
                        // one one-hundredth, three one-thousandths, one one hundred fifth
                        if (v == 1 && words && last is Last.Unit or Last.Teen or Last.Tens && TryUnitDenominator(wordEnd, total + current, out var unitFraction, out var unitFractionEnd))
                        {
                            current = unitFraction;
                            total = 0;
                            end = unitFractionEnd;
                            q = unitFractionEnd;
                            tokens++;
                            quantity.Kind = NumberKind.Fraction;
                            fraction = true;
                        }

                        break;
                    }

                    current += v;
                    last = Last.Unit;
                }
                else
                {
                    if (!(last is Last.None or Last.Hundred or Last.Scale or Last.And) || hyphen)
                    {
                        break;
                    }

                    current += v;
                    last = Last.Teen;
                }

                quantity.IsBareOne = tokens == 0 && v == 1;
            }
            else if (word.Has(NumberWordRole.Zero))
            {
                if (last != Last.None)
                {
                    break;
                }

                last = Last.Unit;
            }
            else if (word.Has(NumberWordRole.Tens) && last is Last.Unit or Last.Teen or Last.Tens or Last.Article or Last.Hundred or Last.Scale && !hyphen
                && TryCompoundDenominator(wordEnd, word.Value, total + current, out var compound, out var compoundEnd))
            {
                // one twenty-fifth, three twenty-firsts
                current = compound;
                total = 0;
                end = compoundEnd;
                q = compoundEnd;
                tokens++;
                quantity.Kind = NumberKind.Fraction;
                fraction = true;
                break;
            }
            else if (word.Has(NumberWordRole.Tens))
            {
                if (!(last is Last.None or Last.Hundred or Last.Scale or Last.And) || hyphen)
                {
                    break;
                }

                current += word.Value;
                last = Last.Tens;
            }
            else if (word.Has(NumberWordRole.Hundred))
            {
                if (!(last is Last.Unit or Last.Teen or Last.Tens or Last.Digits or Last.Article) || (current >= 100 && !(last == Last.Digits && tokens == 1)))
                {
                    break;
                }

                current = (current == 0 ? 1 : current) * 100;
                last = Last.Hundred;
                quantity.Scaled = true;
                quantity.Scale = Math.Max(quantity.Scale, 100);
            }
            else if (word.Has(NumberWordRole.Scale))
            {
                var scale = word.Value;
                if (last is Last.None or Last.And)
                {
                    break;
                }

                if (last == Last.Scale && current == 0 && scale > lastScale)
                {
                    total *= scale;
                }
                else if (lastScale != 0 && scale >= lastScale)
                {
                    break;
                }
                else
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }

                lastScale = scale;
                last = Last.Scale;
                quantity.Scaled = true;
                quantity.Scale = Math.Max(quantity.Scale, scale);
            }
            else if (word.Has(NumberWordRole.Dozen))
            {
                if (!(last is Last.Unit or Last.Teen or Last.Tens or Last.Digits or Last.Article or Last.Hundred))
                {
                    break;
                }

                // three hundred and two dozens: the dozens multiply what follows "and".
                current = sinceAnd > 0 && sinceAnd < current ? current - sinceAnd + (sinceAnd * 12) : (current == 0 ? 1 : current) * 12;
                end = wordEnd;
                q = wordEnd;
                tokens++;
                quantity.Kind = NumberKind.Cardinal;
                break;
            }
            else if (word.Has(NumberWordRole.Article))
            {
                if (last != Last.None || hyphen)
                {
                    break;
                }

                var next = NextWordInfo(wordEnd, out _, out _);
                if (!next.Has(NumberWordRole.Hundred | NumberWordRole.Scale | NumberWordRole.Dozen | NumberWordRole.Denominator) || next.Has(NumberWordRole.Ordinal) && next.Value < 3)
                {
                    break;
                }

                current = 1;
                last = Last.Article;
                quantity.Start = p;
            }
            else if (word.Has(NumberWordRole.And))
            {
                if (!(last is Last.Hundred or Last.Scale or Last.Unit or Last.Teen or Last.Tens or Last.Digits))
                {
                    break;
                }

                // and a half, and three quarters, and two thirds
                if (TryMixedFraction(wordEnd, out var mixed, out var mixedEnd))
                {
                    var scaleInfo = NextWordInfo(mixedEnd, out _, out var scaleEnd);
                    var smallerScale = scaleInfo.Has(NumberWordRole.Scale) && (lastScale == 0 || scaleInfo.Value < lastScale);
                    var unitOfFraction = last == Last.Scale && current == 0 ? lastScale : 1;
                    if (smallerScale && unitOfFraction > 1)
                    {
                        // one billion and a half million: the fraction is of the smaller scale that follows it.
                        current = mixed * scaleInfo.Value;
                        end = scaleEnd;
                        q = scaleEnd;
                        tokens++;
                        fraction = true;
                        break;
                    }

                    current += mixed * unitOfFraction;
                    end = mixedEnd;
                    q = mixedEnd;
                    tokens++;
                    fraction = true;

                    // five and a half million
                    if (smallerScale && unitOfFraction == 1)
                    {
                        total += current * scaleInfo.Value;
                        current = 0;
                        end = scaleEnd;
                        q = scaleEnd;
                        quantity.Scaled = true;
                        quantity.Scale = Math.Max(quantity.Scale, scaleInfo.Value);
                    }

                    break;
                }

                if (!(last is Last.Hundred or Last.Scale))
                {
                    break;
                }

                var next = NextWordInfo(wordEnd, out var ns, out _);
                var nextIsDigit = IsDigit(At(SkipSpaces(wordEnd)));
                if (!(next.Has(NumberWordRole.Unit | NumberWordRole.Tens) && !next.Has(NumberWordRole.Zero)) && !(nextIsDigit && last is Last.Hundred or Last.Scale))
                {
                    break;
                }

                // 3 hundred and 2 hundred are two numbers.
                if (nextIsDigit)
                {
                    // 4 thousand 3 hundred and 0: nobody adds a zero, so it is a number of its own.
                    var literalEnd = ParseLiteral(SkipSpaces(wordEnd), false, out var added, out _, out _, out _, out _);
                    if (literalEnd < 0 || added == 0 || NextWordInfo(literalEnd, out _, out _).Has(NumberWordRole.Hundred | NumberWordRole.Scale))
                    {
                        break;
                    }
                }

                last = Last.And;
                q = wordEnd;
                sinceAnd = 0;
                continue;
            }
            else if (word.Has(NumberWordRole.Point))
            {
                if (!words && last == Last.Digits && tokens == 1 && quantity.Kind == NumberKind.Cardinal && !quantity.Grouped && IsInlineSpace(At(wordEnd)))
                {
                    // 2 point 5: digits read out with the word for the decimal point.
                    var digitsStart = SkipInlineSpaces(wordEnd);
                    var digitsEnd = digitsStart;
                    while (IsDigit(At(digitsEnd)))
                    {
                        digitsEnd++;
                    }

                    if (digitsEnd > digitsStart && !char.IsLetter(At(digitsEnd)) && !(At(digitsEnd) == _decimalSeparator && IsDigit(At(digitsEnd + 1))))
                    {
                        current = WithDecimals(current, digitsStart, digitsEnd);
                        end = digitsEnd;
                        q = digitsEnd;
                        quantity.Kind = NumberKind.Decimal;
                        tokens++;
                    }

                    break;
                }

                if (last is Last.None or Last.And or Last.Article || tokens == 0 || !words)
                {
                    break;
                }

                if (!TryWordDecimals(wordEnd, out var decimals, out var decimalsEnd))
                {
                    break;
                }

                current += decimals;
                end = decimalsEnd;
                q = decimalsEnd;
                quantity.Kind = NumberKind.Decimal;
                tokens++;
                break;
            }
            else if (word.Has(NumberWordRole.Denominator | NumberWordRole.PluralDenominator | NumberWordRole.Ordinal))
            {
                var numerator = total + current;
                var plural = word.Has(NumberWordRole.PluralDenominator);
                var isHalf = word.Has(NumberWordRole.Half);
                // a hundred thousand trillionths: a scale ends the numerator only of a plural denominator (one thousandth is an ordinal).
                var numeratorWord = last is Last.Unit or Last.Teen or Last.Tens or Last.Article or Last.Hundred or Last.Digits || (plural && last == Last.Scale);

                if (numeratorWord && word.Has(NumberWordRole.Denominator | NumberWordRole.PluralDenominator)
                    && (plural ? numerator > 1 || last == Last.Unit : numerator == 1) && !(last == Last.Digits && !plural))
                {
                    // two thirds, a fifth, one fifth, three quarters, twenty-three fifths
                    current = numerator / word.Value;
                    total = 0;
                    end = wordEnd;
                    q = wordEnd;
                    tokens++;
                    quantity.Kind = NumberKind.Fraction;
                    fraction = true;

                    current = ScaleFraction(current, isHalf, ref end, ref quantity);
                    q = end;
                    break;
                }

                if (isHalf && last == Last.None)
                {
                    end = wordEnd;
                    current = ReadLeadingHalf(ref end, ref quantity);
                    q = end;
                    tokens++;
                    break;
                }

                if (word.Has(NumberWordRole.Quarter) && last == Last.None && NextWordInfo(wordEnd, out _, out var qEnd) is var qs && qs.Has(NumberWordRole.Scale))
                {
                    current = 0.25 * qs.Value;
                    end = qEnd;
                    q = qEnd;
                    tokens++;
                    quantity.Scaled = true;
                    break;
                }

                var bigOrdinalAfterUnit = word.Value >= 100 && last is Last.Unit or Last.Teen or Last.Tens && words;
                if (word.Has(NumberWordRole.Ordinal) && words && (last is Last.None or Last.Tens or Last.Hundred or Last.Scale or Last.And || bigOrdinalAfterUnit) && !(hyphen && last is not Last.Tens))
                {
                    // twenty-first, one hundred twenty fifth, two hundredth
                    var ordinalValue = word.Value >= 100 ? total + ((current == 0 ? 1 : current) * word.Value) : total + current + word.Value;
                    if (word.Value >= 100 && last == Last.Scale)
                    {
                        ordinalValue = total * word.Value;
                    }

                    if (last == Last.Tens && word.Value is >= 10 and < 100)
                    {
                        break;
                    }

                    total = 0;
                    current = ordinalValue;
                    end = wordEnd;
                    q = wordEnd;
                    tokens++;
                    quantity.Kind = NumberKind.Ordinal;
                    break;
                }

                break;
            }
            else
            {
                break;
            }

            tokens++;
            end = wordEnd;
            q = wordEnd;
            sinceAnd += current - before;
        }

        return FinishQuantity(p, end, tokens, last, fraction, total + current, words, ref quantity, ref skipTo);
    }
}
