namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// Orders glyph indices by baseline, top first, then along the text: the line builder's first sort of a page.
/// </summary>
/// <remarks>
/// A comparer of its own, kept by the builder, in place of a comparison closure wrapped in a comparer: one delegate call
/// per comparison instead of two, and no allocation per page. The framework's sort is the same, so is the order.
/// </remarks>
internal sealed class LayoutBaselineOrder : IComparer<int>
{
    private double[] _u = [];
    private double[] _v = [];

    /// <summary>Sets the coordinates compared: <paramref name="u"/> along the text, <paramref name="v"/> across it.</summary>
    /// <param name="u">Positions along the writing direction, by glyph index.</param>
    /// <param name="v">Baselines across the writing direction, by glyph index.</param>
    public void Use(double[] u, double[] v)
    {
        _u = u;
        _v = v;
    }

    /// <inheritdoc />
    public int Compare(int x, int y)
    {
        var c = _v[y].CompareTo(_v[x]);
        return c != 0 ? c : _u[x].CompareTo(_u[y]);
    }
}
