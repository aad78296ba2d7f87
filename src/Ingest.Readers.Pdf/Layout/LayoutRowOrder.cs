namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// Orders glyph indices by the row they were put in, then along the text: the line builder's second sort of a page.
/// </summary>
/// <remarks>A comparer of its own for the reason <see cref="LayoutBaselineOrder"/> gives.</remarks>
internal sealed class LayoutRowOrder : IComparer<int>
{
    private int[] _row = [];
    private double[] _u = [];

    /// <summary>Sets the rows and positions compared.</summary>
    /// <param name="row">The row of each glyph index.</param>
    /// <param name="u">Positions along the writing direction, by glyph index.</param>
    public void Use(int[] row, double[] u)
    {
        _row = row;
        _u = u;
    }

    /// <inheritdoc />
    public int Compare(int x, int y)
    {
        var c = _row[x].CompareTo(_row[y]);
        return c != 0 ? c : _u[x].CompareTo(_u[y]);
    }
}
