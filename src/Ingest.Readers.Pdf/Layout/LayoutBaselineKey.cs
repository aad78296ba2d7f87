using System.Runtime.CompilerServices;
using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>The order of <see cref="LayoutBaselineOrder"/> as a struct for <see cref="PdfIndexSort"/>.</summary>
/// <param name="u">Positions along the writing direction, by glyph index.</param>
/// <param name="v">Baselines across the writing direction, by glyph index.</param>
internal readonly struct LayoutBaselineKey(double[] u, double[] v) : IPdfIndexOrder
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Compare(int x, int y)
    {
        var c = PdfCompare.Compare(v[y], v[x]);
        return c != 0 ? c : PdfCompare.Compare(u[x], u[y]);
    }
}
