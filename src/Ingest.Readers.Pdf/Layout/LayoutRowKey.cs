using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>The order of <see cref="LayoutRowOrder"/> as a struct for <see cref="PdfIndexSort"/>.</summary>
/// <param name="row">The row of each glyph index.</param>
/// <param name="u">Positions along the writing direction, by glyph index.</param>
internal readonly struct LayoutRowKey(int[] row, double[] u) : IPdfIndexOrder
{
    /// <inheritdoc />
    public int Compare(int x, int y)
    {
        var c = row[x].CompareTo(row[y]);
        return c != 0 ? c : u[x].CompareTo(u[y]);
    }
}
