using Ingest.Normalizers.Numbers.Units;

namespace Ingest.Normalizers.Numbers;

/// <content>
/// Quantities with a unit of measure. Rule: a unit written right after a number, spaced or glued, makes it a measured
/// quantity (<see cref="UnitParser"/> reads the unit). Two English ambiguities are settled by context: <c>pounds</c> is
/// money in a sentence about paying (a money verb or noun before it, a scale word, <c>sterling</c> after it) and weight
/// otherwise; a glued <c>m</c> is millions after a currency or before a counted plural noun (<c>1.8m people</c>) and metres
/// before a word of size or distance (<c>1.8m tall</c>). Ages are a count of years, months, weeks or days followed by
/// <c>old</c> or <c>of age</c>, or led by <c>age</c>/<c>aged</c>.
/// </content>
internal sealed partial class NumberScanner
{
    /// <summary>Words of payment that make <c>pounds</c> in the same sentence money: cost, paid, price, worth, fine, salary.</summary>
    private static readonly WordTable<bool> MoneyCues = new(new[]
    {
        "cost", "costs", "costing", "paid", "pay", "pays", "paying", "price", "priced", "prices", "worth", "spent", "spend",
        "spending", "fine", "fined", "salary", "salaries", "wage", "wages", "earn", "earns", "earned", "earning", "budget", "sold",
        "sell", "sells", "buy", "buys", "bought", "fee", "fees", "fund", "funds", "funding", "loan", "loans", "debt", "tax", "taxes",
        "profit", "profits", "revenue", "invest", "invested", "investment", "donated", "donation", "raised", "prize", "bill",
        "ticket", "tickets", "charge", "charged", "rent", "owed", "owe", "compensation", "bonus", "note", "coin", "deal", "bank",
        "fare", "fares", "rate", "rates", "starting",
    }.Select(w => new KeyValuePair<string, bool>(w, true)));

    /// <summary>Words of size or distance after a metre: 1.8m tall, 30m long, 5m away.</summary>
    private static readonly WordTable<bool> SizeWords = new(new[]
    {
        "tall", "long", "high", "wide", "deep", "thick", "away", "across", "apart", "above", "below", "beneath", "underground",
        "overhead", "deeper", "higher", "taller", "longer", "wider", "radius", "diameter", "depth", "height", "width", "length",
    }.Select(w => new KeyValuePair<string, bool>(w, true)));

    /// <summary>A unit after the number ending at <paramref name="end"/> makes it a quantity (or a range of quantities).</summary>
    private bool TryMeasure(int start, int end, int floor, NumberQuantity quantity, ref NumberMatch match)
    {
        if (quantity.Kind is not (NumberKind.Cardinal or NumberKind.Decimal or NumberKind.Fraction))
        {
            return false;
        }

        if (TryAge(start, end, ref match))
        {
            return true;
        }

        // A spelled unit joined by a hyphen is the compound adjective: a 12-hectare plot, a 30-minute walk.
        var hyphenated = At(end) == '-' && char.IsLetter(At(end + 1));
        var glued = !IsSpace(At(end)) && At(end) != '-';
        var unitStart = hyphenated ? end + 1 : glued ? end : SkipInlineSpaces(end);
        if ((!glued && !hyphenated && unitStart == end) || !UnitParser.TryRead(_text, unitStart, _end, glued, out var reading)
            || (hyphenated && !reading.Spelled) || IsNotAUnit(reading, start, quantity))
        {
            return false;
        }

        var unit = reading.Unit;
        if (unit == UnitParser.Degree && IsAngleContext(reading.End))
        {
            unit = new UnitDefinition("°", UnitDimension.Angle, Math.PI / 180);
        }

        match.Kind = NumberKind.Quantity;
        match.Measure = unit;
        match.End = reading.End;
        match.Approximate = IsHedged(match.Start);

        // 5 km to 10 km, 20 °C - 25 °C: the far end written with the unit again.
        if (TryRangeEnd(start, reading.End, quantity, false, out var high, out var highEnd, out _) && high > match.Value)
        {
            var repeatedStart = glued ? highEnd : SkipInlineSpaces(highEnd);
            match.Start = RangeLeadStart(match.Start, floor);
            match.Kind = NumberKind.Range;
            match.Low = match.Value;
            match.High = high;
            match.Value = double.NaN;
            match.HasBounds = true;
            match.End = UnitParser.TryRead(_text, repeatedStart, _end, glued: repeatedStart == highEnd, out var repeated) && repeated.Unit.Symbol == unit.Symbol ? repeated.End : highEnd;
        }
        else if (unit.Dimension == UnitDimension.Time)
        {
            TryCompoundDuration(ref match);
        }

        return true;
    }

