namespace Ingest.Normalizers.Numbers;

/// <content>Decades of a value: <c>in her 30s</c>, <c>highs in the 40s</c>, read as an approximate range over the decade.</content>
internal sealed partial class NumberScanner
{
    /// <summary>
    /// A two-digit decade of a value after <c>in</c> or <c>into</c> and a determiner (<c>in their 20s</c>, <c>into the 40s</c>):
    /// the range 20–29 or 40–49, approximate. Four-digit decades (<c>the 1990s</c>) and clipped years (<c>the '90s</c>) are
    /// calendar decades and are left to the dates.
    /// </summary>
    private bool TryValueDecade(int p, out NumberMatch match)
    {
        match = default;
        if (!(At(p) is >= '1' and <= '9') || At(p + 1) != '0' || At(p + 2) != 's' || char.IsLetterOrDigit(At(p + 3))
            || IsApostrophe(At(p + 3)) || char.IsLetterOrDigit(Before(p)) || IsApostrophe(Before(p)) || Before(p) is '-' or '.' or ',')
        {
            return false;
        }

        if (!PreviousWord(p, out var determinerStart, out var determinerEnd) || !IsDecadeDeterminer(determinerStart, determinerEnd)
            || !PreviousWord(determinerStart, out var prepositionStart, out var prepositionEnd)
            || !(WordIs(prepositionStart, prepositionEnd, "in") || WordIs(prepositionStart, prepositionEnd, "into")))
        {
            return false;
        }

        var low = (At(p) - '0') * 10d;
        match = new NumberMatch
        {
            Start = p,
            End = p + 3,
            Kind = NumberKind.Range,
            Value = double.NaN,
            Low = low,
            High = low + 9,
            HasBounds = true,
            Approximate = true,
        };
        return true;
    }

    private bool IsDecadeDeterminer(int start, int end)
        => WordIs(start, end, "the") || WordIs(start, end, "his") || WordIs(start, end, "her") || WordIs(start, end, "their")
            || WordIs(start, end, "my") || WordIs(start, end, "our") || WordIs(start, end, "your") || WordIs(start, end, "its");
}
