namespace Ingest.Normalizers.Numbers;

/// <content>
/// The start of a number expression before its quantity: a word (a currency code, <c>minus</c>, <c>percent of</c>, a
/// multiplier word, a vague plural, a number word), a currency symbol, or a sign.
/// </content>
internal sealed partial class NumberScanner
{
    /// <summary>An expression that starts with a word.</summary>
    private ExpressionLeadRead ReadWordLead(int p, int floor, ref ExpressionLead lead, ref NumberMatch match, ref int skipTo)
    {
        var wordEnd = WordEnd(p);
        skipTo = wordEnd;

        // A million code is four letters from 'M' (MUSD): tested here, so that other words make no call.
        if (wordEnd - p == 4 && _text[p] == 'M' && TryMillionCodeAmount(p, wordEnd, ref match))
        {
            return ExpressionLeadRead.Matched;
        }

        if (!_vocabulary.ExpressionStarts.TryGetValue(Span(p, wordEnd), out var word))
        {
            // US$ 5, C$ 16.4: letters before a dollar sign.
            return ExpressionLeadRead.None;
        }

        if (word.Has(NumberWordRole.Article) && TryArticleAmount(p, wordEnd, floor, out match))
        {
            return ExpressionLeadRead.Matched;
        }

        if (word.Has(NumberWordRole.CurrencyCode) && (char.IsUpper(_text[p]) || _vocabulary.LowerCaseCodeTable.TryGetValue(Span(p, wordEnd), out _)))
        {
            return ReadCurrencyCodeLead(wordEnd, word, ref lead);
        }

        if (word.Has(NumberWordRole.Sign))
        {
            // minus 5, minus twenty
            var r = SkipInlineSpaces(wordEnd);
            if (!(IsDigit(At(r)) || NextWordInfo(wordEnd, out _, out _).Has(NumberWordRole.Unit | NumberWordRole.Tens)))
            {
                return ExpressionLeadRead.None;
            }

            lead.Negative = true;
            lead.QuantityAt = r;
            return ExpressionLeadRead.Quantity;
        }

        return ReadWordExpression(p, wordEnd, word, ref match, ref skipTo);
    }

    /// <summary>MAUD 60, MUSD 5: millions of a currency in financial writing; the code itself is not a word.</summary>
    private bool TryMillionCodeAmount(int p, int wordEnd, ref NumberMatch match)
    {
        if (TryMillionCode(p, wordEnd, out var millionCurrency) && IsInlineSpace(At(wordEnd)) && IsDigit(At(SkipInlineSpaces(wordEnd)))
            && ParseQuantity(SkipInlineSpaces(wordEnd), true, out var millions, out _) && millions.Kind is NumberKind.Cardinal or NumberKind.Decimal)
        {
            match = new NumberMatch { Start = p, End = millions.End, Kind = NumberKind.Currency, Value = millions.Value * 1e6, Currency = millionCurrency, Approximate = IsHedged(p) };
            return true;
        }

        return false;
    }

    /// <summary>USD 3, EUR125, usd$ 15: a code before digits, joined or after a space.</summary>
    private ExpressionLeadRead ReadCurrencyCodeLead(int wordEnd, NumberWord word, ref ExpressionLead lead)
    {
        var r = wordEnd;
        if (At(r) == '$')
        {
            r++;
        }

        r = SkipInlineSpaces(r);
        if (IsDigit(At(r)) && !char.IsLetterOrDigit(At(wordEnd)) || (IsDigit(At(r)) && r == wordEnd))
        {
            lead.Currency = word.Currency;
            lead.QuantityAt = r;
            return ExpressionLeadRead.Quantity;
        }

        return ExpressionLeadRead.None;
    }

    /// <summary>
    /// A word that is an expression of its own (<c>percent of 10</c>, <c>per cent of twenty-two</c>, <c>twice</c>, <c>dozens</c>)
    /// or that starts a quantity (a number word, an article, half, quarter).
    /// </summary>
    private ExpressionLeadRead ReadWordExpression(int p, int wordEnd, NumberWord word, ref NumberMatch match, ref int skipTo)
    {
        if (word.Has(NumberWordRole.Percent) && TryPercentOf(wordEnd, out var percentOf, out var percentOfEnd))
        {
            match = new NumberMatch { Start = p, End = percentOfEnd, Kind = NumberKind.Percent, Value = percentOf };
            return ExpressionLeadRead.Matched;
        }

        if (word.Has(NumberWordRole.MultiplierWord))
        {
            match = new NumberMatch { Start = p, End = wordEnd, Kind = NumberKind.Multiplier, Value = word.Value };
            return ExpressionLeadRead.Matched;
        }

        if (word.Has(NumberWordRole.VaguePlural))
        {
            return TryVague(p, wordEnd, word, out match, out skipTo) ? ExpressionLeadRead.Matched : ExpressionLeadRead.None;
        }

        if (WordIs(p, wordEnd, "per") && NextWord(wordEnd, out var centStart, out var centEnd) && WordIs(centStart, centEnd, "cent") && TryPercentOf(centEnd, out var perCentOf, out var perCentOfEnd))
        {
            match = new NumberMatch { Start = p, End = perCentOfEnd, Kind = NumberKind.Percent, Value = perCentOf };
            return ExpressionLeadRead.Matched;
        }

        return word.Has(NumberWordRole.Unit | NumberWordRole.Tens | NumberWordRole.Ordinal | NumberWordRole.Article | NumberWordRole.Half | NumberWordRole.Quarter)
            ? ExpressionLeadRead.Quantity
            : ExpressionLeadRead.None;
    }

    /// <summary>$5, € 20, \$3 (an escaped dollar), US$ 5: the amount must follow the symbol.</summary>
    private ExpressionLeadRead ReadCurrencySymbolLead(int p, int floor, ref ExpressionLead lead)
    {
        var symbolAt = _text[p] == '\\' ? p + 1 : p;
        var currency = EnglishNumberVocabulary.SymbolCurrency(_text[symbolAt]);
        lead.Start = symbolAt;
        if (_text[symbolAt] == '$')
        {
            lead.Start = DollarPrefix(symbolAt, floor, ref currency);
        }

        lead.Currency = currency;
        var q = SkipInlineSpaces(symbolAt + 1);
        lead.QuantityAt = q;
        return IsDigit(At(q)) || (At(q) == _decimalSeparator && IsDigit(At(q + 1))) ? ExpressionLeadRead.Quantity : ExpressionLeadRead.None;
    }

    /// <summary>A sign before the digits (<c>-5</c>, <c>+3</c>, <c>− 2</c>), or none.</summary>
    private ExpressionLeadRead ReadSignLead(int p, ref ExpressionLead lead)
    {
        var c = _text[p];
        if (c is '-' or '−' or '+')
        {
            lead.Negative = c != '+';
            lead.QuantityAt = SkipInlineSpaces(p + 1);
        }

        return ExpressionLeadRead.Quantity;
    }
}
