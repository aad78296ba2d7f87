namespace Ingest.Normalizers.Numbers;

/// <content>What the text around a number says about it: hedges, sentence starts, the pronoun one, years and day numbers, detached signs.</content>
internal sealed partial class NumberScanner
{
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
            || (WordIs(s1, e1, "to") && (WordIs(s0, e0, "up") || WordIs(s0, e0, "close") || WordIs(s0, e0, "closer") || WordIs(s0, e0, "nearer")))
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

    /// <summary>
    /// "One day, ..." or "One evening, ..." opening a sentence is the indefinite adverbial (on some day), not a count of
    /// one day: the word <c>one</c> and a time unit set off by a comma at the start of a sentence.
    /// </summary>
    private bool IsIndefiniteOne(in NumberMatch match) =>
        match.Kind == NumberKind.Quantity && match.Measure?.Dimension == Units.UnitDimension.Time && match.Value == 1
        && At(match.Start) is 'o' or 'O' && IsSentenceStart(match.Start) && At(SkipInlineSpaces(match.End)) == ',';

    /// <summary>Whether the digits at <paramref name="p"/> start with a zero that leads a non-zero digit ("0000" is zero written out).</summary>
    private bool HasLeadingZero(int p)
    {
        for (var q = p; IsDigit(At(q)); q++)
        {
            if (At(q) != '0')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// English writes no leading zero on an amount, so digits that start with one (<c>0161 496 0732</c>, <c>007</c>,
    /// <c>0800-123-456</c>) are a code: a phone number, an area code, an identifier. Returns where the code ends, over the
    /// digit groups joined to it by a single space or dash.
    /// </summary>
    private int SkipDigitCode(int p)
    {
        var q = p;
        while (true)
        {
            while (IsDigit(At(q)))
            {
                q++;
            }

            if (At(q) is ' ' or '-' && IsDigit(At(q + 1)))
            {
                q++;
                continue;
            }

            return q;
        }
    }
}
