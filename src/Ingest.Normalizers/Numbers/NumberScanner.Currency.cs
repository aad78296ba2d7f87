namespace Ingest.Normalizers.Numbers;

/// <content>Currency before and after an amount: $ and its prefixes, currency words and codes, minor units.</content>
internal sealed partial class NumberScanner
{
    /// <summary>Letters written before a dollar sign (<c>US$</c>, <c>C $</c>, <c>HK$</c>, <c>u.s $</c>) say which dollar.</summary>
    private int DollarPrefix(int dollar, int floor, ref string? currency)
    {
        var q = dollar;
        if (q > 0 && _text[q - 1] == ' ')
        {
            q--;
        }

        var s = q;
        while (s > floor && (char.IsLetter(_text[s - 1]) || _text[s - 1] == '.'))
        {
            s--;
        }

        if (s == q || (s > 0 && char.IsLetterOrDigit(_text[s - 1])) || (q - s == 1 && q != dollar && !WordIs(s, q, "c"))
            || (s > 0 && IsApostrophe(_text[SkipBackSpaces(s) - 1 < 0 ? 0 : Math.Max(0, SkipBackSpaces(s) - 1)])))
        {
            return dollar;
        }

        if (_vocabulary.DollarPrefixTable.TryGetValue(Span(s, q), out var iso))
        {
            // "a $5 bill" is not an Australian dollar.
            if (q != dollar && WordIs(s, q, "a"))
            {
                return dollar;
            }

            currency = iso;
            return s;
        }

        return dollar;
    }

    /// <summary>A currency after an amount: an ISO code, a symbol, a qualified or bare name.</summary>
    private bool TryCurrencyAfter(int end, out string? currency, out double factor, out int currencyEnd)
    {
        currency = null;
        factor = 1;
        currencyEnd = end;
        var r = SkipInlineSpaces(end);
        if (r < _end && EnglishNumberVocabulary.SymbolCurrency(_text[r]) is { } symbol && _text[r] != '$' && _text[r] != '¢')
        {
            currency = symbol;
            currencyEnd = r + 1;
            return true;
        }

        if (r < _end && _text[r] == '$' && (!IsDigit(At(SkipInlineSpaces(r + 1))) || (IsInlineSpace(At(r + 1)) && IsAmountWithCurrencyAfter(SkipInlineSpaces(r + 1)))))
        {
            currency = "USD";
            currencyEnd = r + 1;
            return true;
        }

        if (r < _end && _text[r] == '¢')
        {
            currency = "USD";
            factor = 0.01;
            currencyEnd = r + 1;
            return true;
        }

        // 12-cent, one-yen
        if (IsDash(At(end)) && char.IsLetter(At(end + 1)))
        {
            r = end + 1;
        }

        if (!char.IsLetter(At(r)))
        {
            return false;
        }

        var w1End = WordEnd(r);
        var w1 = Lookup(r, w1End);

        // Qualified names of two or three words: Swiss francs, Hong Kong dollars, us dollars.
        Span<char> buffer = stackalloc char[48];
        var phraseEnd = w1End;
        var length = CopyWord(buffer, 0, r, w1End);
        for (var words = 2; words <= 3 && length > 0; words++)
        {
            var next = SkipInlineSpaces(phraseEnd);
            if (!char.IsLetter(At(next)))
            {
                break;
            }

            var nextEnd = WordEnd(next);
            if (length + 1 + (nextEnd - next) > buffer.Length)
            {
                break;
            }

            buffer[length++] = ' ';
            length = CopyWord(buffer, length, next, nextEnd);
            phraseEnd = nextEnd;
            if (_vocabulary.Phrases.TryGetValue(buffer[..length], out var iso))
            {
                currency = iso;
                currencyEnd = phraseEnd;
                return true;
            }
        }

        if (w1.Has(NumberWordRole.CurrencyName))
        {
            currency = w1.Currency;
            factor = w1.Value == 0 ? 1 : w1.Value;
            currencyEnd = w1End;
            return true;
        }

        // A code glued to digits (3 USD50 cards) is the prefix of the next amount, not this one's currency.
        if (w1.Has(NumberWordRole.CurrencyCode) && !IsDigit(At(w1End)) && (char.IsUpper(_text[r]) || _vocabulary.LowerCaseCodeTable.TryGetValue(Span(r, w1End), out _)))
        {
            currency = w1.Currency;
            currencyEnd = w1End;
            return true;
        }

        // MUSD, MEUR: millions of a currency in financial writing.
        if (TryMillionCode(r, w1End, out currency))
        {
            factor = 1e6;
            currencyEnd = w1End;
            return true;
        }

        return false;
    }

    /// <summary>Whether the digits at <paramref name="p"/> are an amount followed by its own currency (<c>30 $</c>, <c>30 cent</c>), so a spaced <c>$</c> before them closes the amount before.</summary>
    private bool IsAmountWithCurrencyAfter(int p)
    {
        var r = p;
        while (IsDigit(At(r)) || ((At(r) == _groupSeparator || At(r) == _decimalSeparator) && IsDigit(At(r + 1))))
        {
            r++;
        }

        var s = SkipInlineSpaces(r);
        if (r == p || s == r)
        {
            return false;
        }

        return EnglishNumberVocabulary.SymbolCurrency(At(s)) is not null || (char.IsLetter(At(s)) && Lookup(s, WordEnd(s)).Has(NumberWordRole.CurrencyName));
    }

    private bool TryMillionCode(int start, int end, out string? currency)
    {
        currency = null;
        if (end - start != 4 || _text[start] != 'M' || !char.IsUpper(_text[start + 1]) || !char.IsUpper(_text[end - 1]))
        {
            return false;
        }

        if (_vocabulary.Words.TryGetValue(Span(start + 1, end), out var code) && code.Has(NumberWordRole.CurrencyCode))
        {
            currency = code.Currency;
            return true;
        }

        return false;
    }

    private int CopyWord(Span<char> buffer, int at, int start, int end)
    {
        var length = end - start;
        if (at + length > buffer.Length)
        {
            return 0;
        }

        _text.AsSpan(start, length).CopyTo(buffer[at..]);
        return at + length;
    }

    /// <summary>3 dollars 50 cents, thirteen dollars and forty-five cents, 15 dollars and 15.</summary>
    private int TryMinorAmount(int end, ref double value)
    {
        var r = SkipInlineSpaces(end);
        var and = NextWordInfo(end, out var andStart, out var andEnd);
        if (and.Has(NumberWordRole.And) && andStart == r)
        {
            r = SkipInlineSpaces(andEnd);
        }

        if (!(IsDigit(At(r)) || char.IsLetter(At(r))) || !ParseQuantity(r, false, out var cents, out _) || cents.Kind != NumberKind.Cardinal || cents.Value is < 1 or >= 100 || cents.Scaled)
        {
            return end;
        }

        // 10 $ 30 $: an amount with its own symbol is the next amount.
        if (EnglishNumberVocabulary.SymbolCurrency(At(SkipInlineSpaces(cents.End))) is not null)
        {
            return end;
        }

        var after = NextWordInfo(cents.End, out _, out var afterEnd);
        if (after.Has(NumberWordRole.CurrencyName) && after.Value < 1)
        {
            value = Math.Round(value + (cents.Value * after.Value), 10);
            return afterEnd;
        }

        if (after.Has(NumberWordRole.CurrencyName | NumberWordRole.CurrencyCode) || char.IsLetter(At(SkipInlineSpaces(cents.End))) && !after.Has(NumberWordRole.StopWord))
        {
            return end;
        }

        value = Math.Round(value + (cents.Value / 100), 10);
        return cents.End;
    }
}
