namespace Ingest.Normalizers.Numbers;

/// <content>Amounts relative to another: percent of, ratios and percentages written after the amount.</content>
internal sealed partial class NumberScanner
{
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
}
