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

            if (TryExpression(p, lastEnd, out var match, out var skipTo))
            {
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
        if (TryTwoSidedRange(start, end, floor, quantity, currency, ref match, out var yearRangeEnd))
        {
            return true;
        }

        if (yearRangeEnd > 0)
        {
            skipTo = yearRangeEnd;
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

    private bool TryPercentOf(int end, out double value, out int percentEnd)
    {
        value = 0;
        percentEnd = end;
        if (IsDigit(Before(SkipBackSpaces(end - 1))) || !NextWord(end, out var os, out var oe) || !WordIs(os, oe, "of"))
        {
            return false;
        }

        var r = SkipSpaces(oe);
        if (!(IsDigit(At(r)) || char.IsLetter(At(r))) || !ParseQuantity(r, false, out var quantity, out _) || quantity.Kind is not (NumberKind.Cardinal or NumberKind.Decimal))
        {
            return false;
        }

        // "the percent of 10 people" counts people, not percent: only a bare amount closes the phrase.
        var after = NextWordInfo(quantity.End, out var afterStart, out var afterEnd);
        if (afterEnd > afterStart && !after.Has(NumberWordRole.StopWord))
        {
            return false;
        }

        value = quantity.Value;
        percentEnd = quantity.End;
        return true;
    }

    private bool TryRatio(int end, double numerator, out double ratio, out int ratioEnd)
    {
        ratio = 0;
        ratioEnd = end;
        if (!NextWord(end, out var ws, out var we))
        {
            return false;
        }

        var over = WordIs(ws, we, "over");
        var outOf = WordIs(ws, we, "out") && NextWord(we, out var os, out var oe) && WordIs(os, oe, "of");
        var within = WordIs(ws, we, "in");
        if (!over && !outOf && !within)
        {
            return false;
        }

        var r = SkipSpaces(outOf ? WordEnd(SkipSpaces(we)) + 3 : we);
        if (outOf)
        {
            NextWord(we, out _, out var ofWordEnd);
            NextWord(ofWordEnd, out _, out _);
            r = SkipSpaces(ofWordEnd);
        }

        if (!(IsDigit(At(r)) || char.IsLetter(At(r))) || !ParseQuantity(r, false, out var denominator, out _) || denominator.Kind != NumberKind.Cardinal || denominator.Value == 0)
        {
            return false;
        }

        var after = NextWordInfo(denominator.End, out var afterStart, out var afterEnd);
        var followedByWord = afterEnd > afterStart && SkipInlineSpaces(denominator.End) == afterStart;
        if (over && followedByWord)
        {
            return false;
        }

        if ((outOf || within) && (numerator >= denominator.Value || after.Has(NumberWordRole.TimeUnit | NumberWordRole.MeasureUnit)))
        {
            return false;
        }

        // one in five adults: a share of a group; 8 in 5 or 12 in six boxes are two counts.
        if (within && followedByWord && numerator != 1)
        {
            return false;
        }

        ratio = numerator / denominator.Value;
        ratioEnd = denominator.End;
        return true;
    }

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

    private bool TryPercentAfter(int end, out int percentEnd)
    {
        percentEnd = end;
        var r = SkipInlineSpaces(end);
        if (At(r) is '%' or '％')
        {
            percentEnd = r + 1;
            return true;
        }

        if (IsDash(At(end)) && char.IsLetter(At(end + 1)))
        {
            r = end + 1;
        }

        if (!char.IsLetter(At(r)))
        {
            return false;
        }

        var wordEnd = WordEnd(r);
        var word = Lookup(r, wordEnd);
        if (word.Has(NumberWordRole.Percent))
        {
            percentEnd = wordEnd;
            return true;
        }

        // per cent
        if (WordIs(r, wordEnd, "per") && NextWord(wordEnd, out var cs, out var ce) && WordIs(cs, ce, "cent"))
        {
            percentEnd = ce;
            return true;
        }

        return false;
    }

    /// <summary>Whether a hedge comes before the number: about, over, at least, more than, up to, an estimated, as many as.</summary>
    private bool IsHedged(int start)
    {
        if (!PreviousWord(start, out var s1, out var e1))
        {
            return start > 0 && Before(SkipBackSpaces(start)) == '~';
        }

        var w1 = Lookup(s1, e1);
        if (w1.Has(NumberWordRole.Approximator))
        {
            return true;
        }

        if (w1.Has(NumberWordRole.RangeStart) && PreviousWord(s1, out var rs, out var re) && Lookup(rs, re).Has(NumberWordRole.Approximator))
        {
            return true;
        }

        if (!PreviousWord(s1, out var s0, out var e0))
        {
            return false;
        }

        return (WordIs(s1, e1, "than") && (WordIs(s0, e0, "more") || WordIs(s0, e0, "less") || WordIs(s0, e0, "fewer")))
            || ((WordIs(s1, e1, "least") || WordIs(s1, e1, "most")) && WordIs(s0, e0, "at"))
            || (WordIs(s1, e1, "to") && (WordIs(s0, e0, "up") || WordIs(s0, e0, "close")))
            || (WordIs(s1, e1, "as") && (WordIs(s0, e0, "many") || WordIs(s0, e0, "much") || WordIs(s0, e0, "few")));
    }

    private bool IsSentenceStart(int p)
    {
        var q = SkipBackSpaces(p);
        return q == 0 || _text[q - 1] is '.' or '!' or '?' or '\n' or '"' or '“' or ':' || q < p && _text[q] == '\n';
    }

    private int SkipBackSpaces(int p)
    {
        while (p > 0 && IsSpace(_text[p - 1]))
        {
            p--;
        }

        return p;
    }

    /// <summary>Whether the word <c>one</c> is a pronoun or part of an idiom: no one, one should, one of, the one, on the one hand.</summary>
    private bool IsPronounOne(int start, int end)
    {
        var previous = PreviousWordInfo(start, out var ps, out var pe);
        if (previous.Has(NumberWordRole.PronounLead) && !(Before(start) is ',' or ';'))
        {
            return true;
        }

        var next = NextWordInfo(end, out var ns, out var ne);
        if (next.Has(NumberWordRole.PronounFollower))
        {
            return true;
        }

        // one another, one-to-one
        return IsDash(At(end)) && char.IsLetter(At(end + 1)) && WordIs(end + 1, WordEnd(end + 1), "to");
    }

    /// <summary>Years, year-like numbers and day numbers belong to the dates: in 1988, the 2020 elections, September 19, 14 November.</summary>
    private bool IsDateContext(NumberQuantity quantity, bool isYear)
    {
        if (!quantity.PlainDigits || quantity.Kind is not (NumberKind.Cardinal or NumberKind.Ordinal))
        {
            return false;
        }

        var previous = PreviousWordInfo(quantity.Start, out var ps, out var pe);
        var nextInfo = NextWordInfo(quantity.End, out var ns, out var ne);
        var dayLike = quantity.Value is >= 1 and <= 31 && !quantity.Grouped;
        var adjacentBefore = pe > ps && SkipBackSpaces(quantity.Start) == pe;
        if (dayLike || isYear)
        {
            if (previous.Has(NumberWordRole.Month) && adjacentBefore && !(previous.Has(NumberWordRole.StopWord) && char.IsLower(_text[ps])))
            {
                return true;
            }

            if (nextInfo.Has(NumberWordRole.Month) && dayLike && !(nextInfo.Has(NumberWordRole.StopWord) && char.IsLower(_text[ns])))
            {
                return true;
            }

            // the 14th of November
            if (dayLike && nextInfo.Has(NumberWordRole.Of) && NextWordInfo(ne, out var ms, out _).Has(NumberWordRole.Month) && char.IsUpper(_text[ms]))
            {
                return true;
            }

            // 5 pm, 10 a.m.
            if (dayLike && ne > ns && (WordIs(ns, ne, "pm") || WordIs(ns, ne, "am") && At(ne) == '.' || WordIs(ns, ne, "a") && At(ne) == '.' && At(ne + 1) == 'm' || WordIs(ns, ne, "p") && At(ne) == '.'))
            {
                return true;
            }
        }

        if (!isYear)
        {
            return false;
        }

        // A year-like number is a count only when hedged or directly followed by a plural noun not after a date preposition.
        if (IsHedged(quantity.Start))
        {
            return false;
        }

        if (previous.Has(NumberWordRole.YearLead) || previous.Has(NumberWordRole.Month))
        {
            return true;
        }

        return !(ne > ns && ns == SkipInlineSpaces(quantity.End) && ns > quantity.End && LooksPlural(ns, ne, nextInfo));
    }

    private static bool IsYearLike(NumberQuantity quantity)
        => quantity.PlainDigits && !quantity.Grouped && quantity.IntegerDigits == 4 && quantity.Value is >= 1000 and <= 2100
            && quantity.Kind == NumberKind.Cardinal;

    private bool FinishOrdinal(ref NumberMatch match, NumberQuantity quantity, out int skipTo)
    {
        skipTo = quantity.End;
        if (!_includeOrdinals)
        {
            return false;
        }

        var next = NextWordInfo(quantity.End, out var ns, out var ne);

        // the 19th century, the fifth anniversary is fine; centuries are dates.
        if (next.Has(NumberWordRole.DateUnit) || IsDateContext(quantity, false) || IsCountedFromTheEnd(quantity.End))
        {
            return false;
        }

        if (quantity.Words && quantity.Value == 2 && !IsDash(At(quantity.End)))
        {
            // "a second", "30 seconds", "per second": the unit of time.
            var previous = PreviousWordInfo(quantity.Start, out var ps, out var pe);
            if ((WordIs(ps, pe, "a") || WordIs(ps, pe, "per") || WordIs(ps, pe, "split") || previous.Has(NumberWordRole.Unit | NumberWordRole.Tens))
                && (ne == ns || next.Has(NumberWordRole.StopWord) || WordIs(ns, ne, "ago") || WordIs(ns, ne, "later")))
            {
                return false;
            }

            if (IsDigit(Before(SkipBackSpaces(quantity.Start))))
            {
                return false;
            }
        }

        match.Kind = NumberKind.Ordinal;
        match.End = quantity.End;
        var before = PreviousWordInfo(quantity.Start, out var bs, out var be);
        var determined = before.Has(NumberWordRole.Determiner) || (be > bs && (IsApostrophe(At(be - 1)) || (be - bs > 2 && IsApostrophe(_text[be - 2]) && _text[be - 1] == 's')));
        if (!determined && be >= 2 && be == SkipBackSpaces(quantity.Start) && _text[be - 1] is 's' && IsApostrophe(_text[be - 2]))
        {
            determined = true;
        }

        var properName = char.IsUpper(_text[quantity.Start]) && !IsSentenceStart(quantity.Start);
        if (determined && !properName)
        {
            var from = quantity.End;
            if (IsDash(At(from)) && char.IsLetter(At(from + 1)))
            {
                // second-largest city: the compound adjective is skipped.
                from = WordEnd(from + 1);
            }

            CaptureUnit(from, plural: false, ordinal: true, ref match);
        }

        return true;
    }

    /// <summary>
    /// A minus written apart from its number (<c>- 10 k</c>) is a sign only where nothing precedes it on the line but an
    /// opening bracket or an equals sign; between words or numbers a spaced dash is punctuation or subtraction.
    /// </summary>
    private bool IsDetachedSign(int p)
    {
        var r = SkipInlineSpaces(p + 1);
        if (r == p + 1 || !IsDigit(At(r)))
        {
            return false;
        }

        var q = p;
        while (q > _start && IsInlineSpace(_text[q - 1]))
        {
            q--;
        }

        return q == _start || _text[q - 1] is '\n' or '(' or '[' or '=';
    }

    /// <summary>second to last, third from the end: a position counted back from the end, not the ordinal itself.</summary>
    private bool IsCountedFromTheEnd(int end)
    {
        if (!NextWord(end, out var ls, out var le) || !(WordIs(ls, le, "to") || WordIs(ls, le, "from")) || !NextWord(le, out var ws, out var we))
        {
            return false;
        }

        if (WordIs(ws, we, "the") && !NextWord(we, out ws, out we))
        {
            return false;
        }

        return WordIs(ws, we, "last") || WordIs(ws, we, "end") || WordIs(ws, we, "bottom");
    }

    /// <summary>tens of thousands, hundreds of thousands of civilians, thousands of mercenaries, in the hundreds.</summary>
    private bool TryVague(int p, int wordEnd, NumberWord word, out NumberMatch match, out int skipTo)
    {
        match = default;
        skipTo = wordEnd;
        var value = word.Value;
        var end = wordEnd;
        var of = NextWordInfo(wordEnd, out _, out var ofEnd);
        if (of.Has(NumberWordRole.Of))
        {
            var outer = NextWordInfo(ofEnd, out _, out var outerEnd);
            if (outer.Has(NumberWordRole.VaguePlural) && outer.Value > value)
            {
                value *= outer.Value;
                end = outerEnd;
            }
        }

        // "tens" alone is rarely a number; "dozens", "hundreds", "thousands" are.
        if (end == wordEnd && value == 10)
        {
            return false;
        }

        var previous = PreviousWordInfo(p, out var ps, out var pe);
        if (previous.Has(NumberWordRole.Unit | NumberWordRole.Tens) || IsDigit(Before(SkipBackSpaces(p))))
        {
            return false;
        }

        _ = ps;
        _ = pe;
        match = new NumberMatch
        {
            Start = p,
            End = end,
            Kind = NumberKind.Cardinal,
            Value = value,
            Low = value * 2,
            High = value * (value == 12 ? 100.0 / 12 : 10),
            HasBounds = true,
            Approximate = true,
        };

        var after = NextWordInfo(end, out _, out var afterEnd);
        if (after.Has(NumberWordRole.Of))
        {
            CaptureUnit(afterEnd, plural: true, ordinal: false, ref match);
        }

        return true;
    }
}
