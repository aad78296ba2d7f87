namespace Ingest.Normalizers.Numbers;

/// <content>Fractions and decimals in words and digits: 2 1/4, three and a half, twenty-one thirds, one point five.</content>
internal sealed partial class NumberScanner
{
    /// <summary>A digit fraction <c>1/4</c> at <paramref name="p"/> with a numerator smaller than its denominator.</summary>
    private bool TryDigitFraction(int p, out double value, out int end)
    {
        value = 0;
        end = p;
        var r = p;
        double numerator = 0;
        while (IsDigit(At(r)))
        {
            numerator = (numerator * 10) + (At(r) - '0');
            r++;
        }

        if (r == p || At(r) != '/' || !IsDigit(At(r + 1)))
        {
            return false;
        }

        r++;
        double denominator = 0;
        while (IsDigit(At(r)))
        {
            denominator = (denominator * 10) + (At(r) - '0');
            r++;
        }

        if (denominator < 2 || numerator >= denominator || char.IsLetterOrDigit(At(r)) || At(r) == '/')
        {
            return false;
        }

        value = numerator / denominator;
        end = r;
        return true;
    }

    /// <summary>A denominator of tens and a unit ordinal after a numerator: <c>twenty-fifth</c>, <c>twenty firsts</c>.</summary>
    private bool TryCompoundDenominator(int tensEnd, double tens, double numerator, out double value, out int end)
    {
        value = 0;
        end = tensEnd;
        var r = SkipSpaces(tensEnd);
        if (IsDash(At(r)))
        {
            r = SkipSpaces(r + 1);
        }

        if (!char.IsLetter(At(r)))
        {
            return false;
        }

        var wordEnd = WordEnd(r);
        var word = Lookup(r, wordEnd);
        var plural = Span(r, wordEnd).EndsWith("s", StringComparison.OrdinalIgnoreCase);
        var ordinalOnes = word.Has(NumberWordRole.Ordinal) || word.Has(NumberWordRole.PluralDenominator) || (plural && Lookup(r, wordEnd - 1).Has(NumberWordRole.Ordinal));
        var ones = word.Value != 0 ? word.Value : Lookup(r, wordEnd - 1).Value;
        if (!ordinalOnes || ones is < 1 or >= 10 || numerator <= 0 || (!plural && numerator != 1))
        {
            return false;
        }

        value = numerator / (tens + ones);
        end = wordEnd;
        return true;
    }

    /// <summary>
    /// A denominator said as a number led by <c>one</c> after a numerator: <c>one-hundredth</c>, <c>one thousandths</c>,
    /// <c>one hundred fifth</c>, <c>one hundred and twenty-fifths</c>. <paramref name="oneEnd"/> is the end of that <c>one</c>;
    /// the denominator is singular after a numerator of one and plural otherwise.
    /// </summary>
    private bool TryUnitDenominator(int oneEnd, double numerator, out double value, out int end)
    {
        value = 0;
        end = oneEnd;
        var plural = numerator != 1;
        var word = NextNumberWord(oneEnd, out var wordEnd);
        double denominator;
        if (word.Has(NumberWordRole.Hundred))
        {
            denominator = 100;
            var rest = NextNumberWord(wordEnd, out var restEnd);
            if (rest.Has(NumberWordRole.And))
            {
                rest = NextNumberWord(restEnd, out restEnd);
            }

            if (rest.Has(NumberWordRole.Tens))
            {
                denominator += rest.Value;
                rest = NextNumberWord(restEnd, out restEnd);
                if (rest.Value >= 10)
                {
                    return false;
                }
            }

            if (!(plural ? rest.Has(NumberWordRole.PluralDenominator) : rest.Has(NumberWordRole.Ordinal)) || rest.Value >= 100)
            {
                return false;
            }

            denominator += rest.Value;
            wordEnd = restEnd;
        }
        else if ((plural ? word.Has(NumberWordRole.PluralDenominator) : word.Has(NumberWordRole.Ordinal)) && word.Value >= 100)
        {
            denominator = word.Value;
        }
        else
        {
            return false;
        }

        value = numerator / denominator;
        end = wordEnd;
        return true;
    }