    /// <summary>
    /// After a bound or a hedge the article counts one of a spelled unit: <c>at least an hour</c>, <c>almost a minute</c>,
    /// <c>roughly a decade</c>, <c>up to a metre</c>. Without such a word (<c>an hour later</c>, <c>a mile away</c>) the
    /// article is left alone: there it is as often a determiner as a count.
    /// </summary>
    private bool TryArticleAmount(int p, int wordEnd, int floor, out NumberMatch match)
    {
        match = default;
        var unitStart = SkipInlineSpaces(wordEnd);
        if (unitStart == wordEnd || !UnitParser.TryRead(_text, unitStart, _end, false, out var reading) || !reading.Spelled
            || reading.Unit.Dimension is UnitDimension.Other or UnitDimension.Temperature || char.IsDigit(At(reading.End))
            || At(reading.End - 1) is 's' or 'S')
        {
            return false;
        }

        var bounded = TryComparisonBefore(p, floor, out _, out _);
        if (!bounded && !(PreviousWord(p, out var hs, out var he) && Lookup(hs, he).Has(NumberWordRole.Approximator)))
        {
            return false;
        }

        match = new NumberMatch
        {
            Start = p, End = reading.End, Kind = NumberKind.Quantity, Value = 1, Measure = reading.Unit, Approximate = IsHedged(p),
        };
        return true;
    }

    /// <summary>
    /// English writes a duration as falling units one after the other (<c>4 hours 51 minutes</c>, <c>2 h and 5 min</c>,
    /// <c>8 min 42 s</c>): one amount, summed in the smallest unit written. Whole numbers only after the first part.
    /// </summary>
    private void TryCompoundDuration(ref NumberMatch match)
    {
        while (match.Measure is { } larger && !double.IsNaN(match.Value))
        {
            var p = SkipInlineSpaces(match.End);
            if (p > match.End && NextWord(match.End, out var ws, out var we) && WordIs(ws, we, "and"))
            {
                p = SkipInlineSpaces(we);
            }

            var digitsEnd = p;
            var amount = 0d;
            while (IsDigit(At(digitsEnd)) && digitsEnd - p < 9)
            {
                amount = (amount * 10) + (At(digitsEnd) - '0');
                digitsEnd++;
            }

            var glued = !IsSpace(At(digitsEnd));
            var unitStart = glued ? digitsEnd : SkipInlineSpaces(digitsEnd);
            if (digitsEnd == p || p == match.End || !UnitParser.TryRead(_text, unitStart, _end, glued, out var reading)
                || reading.Unit.Dimension != UnitDimension.Time || reading.Unit.Factor >= larger.Factor
                || amount * reading.Unit.Factor >= larger.Factor)
            {
                return;
            }

            match.Value = (match.Value * larger.Factor / reading.Unit.Factor) + amount;
            match.Measure = reading.Unit;
            match.End = reading.End;
        }
    }

    /// <summary>The unit after a two-sided range (<c>5-10 km</c>, <c>20 to 25 degrees Celsius</c>), if any.</summary>
    private bool TryRangeMeasure(int rangeEnd, ref NumberMatch match)
    {
        var glued = !IsSpace(At(rangeEnd));
        var unitStart = glued ? rangeEnd : SkipInlineSpaces(rangeEnd);
        if (!UnitParser.TryRead(_text, unitStart, _end, glued, out var reading) || IsNotAUnit(reading, match.Start, default))
        {
            return false;
        }

        match.Measure = reading.Unit;
        match.End = reading.End;
        return true;
    }

    /// <summary>Pounds of money: the unit word names a currency here.</summary>
    private bool IsNotAUnit(UnitReading reading, int numberStart, NumberQuantity quantity)
    {
        return reading.Unit.Symbol == "lb" && reading.Spelled && IsMoneyContext(numberStart, reading.End, quantity);
    }

    /// <summary><c>pounds</c> is money after a scale (<c>5 million pounds</c>), before <c>sterling</c>, or in a sentence about paying.</summary>
    private bool IsMoneyContext(int numberStart, int unitEnd, NumberQuantity quantity)
    {
        if (quantity.Scaled || (NextWord(unitEnd, out var ns, out var ne) && WordIs(ns, ne, "sterling")))
        {
            return true;
        }

        if (NextWord(unitEnd, out var os, out var oe) && WordIs(os, oe, "of"))
        {
            return false;
        }

        var p = numberStart;
        for (var words = 0; words < 16 && PreviousWord(p, out var s, out var e); words++)
        {
            if (MoneyCues.TryGetValue(Span(s, e), out _))
            {
                return true;
            }

            if (IsSentenceStart(s))
            {
                break;
            }

            p = s;
        }

        return false;
    }

