namespace Ingest.Readers.Pdf.Collections;

/// <summary>
/// Finds the value at one rank of a set of doubles (a median, a quartile) without sorting them all: layout needs one
/// rank of each line's gaps and sizes, and the framework's sort over doubles was jitted in every host process.
/// </summary>
/// <remarks>
/// Quickselect on a median of three, insertion sort for short ranges, and a heapsort of the range left when the
/// partitions stop shrinking, so no input costs more than n log n. Values must not be NaN.
/// </remarks>
internal static class PdfSelect
{
    private const int ShortRange = 16;

    /// <summary>The value that sorting <paramref name="values"/> ascending would put at <paramref name="rank"/>; reorders them.</summary>
    /// <param name="values">The values (reordered in place).</param>
    /// <param name="rank">The rank, from 0 to the count less one.</param>
    public static double AtRank(Span<double> values, int rank)
    {
        var lo = 0;
        var hi = values.Length - 1;
        var rounds = 2 * (64 - ulong.LeadingZeroCount((ulong)values.Length));
        while (hi - lo >= ShortRange)
        {
            if (rounds-- == 0)
            {
                HeapSort(values[lo..(hi + 1)]);
                return values[rank];
            }

            var (left, right) = Partition(values, lo, hi);

            // Everything before 'left' is at most the pivot, everything after 'right' at least; between them equals it.
            if (rank <= right)
            {
                hi = right;
            }
            else if (rank >= left)
            {
                lo = left;
            }
            else
            {
                return values[rank];
            }
        }

        InsertionSort(values[lo..(hi + 1)]);
        return values[rank];
    }

    private static (int Left, int Right) Partition(Span<double> values, int lo, int hi)
    {
        var mid = lo + ((hi - lo) >> 1);
        var pivot = MedianOfThree(values[lo], values[mid], values[hi]);
        var i = lo;
        var j = hi;
        while (i <= j)
        {
            while (values[i] < pivot)
            {
                i++;
            }

            while (values[j] > pivot)
            {
                j--;
            }

            if (i <= j)
            {
                (values[i], values[j]) = (values[j], values[i]);
                i++;
                j--;
            }
        }

        return (i, j);
    }

    private static double MedianOfThree(double a, double b, double c)
        => a < b ? (b < c ? b : Math.Max(a, c)) : (a < c ? a : Math.Max(b, c));

    private static void InsertionSort(Span<double> values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            var value = values[i];
            var j = i - 1;
            while (j >= 0 && values[j] > value)
            {
                values[j + 1] = values[j];
                j--;
            }

            values[j + 1] = value;
        }
    }

    private static void HeapSort(Span<double> values)
    {
        var n = values.Length;
        for (var i = (n / 2) - 1; i >= 0; i--)
        {
            SiftDown(values, i, n);
        }

        for (var end = n - 1; end > 0; end--)
        {
            (values[0], values[end]) = (values[end], values[0]);
            SiftDown(values, 0, end);
        }
    }

    private static void SiftDown(Span<double> values, int root, int count)
    {
        var value = values[root];
        while (true)
        {
            var child = (2 * root) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && values[child + 1] > values[child])
            {
                child++;
            }

            if (values[child] <= value)
            {
                break;
            }

            values[root] = values[child];
            root = child;
        }

        values[root] = value;
    }
}
