namespace Ingest.Normalizers.Numbers;

/// <content>Decades of a value: <c>in her 30s</c>, <c>highs in the 40s</c>, read as an approximate range over the decade.</content>
internal sealed partial class NumberScanner
{
    /// <summary>
    /// A two-digit decade of a value (<c>in their 20s</c>, <c>highs in the 40s</c>; the rule is <see cref="ValueDecades"/>, shared
    /// with the dates): the range 20–29 or 40–49, approximate. Four-digit decades (<c>the 1990s</c>), clipped years
    /// (<c>the '90s</c>) and decades with no measured noun before them (<c>popular in the 60s</c>) are calendar decades, left to the dates.
    /// </summary>
    private bool TryValueDecade(int p, out NumberMatch match)
    {
        match = default;
        if (!(At(p) is >= '1' and <= '9') || At(p + 1) != '0' || At(p + 2) != 's' || char.IsLetterOrDigit(At(p + 3))
            || IsApostrophe(At(p + 3)) || char.IsLetterOrDigit(Before(p)) || IsApostrophe(Before(p)) || Before(p) is '-' or '.' or ',')
        {
            return false;
        }

        if (!ValueDecades.IsValueDecade(_text, p))
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
}