    /// <summary>A degree is an angle before <c>angle</c>, a compass direction or <c>latitude</c>/<c>longitude</c>.</summary>
    private bool IsAngleContext(int end)
    {
        if (!NextWord(end, out var s, out var e))
        {
            return false;
        }

        return WordIs(s, e, "angle") || WordIs(s, e, "angles") || WordIs(s, e, "north") || WordIs(s, e, "south") || WordIs(s, e, "east")
            || WordIs(s, e, "west") || WordIs(s, e, "latitude") || WordIs(s, e, "longitude") || WordIs(s, e, "turn") || WordIs(s, e, "rotation");
    }

    /// <summary>
    /// A glued <c>m</c> after a literal is metres before a word of size (<c>1.8m tall</c>), a slash or an exponent
    /// (<c>m/s</c>, <c>m²</c>) and, after a whole number, anywhere but before a plural noun (<c>a 30m wall</c>, <c>30m people</c>).
    /// </summary>
    private bool IsGluedMetre(int unitEnd, bool isDecimal)
    {
        var next = At(unitEnd);
        if (next is '/' or '²' or '³' or '^')
        {
            return true;
        }

        if (IsDash(next) && char.IsLetter(At(unitEnd + 1)))
        {
            return SizeWords.TryGetValue(Span(unitEnd + 1, WordEnd(unitEnd + 1)), out _);
        }

        var info = NextWordInfo(unitEnd, out var s, out var e);
        if (s > unitEnd && SizeWords.TryGetValue(Span(s, e), out _))
        {
            return true;
        }

        return !isDecimal && !(s > unitEnd && (LooksPlural(s, e, info) || info.Has(NumberWordRole.Scale | NumberWordRole.CurrencyName)));
    }

    /// <summary>
    /// Whether the number goes on into a range or a bound (<c>18 to 64</c>, <c>18-24</c>, <c>50 and over</c>): a participle
    /// such as <c>aged</c> then leads the whole range, which the range rules read, not the first number alone.
    /// </summary>
    private bool ContinuesAsBound(int end)
    {
        if (IsDash(At(end)) && IsDigit(At(end + 1)))
        {
            return true;
        }

        return NextWord(end, out var s, out var e)
            && (WordIs(s, e, "to") || WordIs(s, e, "through") || ((WordIs(s, e, "and") || WordIs(s, e, "or")) && NextWord(e, out var s2, out var e2)
                && (WordIs(s2, e2, "over") || WordIs(s2, e2, "above") || WordIs(s2, e2, "older") || WordIs(s2, e2, "more") || WordIs(s2, e2, "under") || WordIs(s2, e2, "below") || WordIs(s2, e2, "younger"))));
    }

    /// <summary>five years old, a 90 day old bill, 3 years of age, a 6-month-old baby, 87 yo; age 87, aged 30.</summary>
    private bool TryAge(int start, int end, ref NumberMatch match)
    {
        var p = IsDash(At(end)) ? end + 1 : SkipInlineSpaces(end);
        var unitEnd = WordEnd(p);
        var unit = unitEnd > p ? AgeUnits.Find(Span(p, unitEnd)) : null;
        var ageEnd = -1;
        if (unit is not null)
        {
            var q = IsDash(At(unitEnd)) ? unitEnd + 1 : SkipInlineSpaces(unitEnd);
            var wordEnd = WordEnd(q);
            if (WordIs(q, wordEnd, "old"))
            {
                ageEnd = wordEnd;
            }
            else if (WordIs(q, wordEnd, "of") && NextWord(wordEnd, out var ageStart, out var ageWordEnd) && WordIs(ageStart, ageWordEnd, "age"))
            {
                ageEnd = ageWordEnd;
            }
        }
        else if (p > end && (WordIs(p, unitEnd, "yo") || (unitEnd - p == 1 && At(p) is 'y' && At(unitEnd) is '.' or '/' && At(unitEnd + 1) == 'o')))
        {
            unit = AgeUnits.Year;
            ageEnd = WordIs(p, unitEnd, "yo") ? unitEnd : (At(unitEnd + 2) == '.' ? unitEnd + 3 : unitEnd + 2);
        }

        var ledStart = -1;
        if (ageEnd < 0 && PreviousWord(start, out var ps, out var pe))
        {
            if (WordIs(ps, pe, "aged") || WordIs(ps, pe, "age"))
            {
                ledStart = ps;
            }
            else if (WordIs(ps, pe, "of") && PreviousWord(ps, out var ags, out var age) && WordIs(ags, age, "age"))
            {
                ledStart = ags;
            }
        }

        if (ageEnd < 0 && (ledStart < 0 || ContinuesAsBound(end)))
        {
            return false;
        }

        match.Kind = NumberKind.Quantity;
        match.Measure = unit ?? AgeUnits.Year;
        match.End = ageEnd < 0 ? end : ageEnd;
        match.Start = ledStart < 0 ? match.Start : ledStart;
        return true;
    }
}