    /// <summary>The number word after <paramref name="p"/>, past spaces and one hyphen; default when there is none.</summary>
    private NumberWord NextNumberWord(int p, out int end)
    {
        var r = SkipSpaces(p);
        if (IsDash(At(r)))
        {
            r = SkipSpaces(r + 1);
        }

        end = WordEnd(r);
        return end > r ? Lookup(r, end) : default;
    }

    /// <summary>After <c>and</c>: <c>a half</c>, <c>a quarter</c>, <c>three quarters</c>, <c>two thirds</c>, <c>one fourth</c>.</summary>
    private bool TryMixedFraction(int p, out double value, out int end)
    {
        value = 0;
        end = p;
        var first = NextWordInfo(p, out _, out var firstEnd);
        double numerator;
        if (first.Has(NumberWordRole.Article) || (first.Has(NumberWordRole.Unit) && first.Value == 1))
        {
            numerator = 1;
        }
        else if (first.Has(NumberWordRole.Unit) && !first.Has(NumberWordRole.Zero))
        {
            numerator = first.Value;
        }
        else if (first.Has(NumberWordRole.Tens))
        {
            // and fifty-four hundredths
            numerator = first.Value;
            var r = SkipSpaces(firstEnd);
            if (IsDash(At(r)))
            {
                r = SkipSpaces(r + 1);
            }

            var onesEnd = WordEnd(r);
            var ones = onesEnd > r ? Lookup(r, onesEnd) : default;
            if (ones.Has(NumberWordRole.Unit) && ones.Value is > 0 and < 10)
            {
                numerator += ones.Value;
                firstEnd = onesEnd;
            }
        }
        else
        {
            return false;
        }

        var second = NextWordInfo(firstEnd, out _, out var secondEnd);
        var ok = numerator == 1 ? second.Has(NumberWordRole.Denominator) : second.Has(NumberWordRole.PluralDenominator);
        if (!ok || numerator >= second.Value)
        {
            return false;
        }

        value = numerator / second.Value;
        end = secondEnd;
        return true;
    }

    /// <summary>After <c>point</c>: digit words read one by one (<c>zero three</c>), or a two-digit word (<c>seventy-one</c>, <c>eleven</c>).</summary>
    private bool TryWordDecimals(int p, out double value, out int end)
    {
        value = 0;
        end = p;
        var digits = 0;
        double scale = 0.1;
        var q = p;
        while (true)
        {
            var r = SkipSpaces(q);
            if (IsDash(At(r)) && digits > 0)
            {
                r = SkipSpaces(r + 1);
            }

            if (!char.IsLetter(At(r)))
            {
                break;
            }

            var wordEnd = WordEnd(r);
            if (!_vocabulary.Words.TryGetValue(Span(r, wordEnd), out var word) || !word.Has(NumberWordRole.Unit | NumberWordRole.Tens))
            {
                break;
            }

            var v = word.Has(NumberWordRole.Zero) ? 0 : word.Value;
            if (v >= 10)
            {
                // point seventy-one, point eleven
                var two = v;
                var after = wordEnd;
                if (word.Has(NumberWordRole.Tens))
                {
                    var r2 = SkipSpaces(wordEnd);
                    if (IsDash(At(r2)))
                    {
                        r2 = SkipSpaces(r2 + 1);
                    }

                    if (char.IsLetter(At(r2)) && _vocabulary.Words.TryGetValue(Span(r2, WordEnd(r2)), out var unit) && unit.Has(NumberWordRole.Unit) && unit.Value is > 0 and < 10)
                    {
                        two += unit.Value;
                        after = WordEnd(r2);
                    }
                }

                value += two * scale / 10;
                scale /= 100;
                digits += 2;
                q = after;
                end = after;
                continue;
            }

            value += v * scale;
            scale /= 10;
            digits++;
            q = wordEnd;
            end = wordEnd;
        }

        return digits > 0;
    }
}
