using System.Globalization;

namespace Ingest.Normalizers.Numbers;

/// <content>Digit literals: grouping and decimal separators, Indian groups, swapped separators, exponents.</content>
internal sealed partial class NumberScanner
{
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
}
