using Ingest.Normalizers.Numbers.Ranges;

namespace Ingest.Normalizers.Numbers;

/// <content>
/// One-sided ranges. Rule: a comparison phrase right before a number (<c>more than 30</c>, <c>at least $5</c>, <c>below
/// 0 °C</c>) or right after it (<c>30 or more</c>) bounds the number on one side; the number becomes a range with only
/// <c>low</c> (greater) or only <c>high</c> (less), its comparison, and the bound as its value. The phrases are data in
/// <see cref="ComparisonPhrases"/>.
/// </content>
internal sealed partial class NumberScanner
{
    private static readonly string[] LengthAskingWords =
    [
        "for", "of", "in", "after", "last", "lasts", "lasted", "lasting", "take", "takes", "took", "taking", "spend", "spends",
        "spent", "spending", "wait", "waits", "waited", "waiting",
    ];

    // The length and lowered first letter of each ComparisonPhrases.Before phrase's last word (all ASCII letters), in order.
    private static readonly (int Length, char First)[] ComparisonBeforeLastWords =
        [.. ComparisonPhrases.Before.Select(phrase => (phrase.Words[^1].Length, (char)(phrase.Words[^1][0] | 0x20)))];

    /// <summary>Turns a single amount into a one-sided range when a comparison phrase bounds it.</summary>
    private void ApplyComparison(ref NumberMatch match, int floor)
    {
        if (match.HasBounds || match.Kind is not (NumberKind.Cardinal or NumberKind.Decimal or NumberKind.Percent or NumberKind.Currency or NumberKind.Quantity or NumberKind.Fraction)
            || match.Measure?.Dimension == Units.UnitDimension.Age)
        {
            return;
        }

        var start = match.Start;
        var end = match.End;
        if (TryComparisonBefore(match.Start, floor, out var comparison, out var phraseStart))
        {
            if (IsOverATimeSpan(match, phraseStart))
            {
                return;
            }

            start = phraseStart;
        }
        else if (TryComparisonAfter(match.End, out comparison, out var phraseEnd))
        {
            end = phraseEnd;
        }
        else if (IsPriceFloor(match, floor, out phraseStart))
        {
            comparison = RangeComparison.GreaterOrEqual;
            start = phraseStart;
        }
        else if (At(match.End) == '+' && !char.IsLetterOrDigit(At(match.End + 1)) && match.Kind is NumberKind.Cardinal && !IsDigit(At(SkipInlineSpaces(match.End + 1))))
        {
            // 30+ people: a plus after a number is "or more".
            comparison = RangeComparison.GreaterOrEqual;
            end = match.End + 1;
        }
        else
        {
            return;
        }

        var bound = match.Value;
        match.Percent = match.Kind == NumberKind.Percent;
        match.Kind = NumberKind.Range;
        match.Comparison = comparison;
        match.HasBounds = true;
        match.Low = comparison is RangeComparison.Greater or RangeComparison.GreaterOrEqual or RangeComparison.Equal ? bound : double.NaN;
        match.High = comparison is RangeComparison.Less or RangeComparison.LessOrEqual or RangeComparison.Equal ? bound : double.NaN;
        match.Start = start;
        match.End = end;
    }

    private bool TryComparisonBefore(int start, int floor, out RangeComparison comparison, out int phraseStart)
    {
        comparison = RangeComparison.None;
        phraseStart = start;
        if (!PreviousWord(start, out var lastStart, out var lastEnd))
        {
            return false;
        }

        // Only a phrase whose last word has the previous word's length and (when that is an ASCII letter) first letter is
        // compared: most numbers follow a word that ends no phrase ("the", "and", "in"), which then costs no comparison.
        var lastLength = lastEnd - lastStart;
        var lastFirst = _text[lastStart] < 128 ? (char)(_text[lastStart] | 0x20) : '\0';
        var shapes = ComparisonBeforeLastWords;
        for (var k = 0; k < shapes.Length; k++)
        {
            if (shapes[k].Length != lastLength || (lastFirst != '\0' && shapes[k].First != lastFirst))
            {
                continue;
            }

            var (words, candidate) = ComparisonPhrases.Before[k];
            if (!WordIs(lastStart, lastEnd, words[^1]))
            {
                continue;
            }

            var p = lastStart;
            var matched = true;
            for (var i = words.Length - 2; i >= 0 && matched; i--)
            {
                matched = PreviousWord(p, out var s, out var e) && WordIs(s, e, words[i]);
                p = matched ? s : p;
            }

            if (matched && p >= floor)
            {
                comparison = candidate;
                phraseStart = p;
                return true;
            }
        }

        return false;
    }

