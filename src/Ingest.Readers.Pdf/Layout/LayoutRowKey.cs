using System.Runtime.CompilerServices;
using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>The order of <see cref="LayoutRowOrder"/> as a struct for <see cref="PdfIndexSort"/>.</summary>
/// <param name="row">The row of each glyph index.</param>
/// <param name="u">Positions along the writing direction, by glyph index.</param>
internal readonly struct LayoutRowKey(int[] row, double[] u) : IPdfIndexOrder
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Compare(int x, int y)
    {
        var c = PdfCompare.Compare(row[x], row[y]);
        return c != 0 ? c : PdfCompare.Compare(u[x], u[y]);
    }
}
