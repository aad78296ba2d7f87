namespace Ingest.Normalizers.Numbers;

/// <content>Vague amounts: tens of thousands, hundreds of civilians, in the hundreds.</content>
internal sealed partial class NumberScanner
{
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
