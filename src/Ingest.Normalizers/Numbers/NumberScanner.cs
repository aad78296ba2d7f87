using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
        var checkAt = 0x1000;
        while (p < _end)
        {
            // Every 4,096 steps (a round of this loop, or a word passed in PassPlainWords).
            if (++steps >= checkAt)
            {
                checkAt = steps + 0x1000;
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = _text[p];
            if (c == ' ')
            {
                // Most characters between words are plain spaces, which start nothing.
                p++;
                continue;
            }

            // An ASCII letter is no digit, fraction, currency symbol or sign: it is a candidate only at a word start.
            var candidate = char.IsAsciiLetter(c) ? !char.IsLetterOrDigit(Before(p)) : IsDigit(c) || IsVulgarFraction(c) || EnglishNumberVocabulary.SymbolCurrency(c) is not null
                || (c == '\\' && EnglishNumberVocabulary.SymbolCurrency(At(p + 1)) is not null)
                || (c is '-' or '−' or '+' or '.' && IsDigit(At(p + 1)) && !char.IsLetterOrDigit(Before(p)))
                || (c is '-' or '−' && IsDetachedSign(p))
                || (char.IsLetter(c) && !char.IsLetterOrDigit(Before(p)));
            if (!candidate)
            {
                p++;
                continue;
            }

            if (char.IsAsciiLetter(c))
            {
                p = PassPlainWords(p, ref steps, out var blocked);
                if (!blocked)
                {
                    continue;
                }
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

    /// <summary>
    /// Passes over the plain words (see <see cref="TryPassPlainWord"/>) from <paramref name="p"/> on while one space
    /// separates each from the next, in one loop rather than a round of the scan per space and per word. Returns where the
    /// scan goes on: after the last word passed, or, when <paramref name="blocked"/>, at the start of a word that may
    /// start an expression (<paramref name="p"/> itself when that word is).
    /// </summary>
    // ReadyToRun leaves code that asks for 256-bit vectors to the JIT, and the host recompiles only after 100,000 calls,
    // so without this it would run unoptimised (every vector operation a call) for a whole short run.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int PassPlainWords(int p, ref int steps, out bool blocked)
    {
        var text = _text;
        if (Vector256.IsHardwareAccelerated)
        {
            p = PassPlainWordsInBlocks(p, ref steps, out var decided, out blocked);
            if (decided)
            {
                return p;
            }
        }

        while (TryPassPlainWord(p, out var end))
        {
            steps++;
            if (end + 1 >= _end || text[end] != ' ' || !char.IsAsciiLetter(text[end + 1]))
            {
                blocked = false;
                return end;
            }

            p = end + 1;
        }

        blocked = true;
        return p;
    }

    /// <summary>
    /// <see cref="PassPlainWords"/> sixteen characters at a time: the letters of a block are found in one vector compare,
    /// and each word's end is a bit count on that mask rather than a search that starts where the last word ended, so
    /// one word's look-up does not wait for the previous word's end. Words that reach the last two characters of the
    /// block are left to the next block; <paramref name="decided"/> is false where the block cannot be read (near the
    /// end of the run, or a word of fifteen letters or more), and the word at the returned position is read as before.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int PassPlainWordsInBlocks(int p, ref int steps, out bool decided, out bool blocked)
    {
        var text = _text;
        while (p + Vector256<ushort>.Count <= _end)
        {
            var block = Vector256.Create(MemoryMarshal.Cast<char, ushort>(text.AsSpan(p, Vector256<ushort>.Count)));
            var letters = ~Vector256.GreaterThan((block | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25)).ExtractMostSignificantBits() & 0xFFFF;
            var at = 0;
            while (true)
            {
                // The word at p + at: its letters run to the first clear bit; the character after it and the one after
                // that must both lie in the block.
                var length = BitOperations.TrailingZeroCount(~(letters >> at));
                if (at + length >= Vector256<ushort>.Count - 1)
                {
                    break;
                }

                var start = p + at;
                var end = start + length;
                var after = text[end];
                if ((after >= 128) | (after == '\'') | ((length == 4) & (text[start] == 'M')) || StartsExpression(text.AsSpan(start, length)))
                {
                    decided = true;
                    blocked = true;
                    return start;
                }

                steps++;
                if (after != ' ' || ((letters >> (at + length + 1)) & 1) == 0)
                {
                    decided = true;
                    blocked = false;
                    return end;
                }

                at += length + 1;
            }

            if (at == 0)
            {
                break;
            }

            p += at;
        }

        decided = false;
        blocked = false;
        return p;
    }

    /// <summary>
    /// Most words of prose start no expression: a word of ASCII letters ended by a character that cannot continue it,
    /// that is no million code (MUSD) and no expression start, is passed over here with a vector compare and a table
    /// test instead of the calls of <see cref="TryExpression"/>, which would reach the same end.
    /// </summary>
    private bool TryPassPlainWord(int p, out int end)
    {
        var text = _text;
        var limit = _end;
        end = p + 1 + AsciiLetterRun.Length(text.AsSpan(p + 1, limit - p - 1));

        // A letter beyond ASCII or an apostrophe may continue the word (WordEnd decides); the full path reads those.
        if (end < limit && (text[end] >= 128 || text[end] == '\''))
        {
            return false;
        }

        return !(end - p == 4 && text[p] == 'M') && !StartsExpression(text.AsSpan(p, end - p));
    }

    /// <summary>
    /// Whether a word of ASCII letters is an expression start, looked up in full: a word that only shares a start's
    /// first letter, last letter and length ("and" and AUD, "this" and "tens") would otherwise be handed to
    /// <see cref="TryExpression"/>, which reads it again only to find no start; such words were most of its calls. The
    /// shape filter still comes first: one bit test rejects most words of every length, where the look-up by letters of
    /// the short ones measured slower here (inside all three normalizers, numbers +6%).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool StartsExpression(ReadOnlySpan<char> word)
        => _vocabulary.ExpressionStarts.MayContain(word) && _vocabulary.ExpressionStarts.TryGetAsciiLetters(word, out _);

    /// <summary>Tries a whole number expression starting at <paramref name="p"/>.</summary>
    private bool TryExpression(int p, int floor, out NumberMatch match, out int skipTo)
    {
        match = default;
        skipTo = p + 1;
        var c = _text[p];
        if (IsDigit(c) && TryValueDecade(p, out match))
        {
            return true;
        }

        var lead = new ExpressionLead(p);
        var leadRead = char.IsLetter(c) ? ReadWordLead(p, floor, ref lead, ref match, ref skipTo)
            : c == '\\' || EnglishNumberVocabulary.SymbolCurrency(c) is not null ? ReadCurrencySymbolLead(p, floor, ref lead)
            : ReadSignLead(p, ref lead);
        if (leadRead != ExpressionLeadRead.Quantity)
        {
            return leadRead == ExpressionLeadRead.Matched;
        }

        if (!ParseQuantity(lead.QuantityAt, lead.Currency is not null, out var quantity, out skipTo))
        {
            return false;
        }

        // "- 10 people attended": a detached dash before a number and its words is a list bullet, not a sign.
        if (lead.Negative && !char.IsLetter(c) && lead.QuantityAt > p + 1 && char.IsLetter(At(SkipInlineSpaces(quantity.End))))
        {
            lead.Negative = false;
        }

        var start = lead.Start;
        if (lead.Negative)
        {
            quantity.Value = -quantity.Value;
            quantity.Start = start;
        }
        else if (lead.Currency is null)
        {
            start = quantity.Start;
        }

        match.Start = start;
        match.End = quantity.End;
        match.Value = quantity.Value;
        match.Kind = quantity.Kind;
        return ReadAfterQuantity(start, floor, lead, ref quantity, ref match, ref skipTo);
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
