using System.Globalization;

namespace Ingest.Normalizers.Numbers;

/// <summary>
/// A hand-written scanner that finds numbers in running text: one pass over the characters, vocabulary looked up by span,
/// no allocation per word or number (only the matches list grows). Not thread-safe: one instance per scan.
/// </summary>
internal sealed partial class NumberScanner
{
    private readonly EnglishNumberVocabulary _vocabulary;
    private readonly char _groupSeparator;
    private readonly char _decimalSeparator;
    private readonly bool _captureUnits;
    private readonly bool _includeOrdinals;

    public NumberScanner(EnglishNumberVocabulary vocabulary, CultureInfo culture, bool captureUnits, bool includeOrdinals)
    {
        _vocabulary = vocabulary;
        var format = culture.NumberFormat;
        _groupSeparator = format.NumberGroupSeparator.Length == 1 ? format.NumberGroupSeparator[0] : ',';
        _decimalSeparator = format.NumberDecimalSeparator.Length == 1 ? format.NumberDecimalSeparator[0] : '.';
        if (_groupSeparator == '\u00A0' || _groupSeparator == '\u202F')
        {
            _groupSeparator = ' ';
        }

        _captureUnits = captureUnits;
        _includeOrdinals = includeOrdinals;
    }

    /// <summary>Finds the numbers in <c>text[start..end)</c> and appends them to <paramref name="matches"/> in text order.</summary>
    public void Scan(string text, int start, int end, List<NumberMatch> matches, CancellationToken cancellationToken)
    {
        _text = text;
        _start = start;
        _end = Math.Min(end, text.Length);
        var p = start;
        var lastEnd = start;
        var steps = 0;
        while (p < _end)
        {
            if ((++steps & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = _text[p];
            var candidate = IsDigit(c) || IsVulgarFraction(c) || EnglishNumberVocabulary.SymbolCurrency(c) is not null
                || (c == '\\' && EnglishNumberVocabulary.SymbolCurrency(At(p + 1)) is not null)
                || (c is '-' or '−' or '+' or '.' && IsDigit(At(p + 1)) && !char.IsLetterOrDigit(Before(p)))
                || (c is '-' or '−' && IsDetachedSign(p))
                || (char.IsLetter(c) && !char.IsLetterOrDigit(Before(p)));
            if (!candidate)
            {
                p++;
                continue;
            }

            if (c == '0' && IsDigit(At(p + 1)) && !(IsDigit(Before(p)) || Before(p) is '.' or ',') && HasLeadingZero(p))
            {
                p = SkipDigitCode(p);
                continue;
            }

            if (TryExpression(p, lastEnd, out var match, out var skipTo))
            {
                if (IsIndefiniteOne(match))
                {
                    p = match.End;
                    continue;
                }

                ApplyComparison(ref match, lastEnd);
                if (matches.Count > 0 && TryJoinBounds(matches[^1], ref match))
                {
                    matches.RemoveAt(matches.Count - 1);
                    lastEnd = match.Start;
                }

                if (match.Start >= lastEnd && match.End > match.Start)
                {
                    matches.Add(match);
                    lastEnd = match.End;
                }

                p = Math.Max(match.End, p + 1);
                continue;
            }

            p = Math.Max(skipTo, p + 1);
        }
    }

    /// <summary>Tries a whole number expression starting at <paramref name="p"/>.</summary>
    private bool TryExpression(int p, int floor, out NumberMatch match, out int skipTo)
    {
        match = default;
        skipTo = p + 1;
        var c = _text[p];
        string? prefixCurrency = null;
        var start = p;
        var q = p;
        var negative = false;

        if (IsDigit(c) && TryValueDecade(p, out match))
        {
            return true;
        }

        if (char.IsLetter(c))
        {
            var wordEnd = WordEnd(p);
            skipTo = wordEnd;
            // MAUD 60, MUSD 5: millions of a currency in financial writing; the code itself is not a word.
            if (TryMillionCode(p, wordEnd, out var millionCurrency) && IsInlineSpace(At(wordEnd)) && IsDigit(At(SkipInlineSpaces(wordEnd)))
                && ParseQuantity(SkipInlineSpaces(wordEnd), true, out var millions, out _) && millions.Kind is NumberKind.Cardinal or NumberKind.Decimal)
            {
                match = new NumberMatch { Start = p, End = millions.End, Kind = NumberKind.Currency, Value = millions.Value * 1e6, Currency = millionCurrency, Approximate = IsHedged(p) };
                return true;
            }

            if (!_vocabulary.ExpressionStarts.TryGetValue(Span(p, wordEnd), out var word))
            {
                // US$ 5, C$ 16.4: letters before a dollar sign.
                return false;
            }

            if (word.Has(NumberWordRole.Article) && TryArticleAmount(p, wordEnd, floor, out match))
            {
                return true;
            }

            if (word.Has(NumberWordRole.CurrencyCode) && (char.IsUpper(c) || _vocabulary.LowerCaseCodeTable.TryGetValue(Span(p, wordEnd), out _)))
            {
                // USD 3, EUR125, usd$ 15
                var r = wordEnd;
                if (At(r) == '$')
                {
                    r++;
                }

                r = SkipInlineSpaces(r);
                if (IsDigit(At(r)) && !char.IsLetterOrDigit(At(wordEnd)) || (IsDigit(At(r)) && r == wordEnd))
                {
                    prefixCurrency = word.Currency;
                    q = r;
                }
                else
                {
                    return false;
                }
            }
            else if (word.Has(NumberWordRole.Sign))
            {
                var r = SkipInlineSpaces(wordEnd);
                if (!(IsDigit(At(r)) || NextWordInfo(wordEnd, out _, out _).Has(NumberWordRole.Unit | NumberWordRole.Tens)))
                {
                    return false;
                }

                negative = true;
                q = r;
            }
            else if (word.Has(NumberWordRole.Percent) && TryPercentOf(wordEnd, out var percentOf, out var percentOfEnd))
            {
                // percent of 10, per cent of twenty-two
                match = new NumberMatch { Start = p, End = percentOfEnd, Kind = NumberKind.Percent, Value = percentOf };
                return true;
            }
            else if (word.Has(NumberWordRole.MultiplierWord))
            {
                match = new NumberMatch { Start = p, End = wordEnd, Kind = NumberKind.Multiplier, Value = word.Value };
                return true;
            }
            else if (word.Has(NumberWordRole.VaguePlural))
            {
                return TryVague(p, wordEnd, word, out match, out skipTo);
            }
            else if (WordIs(p, wordEnd, "per") && NextWord(wordEnd, out var cs, out var ce) && WordIs(cs, ce, "cent") && TryPercentOf(ce, out var perCentOf, out var perCentOfEnd))
            {
                match = new NumberMatch { Start = p, End = perCentOfEnd, Kind = NumberKind.Percent, Value = perCentOf };
                return true;
            }
            else if (!word.Has(NumberWordRole.Unit | NumberWordRole.Tens | NumberWordRole.Ordinal | NumberWordRole.Article | NumberWordRole.Half | NumberWordRole.Quarter))
            {
                return false;
            }
        }
        else if (c == '\\' || EnglishNumberVocabulary.SymbolCurrency(c) is not null)
        {
            var symbolAt = c == '\\' ? p + 1 : p;
            prefixCurrency = EnglishNumberVocabulary.SymbolCurrency(_text[symbolAt]);
            start = symbolAt;
            if (_text[symbolAt] == '$')
            {
                start = DollarPrefix(symbolAt, floor, ref prefixCurrency);
            }

            q = SkipInlineSpaces(symbolAt + 1);
            if (!IsDigit(At(q)) && !(At(q) == _decimalSeparator && IsDigit(At(q + 1))))
            {
                return false;
            }
        }
        else if (c is '-' or '−' or '+')
        {
            negative = c != '+';
            q = SkipInlineSpaces(p + 1);
        }

        if (!ParseQuantity(q, prefixCurrency is not null, out var quantity, out skipTo))
        {
            return false;
        }

        // "- 10 people attended": a detached dash before a number and its words is a list bullet, not a sign.
        if (negative && !char.IsLetter(c) && q > p + 1 && char.IsLetter(At(SkipInlineSpaces(quantity.End))))
        {
            negative = false;
        }

        if (negative)
        {
            quantity.Value = -quantity.Value;
            quantity.Start = start;
        }
        else if (prefixCurrency is null)
        {
            start = quantity.Start;
        }

        match.Start = start;
        match.End = quantity.End;
        match.Value = quantity.Value;
        match.Kind = quantity.Kind;
        var currency = prefixCurrency ?? quantity.Currency;
        var end = quantity.End;

        if (quantity.Kind == NumberKind.Ordinal)
        {
            return FinishOrdinal(ref match, quantity, out skipTo);
        }

        if (quantity.Kind == NumberKind.Multiplier)
        {
            match.Approximate = IsHedged(match.Start);
            return prefixCurrency is null;
        }

        // A unit of measure after the amount: 5 km, 7.62mm, 40 degrees Celsius, five years old.
        if (currency is null && TryMeasure(start, end, floor, quantity, ref match))
        {
            return true;
        }

        ReadCurrencyAfter(ref quantity, ref currency, ref match, ref end);

        // Ratios read as fractions: one over three, one out of three, 1 in twenty-one.
        if (currency is null && quantity.Kind == NumberKind.Cardinal && TryRatio(end, match.Value, out var ratio, out var ratioEnd))
        {
            match.Kind = NumberKind.Fraction;
            match.Value = ratio;
            match.End = ratioEnd;
            match.Approximate = IsHedged(match.Start);
            return true;
        }

        if (currency is null && !negative && (quantity.IsBareOne || (quantity.Words && quantity.Value == 1 && !quantity.Scaled)) && IsPronounOne(quantity.Start, quantity.End))
        {
            skipTo = quantity.End;
            return false;
        }

        // Ranges: 150,000-300,000, 150,000 to 300,000, between 20 and 30, $5-10 million.
        var isYear = IsYearLike(quantity);
        if (TryTwoSidedRange(start, end, floor, quantity, currency, ref match, out var pairLeftAloneEnd))
        {
            return true;
        }

        if (pairLeftAloneEnd > 0)
        {
            skipTo = pairLeftAloneEnd;
            return false;
        }

        if (currency is not null)
        {
            match.Kind = NumberKind.Currency;
            match.Currency = currency;
            match.End = end;
            match.Approximate = IsHedged(match.Start);
            return true;
        }

        if (TryPercentAfter(end, out var pEnd))
        {
            // from 10% to 20%, 10%-20%, between 5 percent and 7 percent
            if (TryRangeEnd(start, pEnd, quantity, false, out var highPercent, out var highEnd, out _) && highPercent > match.Value && TryPercentAfter(highEnd, out var rangePercentEnd))
            {
                match.Start = RangeLeadStart(match.Start, floor);
                match.Kind = NumberKind.Range;
                match.Low = match.Value;
                match.High = highPercent;
                match.Value = double.NaN;
                match.HasBounds = true;
                match.End = rangePercentEnd;
                match.Percent = true;
                match.Approximate = IsHedged(match.Start);
                return true;
            }

            match.Kind = NumberKind.Percent;
            match.End = pEnd;
            match.Approximate = IsHedged(match.Start);
            return true;
        }

        if (IsDateContext(quantity, isYear))
        {
            skipTo = quantity.End;
            return false;
        }

        // a quarter century, half a century: durations belong to the dates; the first half, the second half: a part, not a number.
        if (quantity.Kind == NumberKind.Fraction && quantity.Words)
        {
            if (NextWordInfo(end, out _, out _).Has(NumberWordRole.DateUnit))
            {
                skipTo = end;
                return false;
            }

            var before = PreviousWordInfo(quantity.Start, out _, out _);
            if (before.Has(NumberWordRole.Ordinal | NumberWordRole.Determiner) && !before.Has(NumberWordRole.Approximator))
            {
                skipTo = end;
                return false;
            }
        }

        var timesInfo = NextWordInfo(end, out var timesStart, out var timesEnd);
        if (timesInfo.Has(NumberWordRole.Times) && (timesStart == end + 1 || !IsDash(At(end))))
        {
            // three times, 3-fold
            match.Kind = NumberKind.Multiplier;
            match.End = timesEnd;
            match.Approximate = IsHedged(match.Start);
            return true;
        }

        if (IsDash(At(end)) && char.IsLetter(At(end + 1)) && WordIs(end + 1, WordEnd(end + 1), "fold"))
        {
            match.Kind = NumberKind.Multiplier;
            match.End = WordEnd(end + 1);
            return true;
        }

        match.End = end;
        if (match.Kind == NumberKind.Cardinal && match.Value != Math.Floor(match.Value))
        {
            match.Kind = quantity.Words ? NumberKind.Fraction : NumberKind.Decimal;
        }
        else if (match.Kind == NumberKind.Decimal && quantity.Scaled && match.Value == Math.Floor(match.Value))
        {
            // 1.5 billion is a whole count.
            match.Kind = NumberKind.Cardinal;
        }

        match.Approximate = IsHedged(match.Start);
        if (match.Kind is NumberKind.Cardinal or NumberKind.Decimal)
        {
            CaptureUnit(end, plural: Math.Abs(match.Value) != 1, ordinal: false, ref match);
        }

        return true;
    }

    /// <summary>
    /// What follows an amount that names or scales its money: a code or name after it (<c>5 USD</c>, <c>100 roubles</c>,
    /// <c>10 €</c>, with minor units <c>5 dollars 20 cents</c>), a scale after the currency (<c>75 USD million</c>), a scale
    /// before a redundant name (<c>$3 million dollars</c>). Moves <paramref name="end"/> over what it read.
    /// </summary>
    private void ReadCurrencyAfter(ref NumberQuantity quantity, ref string? currency, ref NumberMatch match, ref int end)
    {
        // Currency code or name after the amount: 5 USD, 75 USD million, 100 roubles, 420 million Finnish markka, 10 €.
        if (currency is null && TryCurrencyAfter(end, out var suffixCurrency, out var factor, out var currencyEnd))
        {
            currency = suffixCurrency;
            match.Value *= factor;
            end = currencyEnd;
            var scaleAfter = NextWordInfo(end, out _, out var scaleAfterEnd);
            if (scaleAfter.Has(NumberWordRole.Scale) && !quantity.Scaled)
            {
                // 75 USD million
                match.Value *= scaleAfter.Value;
                end = scaleAfterEnd;
            }
            else if (factor == 1 && (Lookup(SkipInlineSpaces(quantity.End), WordEnd(SkipInlineSpaces(quantity.End))).Has(NumberWordRole.CurrencyName | NumberWordRole.CurrencyCode)
                || EnglishNumberVocabulary.SymbolCurrency(At(SkipInlineSpaces(quantity.End))) is not null))
            {
                end = TryMinorAmount(end, ref match.Value);
            }
        }
        else if (currency is not null && quantity.Currency is null)
        {
            // $3 million dollars: a redundant name after the amount belongs to it.
            var after = NextWordInfo(end, out _, out var nameEnd);
            if (after.Has(NumberWordRole.Scale) && !quantity.Scaled)
            {
                match.Value *= after.Value;
                end = nameEnd;
                quantity.Scaled = true;
            }
        }
        else if (currency is not null)
        {
            // 75 USD million
            var after = NextWordInfo(end, out _, out var scaleEnd);
            if (after.Has(NumberWordRole.Scale) && !quantity.Scaled)
            {
                match.Value *= after.Value;
                end = scaleEnd;
            }
        }
    }
}
