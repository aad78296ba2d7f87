using System.Runtime.CompilerServices;
using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// The geometry <see cref="LayoutReadingOrder"/> compares, copied out of the blocks once per page, with the blocks'
/// indices sorted by vertical centre so the search for a block lying between two others scans only that band.
/// </summary>
internal sealed class LayoutOrderGeometry
{
    private const double Tolerance = 0.5;
    private readonly double[] _left;
    private readonly double[] _right;
    private readonly double[] _centerY;
    private readonly int[] _byCenter;
    private readonly double[] _sortedCenter;

    /// <summary>Copies the geometry of <paramref name="blocks"/>.</summary>
    public LayoutOrderGeometry(List<LayoutBlockDraft> blocks)
    {
        var n = blocks.Count;
        _left = new double[n];
        _right = new double[n];
        _centerY = new double[n];
        _byCenter = new int[n];
        for (var i = 0; i < n; i++)
        {
            var block = blocks[i];
            _left[i] = block.Left;
            _right[i] = block.Right;
            _centerY[i] = (block.Top + block.Bottom) / 2;
            _byCenter[i] = i;
        }

        _sortedCenter = (double[])_centerY.Clone();
        PdfPairSort.Sort(_sortedCenter, _byCenter);
    }

    /// <summary>
    /// Whether block <paramref name="a"/> is read before block <paramref name="b"/>, and <paramref name="b"/> before
    /// <paramref name="a"/>: one block precedes another it overlaps horizontally and lies above, or lies entirely to its
    /// left with no block spanning both between them vertically. Both directions at once, since they share the overlap
    /// and the search between the two.
    /// </summary>
    public (bool AFirst, bool BFirst) Relation(int a, int b)
    {
        if (Overlap(a, b) > Tolerance)
        {
            return (_centerY[a] > _centerY[b], _centerY[b] > _centerY[a]);
        }

        var aLeftOfB = !(_right[a] > _left[b] + Tolerance);
        var bLeftOfA = !(_right[b] > _left[a] + Tolerance);
        if (!aLeftOfB && !bLeftOfA)
        {
            return (false, false);
        }

        var open = NothingSpansBetween(a, b);
        return (aLeftOfB && open, bLeftOfA && open);
    }

    /// <summary>True when no third block between the two vertically overlaps both horizontally.</summary>
    private bool NothingSpansBetween(int a, int b)
    {
        var high = Math.Max(_centerY[a], _centerY[b]);
        var low = Math.Min(_centerY[a], _centerY[b]);
        for (var k = FirstAbove(low); k < _sortedCenter.Length; k++)
        {
            var y = _sortedCenter[k];
            if (!(y < high))
            {
                break;
            }

            var c = _byCenter[k];
            if (c != a && c != b && y > low && Overlap(c, a) > Tolerance && Overlap(c, b) > Tolerance)
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Overlap(int a, int b) => Math.Min(_right[a], _right[b]) - Math.Max(_left[a], _left[b]);

    /// <summary>The first position in the sorted centres whose value is above <paramref name="low"/>.</summary>
    private int FirstAbove(double low)
    {
        int lo = 0, hi = _sortedCenter.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_sortedCenter[mid] > low)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
