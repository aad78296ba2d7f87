using System.Globalization;

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

    /// <summary>Parses a digit literal at <paramref name="p"/>. Returns -1 when the literal is an identifier, date or phone number to skip (with <paramref name="skipTo"/> set).</summary>
    private int ParseLiteral(int p, bool afterCurrency, out double value, out int integerDigits, out bool grouped, out bool isDecimal, out int skipTo)
    {
        value = 0;
        integerDigits = 0;
        grouped = false;
        isDecimal = false;
        skipTo = p + 1;
        var start = p;

        // Model designations and identifiers: A320, Mi-24, F-16, COVID-19, #5, @user2.
        var before = Before(p);
        if ((char.IsLetter(before) && !afterCurrency) || before is '_' or '#' or '@' or '/' or '\\' or '&' or '=' or '%'
            || (IsDash(before) && p >= 2 && char.IsLetter(_text[p - 2]) && !IsSuffixedNumberBefore(p - 1)))
        {
            skipTo = SkipRun(p);
            return -1;
        }

        if (IsVulgarFraction(_text[p]))
        {
            value = char.GetNumericValue(_text[p]);
            isDecimal = true;
            return p + 1;
        }

        var q = p;
        double integer = 0;
        while (q < _end && IsDigit(_text[q]))
        {
            integer = (integer * 10) + (_text[q] - '0');
            q++;
            integerDigits++;
        }

        // Group separators: the culture's, or a space between groups of exactly three digits.
        if (integerDigits is > 0 and <= 3)
        {
            while (q + 3 < _end + 1 && q < _end)
            {
                var sep = _text[q];
                var isGroup = sep == _groupSeparator || (sep is ' ' or '\u00A0' or '\u202F' or '\u2009' && !IsSpace(_groupSeparator) && _groupSeparator != sep && AllowSpaceGroups(p, q));
                if (!isGroup || q + 3 >= _end + 1 || !IsDigit(At(q + 1)) || !IsDigit(At(q + 2)) || !IsDigit(At(q + 3)) || IsDigit(At(q + 4)))
                {
                    break;
                }

                integer = (integer * 1000) + ((At(q + 1) - '0') * 100) + ((At(q + 2) - '0') * 10) + (At(q + 3) - '0');
                integerDigits += 3;
                grouped = true;
                q += 4;
            }
        }

        if (!grouped && integerDigits is 1 or 2)
        {
            var indianEnd = ReadIndianGroups(q, ref integer, ref integerDigits);
            grouped = indianEnd != q;
            q = indianEnd;
        }

        value = integer;
        if (!grouped)
        {
            var swappedEnd = ReadSwappedSeparators(p, q, integerDigits, ref value);
            if (swappedEnd != q)
            {
                isDecimal = true;
                q = swappedEnd;
            }
        }

        if (!isDecimal && At(q) == _decimalSeparator && IsDigit(At(q + 1)))
        {
            var r = q + 1;
            while (r < _end && IsDigit(_text[r]))
            {
                r++;
            }

            // 192.168.1.2, 1.2.3: addresses and versions are identifiers.
            if (At(r) == _decimalSeparator && IsDigit(At(r + 1)))
            {
                skipTo = SkipRun(p);
                return -1;
            }

            value = WithDecimals(integer, q + 1, r);

            isDecimal = true;
            q = r;
        }

        if (integerDigits == 0 && !isDecimal)
        {
            return -1;
        }

        // Dates, times, phone numbers: 2023-09-20, 5/17/2018, 10:30, 555-123-4567.
        var next = At(q);
        if (next == ':' && IsDigit(At(q + 1)))
        {
            skipTo = SkipRun(p);
            return -1;
        }

        if ((IsDash(next) || next is '/' or '.') && IsDigit(At(q + 1)))
        {
            var r = q + 1;
            while (IsDigit(At(r)))
            {
                r++;
            }

            if ((At(r) == next || (IsDash(At(r)) && IsDash(next))) && IsDigit(At(r + 1)))
            {
                skipTo = SkipRun(p);
                return -1;
            }

            // 555-1234: a phone number, not a range.
            if (IsDash(next) && !grouped && integerDigits == 3 && r - q - 1 == 4 && !isDecimal)
            {
                skipTo = r;
                return -1;
            }
        }

        if (start > 0 && Before(start) == '+' && (IsDash(next) || next == ' ') && IsDigit(At(q + 1)))
        {
            skipTo = SkipRun(p);
            return -1;
        }

        // Exponents: 1e10, 1.3e6, 2.5^-1, 1.3x10^6, 6.23 × 10^-4.
        var exponentAt = ExponentStart(q, out var powerOfTen);
        if (exponentAt > 0)
        {
            var r = exponentAt;
            var negative = false;
            while (At(r) is '+' or '-')
            {
                negative ^= At(r) == '-';
                r++;
            }

            if (IsDigit(At(r)))
            {
                var e0 = r;
                while (IsDigit(At(r)))
                {
                    r++;
                }

                if (!char.IsLetter(At(r)))
                {
                    var exponent = double.Parse(_text.AsSpan(e0, r - e0), NumberStyles.None, CultureInfo.InvariantCulture);
                    value = powerOfTen ? value * Math.Pow(10, negative ? -exponent : exponent) : Math.Pow(value, negative ? -exponent : exponent);
                    isDecimal = value != Math.Floor(value);
                    return r;
                }
            }
        }

        return q;
    }

    /// <summary>
    /// Letters before a dash that are the suffix of a number (<c>5k-20k</c>, <c>3bn-4bn</c>): the dash then joins two numbers
    /// of a range, where after a word (<c>Mi-24</c>, <c>COVID-19</c>) it joins a designation.
    /// </summary>
    private bool IsSuffixedNumberBefore(int dash)
    {
        var p = dash;
        while (p > _start && char.IsLetter(_text[p - 1]) && dash - p < 3)
        {
            p--;
        }

        return p < dash && p > _start && IsDigit(_text[p - 1]);
    }

    /// <summary>Where the exponent of a literal ending at <paramref name="q"/> starts (<c>e</c>, <c>^</c>, <c>x10^</c>, <c>× 10^</c>), or -1.</summary>
    private int ExponentStart(int q, out bool powerOfTen)
    {
        powerOfTen = true;
        var c = At(q);
        if (c is 'e' or 'E')
        {
            return q + 1;
        }

        if (c == '^')
        {
            powerOfTen = false;
            return q + 1;
        }

        var r = SkipInlineSpaces(q);
        if (At(r) is not ('x' or 'X' or '×' or '*' or '·'))
        {
            return -1;
        }

        r = SkipInlineSpaces(r + 1);
        return At(r) == '1' && At(r + 1) == '0' && At(r + 2) == '^' ? r + 3 : -1;
    }

    /// <summary>Indian grouping (lakhs, crores): pairs of digits before a final group of three, <c>1,00,000</c>, <c>12,34,567</c>.</summary>
    private int ReadIndianGroups(int q, ref double integer, ref int integerDigits)
    {
        var r = q;
        var pairs = 0;
        var value = integer;
        while (At(r) == _groupSeparator && IsDigit(At(r + 1)) && IsDigit(At(r + 2)) && At(r + 3) == _groupSeparator)
        {
            value = (value * 100) + ((At(r + 1) - '0') * 10) + (At(r + 2) - '0');
            r += 3;
            pairs++;
        }

        if (pairs == 0 || At(r) != _groupSeparator || !IsDigit(At(r + 1)) || !IsDigit(At(r + 2)) || !IsDigit(At(r + 3)) || IsDigit(At(r + 4)))
        {
            return q;
        }

        integer = (value * 1000) + ((At(r + 1) - '0') * 100) + ((At(r + 2) - '0') * 10) + (At(r + 3) - '0');
        integerDigits += (pairs * 2) + 3;
        return r + 4;
    }

    /// <summary>
    /// Separators the other way round from the culture where the culture's reading is impossible: groups of three before a
    /// decimal comma (<c>1.111,11</c>), or one or two digits after a group separator (<c>5,00</c>, <c>1,3</c>), which no
    /// grouping has, after at most three digits (<c>2020,10</c> is more likely a missing space). Lists (<c>1,2,3</c>), citations and intervals (<c>[1,2]</c>) and chemical locants (<c>2,5-dimethyl</c>) are left as they are.
    /// </summary>
    private int ReadSwappedSeparators(int p, int q, int integerDigits, ref double value)
    {
        var r = q;
        var whole = value;
        var groups = 0;
        while (integerDigits <= 3 && At(r) == _decimalSeparator && IsDigit(At(r + 1)) && IsDigit(At(r + 2)) && IsDigit(At(r + 3)) && !IsDigit(At(r + 4)))
        {
            whole = (whole * 1000) + ((At(r + 1) - '0') * 100) + ((At(r + 2) - '0') * 10) + (At(r + 3) - '0');
            r += 4;
            groups++;
        }

        if (At(r) != _groupSeparator || !IsDigit(At(r + 1)))
        {
            return q;
        }

        var d = r + 1;
        while (IsDigit(At(d)))
        {
            d++;
        }

        var after = At(d);
        var enclosed = Before(p) is '[' or '(' || after is ']' or ')';
        var listed = (Before(p) == _groupSeparator && IsDigit(Before(p - 1))) || ((after == _groupSeparator || after == _decimalSeparator) && IsDigit(At(d + 1)));
        if ((groups == 0 && (d - r - 1 > 2 || integerDigits > 3)) || enclosed || listed || IsDash(after) || char.IsLetter(after) && groups == 0)
        {
            return q;
        }

        value = WithDecimals(whole, r + 1, d);
        return d;
    }

    /// <summary>
    /// The whole number with the decimal digits <c>text[start..end)</c>, as one division of two exact integers so the
    /// result is the double nearest the written decimal (<c>1234567.89</c>, not <c>1234567.8899999999</c>).
    /// </summary>
    private double WithDecimals(double whole, int start, int end)
    {
        var digits = end - start;
        var decimals = double.Parse(_text.AsSpan(start, digits), NumberStyles.None, CultureInfo.InvariantCulture);
        var power = Math.Pow(10, digits);
        var scaled = (whole * power) + decimals;
        return scaled < 9_007_199_254_740_992d ? scaled / power : whole + (decimals / power);
    }

    /// <summary>Space-separated digit groups are read only when the literal does not follow another number (<c>in 2020 100 people</c>).</summary>
    private bool AllowSpaceGroups(int literalStart, int separator)
        => !IsDigit(At(separator + 4)) && !(literalStart >= 2 && IsDigit(_text[literalStart - 2]) && IsSpace(_text[literalStart - 1]));

    /// <summary>Skips a run of letters, digits and joining punctuation (an identifier, URL, date or phone number).</summary>
    private int SkipRun(int p)
    {
        var q = p;
        while (q < _end)
        {
            var c = _text[q];
            if (char.IsLetterOrDigit(c) || c is '_' or '@' or '#' or '/' or ':' or '+' or '=' or '&' or '%' or '~')
            {
                q++;
            }
            else if ((IsDash(c) || c is '.' or ',') && q + 1 < _end && char.IsLetterOrDigit(_text[q + 1]))
            {
                q++;
            }
            else
            {
                break;
            }
        }

        return Math.Max(q, p + 1);
    }

    /// <summary>
    /// Reads scale letters glued to a literal (<c>3bn</c>, <c>10k</c>, <c>$5m</c>), an ISO code (<c>115USD</c>), an ordinal
    /// suffix (<c>3rd</c>, kind ordinal) or a multiplier sign (<c>2x</c>, <c>3×</c>, kind multiplier).
    /// </summary>
    private int ReadLiteralSuffix(int q, bool afterCurrency, bool isDecimal, out double scale, out string? currency, out NumberKind kind, out bool reject)
    {
        scale = 1;
        currency = null;
        kind = NumberKind.Cardinal;
        reject = false;
        if (At(q) is 'x' or 'X' or '×' && !char.IsLetterOrDigit(At(q + 1)) && !IsDigit(At(SkipInlineSpaces(q + 1))))
        {
            // 2x faster, a 3× increase; 2x4 and 2 × 3 are dimensions and products.
            kind = NumberKind.Multiplier;
            return q + 1;
        }

        if (!char.IsLetter(At(q)) || EnglishNumberVocabulary.SymbolCurrency(At(q)) is not null)
        {
            return q;
        }

        var end = WordEnd(q);
        var suffix = Span(q, end);
        if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
        {
            kind = NumberKind.Ordinal;
            return end;
        }

        switch (suffix)
        {
            case "k" or "K":
                scale = 1e3;
                return end;
            case "M" or "MM" or "mn" or "Mn" or "mln" or "mil" or "MN":
                scale = 1e6;
                return end;
            case "m" when !afterCurrency && IsGluedMetre(end, isDecimal):
                // The unit is read after the quantity (NumberScanner.Measures).
                return q;
            case "m" when afterCurrency || isDecimal:
                scale = 1e6;
                return end;
            case "bn" or "Bn" or "BN" or "bln" or "B":
                scale = 1e9;
                return end;
            case "b" when afterCurrency || isDecimal:
                scale = 1e9;
                return end;
            case "tn" or "tln" or "trn" or "Tn" or "T" when afterCurrency || suffix.Length > 1:
                scale = 1e12;
                return end;
        }

        if (_vocabulary.Words.TryGetValue(suffix, out var word) && word.Has(NumberWordRole.CurrencyCode)
            && (char.IsUpper(suffix[0]) || _vocabulary.LowerCaseCodeTable.TryGetValue(suffix, out _)))
        {
            currency = word.Currency;
            return end;
        }

        // 7.62mm, 200lbs, 5km/h: a glued unit of measure, read after the quantity.
        if (!afterCurrency && Units.UnitParser.TryRead(_text, q, _end, glued: true, out _))
        {
            return q;
        }

        reject = true;
        return end;
    }

    /// <summary>
    /// A scale letter written apart from the literal: <c>2.33 k</c>, <c>1,674,200.5 M</c>. Only a lower-case k (an upper-case
    /// K after a number is as often kelvin) and, after a decimal, M (after a whole number it is as often a size or a model).
    /// </summary>
    private int ReadDetachedScale(int literalEnd, bool isDecimal, out double scale)
    {
        scale = 1;
        var r = SkipInlineSpaces(literalEnd);
        if (r == literalEnd || !char.IsLetter(At(r)))
        {
            return literalEnd;
        }

        var end = WordEnd(r);
        if (IsDigit(At(end)) || (At(end) == '.' && char.IsLetter(At(end + 1))))
        {
            return literalEnd;
        }

        var word = Span(r, end);
        if (word is "k")
        {
            scale = 1e3;
        }
        else if (isDecimal && word is "M" or "MM")
        {
            scale = 1e6;
        }
        else
        {
            return literalEnd;
        }

        return end;
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
                    return false;
                }

                quantity.Value = literal / denominator;
                quantity.Kind = NumberKind.Fraction;
                quantity.End = r;
                return true;
            }

            // 2 1/4
            if (!isDecimal && !grouped && IsInlineSpace(At(literalEnd)) && TryDigitFraction(SkipInlineSpaces(literalEnd), out var mixedFraction, out var mixedEnd))
            {
                quantity.Value = literal + mixedFraction;
                quantity.Kind = NumberKind.Fraction;
                quantity.End = mixedEnd;
                return true;
            }

            if (IsVulgarFraction(At(literalEnd)) && !isDecimal)
            {
                quantity.Value = literal + char.GetNumericValue(At(literalEnd));
                quantity.Kind = NumberKind.Fraction;
                quantity.End = literalEnd + 1;
                return true;
            }

            if (IsVulgarFraction(c))
            {
                quantity.Value = literal;
                quantity.Kind = NumberKind.Fraction;
                quantity.End = literalEnd;
                return true;
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

                    // a quarter million, two thirds of a million
                    var after = NextWordInfo(q, out var afterStart, out var afterEnd);
                    if (after.Has(NumberWordRole.Scale))
                    {
                        current *= after.Value;
                        end = afterEnd;
                        q = afterEnd;
                        quantity.Scaled = true;
                        quantity.Kind = NumberKind.Cardinal;
                    }
                    else if (after.Has(NumberWordRole.Of) && NextWordInfo(afterEnd, out _, out var aEnd).Has(NumberWordRole.Article)
                        && NextWordInfo(aEnd, out _, out var sEnd) is var s && s.Has(NumberWordRole.Scale))
                    {
                        current *= s.Value;
                        end = sEnd;
                        q = sEnd;
                        quantity.Scaled = true;
                        quantity.Kind = NumberKind.Cardinal;
                    }
                    else if (isHalf && after.Has(NumberWordRole.Article) && NextWordInfo(afterEnd, out _, out var dEnd).Has(NumberWordRole.Dozen))
                    {
                        current = 6;
                        end = dEnd;
                        q = dEnd;
                        quantity.Kind = NumberKind.Cardinal;
                    }

                    _ = afterStart;
                    break;
                }

                if (isHalf && last == Last.None)
                {
                    // half a dozen, half million, half
                    current = 0.5;
                    end = wordEnd;
                    q = wordEnd;
                    tokens++;
                    quantity.Kind = NumberKind.Fraction;
                    var after = NextWordInfo(q, out _, out var afterEnd);
                    if (after.Has(NumberWordRole.Article) && NextWordInfo(afterEnd, out _, out var dEnd).Has(NumberWordRole.Dozen))
                    {
                        current = 6;
                        end = dEnd;
                        q = dEnd;
                        quantity.Kind = NumberKind.Cardinal;
                    }
                    else if (after.Has(NumberWordRole.Dozen) && after.Value == 12)
                    {
                        // half dozen
                        current = 6;
                        end = afterEnd;
                        q = afterEnd;
                        quantity.Kind = NumberKind.Cardinal;
                    }
                    else if (after.Has(NumberWordRole.Article) && NextWordInfo(afterEnd, out _, out var mEnd) is var m && m.Has(NumberWordRole.Scale))
                    {
                        current = 0.5 * m.Value;
                        end = mEnd;
                        q = mEnd;
                        quantity.Kind = NumberKind.Cardinal;
                        quantity.Scaled = true;
                    }
                    else if (after.Has(NumberWordRole.Scale))
                    {
                        current = 0.5 * after.Value;
                        end = afterEnd;
                        q = afterEnd;
                        quantity.Kind = NumberKind.Cardinal;
                        quantity.Scaled = true;
                    }

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

        if (tokens == 0 || end <= p || last is Last.Article && !fraction && quantity.Kind != NumberKind.Cardinal)
        {
            skipTo = Math.Max(p + 1, WordEnd(p));
            return false;
        }

        if (last == Last.Article && total + current == 1 && quantity.Kind == NumberKind.Cardinal && !quantity.Scaled)
        {
            skipTo = WordEnd(p);
            return false;
        }

        quantity.Value = total + current;
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

        if (!words && last is not Last.Digits)
        {
            quantity.PlainDigits = false;
        }

        return true;
    }

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
