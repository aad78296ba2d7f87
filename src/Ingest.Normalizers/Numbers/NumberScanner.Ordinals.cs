namespace Ingest.Normalizers.Numbers;

/// <content>Ordinals: finishing an ordinal match and positions counted from the end.</content>
internal sealed partial class NumberScanner
{
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
}