    private bool TryComparisonAfter(int end, out RangeComparison comparison, out int phraseEnd)
    {
        comparison = RangeComparison.None;
        phraseEnd = end;
        if (!NextWord(end, out var firstStart, out var firstEnd) || !(WordIs(firstStart, firstEnd, "or") || WordIs(firstStart, firstEnd, "and") || WordIs(firstStart, firstEnd, "at")))
        {
            return false;
        }

        foreach (var (words, candidate) in ComparisonPhrases.After)
        {
            if (!WordIs(firstStart, firstEnd, words[0]))
            {
                continue;
            }

            var e = firstEnd;
            var matched = true;
            for (var i = 1; i < words.Length && matched; i++)
            {
                matched = NextWord(e, out var ws, out var we) && WordIs(ws, we, words[i]);
                e = matched ? we : e;
            }

            // "30 or more" but not "30 or 40" (a choice between two numbers, read elsewhere).
            if (matched && !IsDigit(At(SkipSpaces(e))))
            {
                comparison = candidate;
                phraseEnd = e;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Two one-sided ranges of opposite directions joined by <c>and</c> or <c>but</c> bound one amount from both sides:
    /// <c>more than 20 and less than 30</c> is one range from 20 to 30.
    /// </summary>
    private bool TryJoinBounds(NumberMatch previous, ref NumberMatch current)
    {
        var lowerFirst = previous.Comparison is RangeComparison.Greater or RangeComparison.GreaterOrEqual
            && current.Comparison is RangeComparison.Less or RangeComparison.LessOrEqual;
        var upperFirst = previous.Comparison is RangeComparison.Less or RangeComparison.LessOrEqual
            && current.Comparison is RangeComparison.Greater or RangeComparison.GreaterOrEqual;
        if ((!lowerFirst && !upperFirst) || !NextWord(previous.End, out var s, out var e) || !(WordIs(s, e, "and") || WordIs(s, e, "but"))
            || SkipSpaces(e) != current.Start)
        {
            return false;
        }

        var low = lowerFirst ? previous.Low : current.Low;
        var high = lowerFirst ? current.High : previous.High;
        if (!(low < high))
        {
            return false;
        }

        current.Start = previous.Start;
        current.Low = low;
        current.High = high;
        current.Value = double.NaN;
        current.Comparison = RangeComparison.None;
        current.Measure ??= previous.Measure;
        current.Currency ??= previous.Currency;
        return true;
    }

    /// <summary>
    /// A price led by <c>from</c> after a word of payment (<c>fares from €289</c>, <c>rooms priced from $90</c>,
    /// <c>starting from £5</c>) with no far end is the lowest price offered: a floor. After a verb of change
    /// (<c>down from $5</c>) <c>from</c> names an earlier value instead, and is left alone.
    /// </summary>
    private bool IsPriceFloor(in NumberMatch match, int floor, out int phraseStart)
    {
        phraseStart = match.Start;
        if (match.Kind != NumberKind.Currency || !PreviousWord(match.Start, out var fs, out var fe) || fs < floor || !WordIs(fs, fe, "from")
            || !PreviousWord(fs, out var cs, out var ce) || !MoneyCues.TryGetValue(Span(cs, ce), out _))
        {
            return false;
        }

        phraseStart = fs;
        return true;
    }

    /// <summary>
    /// "Over" before a length of time is the preposition of a span as often as "more than": "prices rose over six years"
    /// is during them, "it lasted over six years" and "for over six years" exceed them. It bounds the amount only at the
    /// start of a sentence or after a word that asks for a length (<c>for</c>, <c>of</c>, <c>in</c>, <c>after</c>, a form
    /// of <c>last</c>, <c>take</c>, <c>spend</c>, <c>wait</c>).
    /// </summary>
    private bool IsOverATimeSpan(in NumberMatch match, int phraseStart)
    {
        if (match.Measure?.Dimension != Units.UnitDimension.Time || !WordIs(phraseStart, WordEnd(phraseStart), "over")
            || !PreviousWord(phraseStart, out var ps, out var pe))
        {
            return false;
        }

        var previous = _text.AsSpan(ps, pe - ps);
        foreach (var lead in LengthAskingWords)
        {
            if (previous.Equals(lead, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return !IsSentenceStart(phraseStart);
    }
}
