using System.Runtime.CompilerServices;

namespace Ingest.Readers.Pdf.Collections;

/// <summary>
/// Sorts indices by an order passed as a struct, so that each comparison is inlined code rather than the delegate call
/// the framework's sort makes for every comparison. Ties are broken by the index itself, and reported: where the
/// order has no ties the sorted sequence is unique, so it is the one any other correct sort gives.
/// </summary>
/// <remarks>Quicksort on a median of three, insertion sort for short ranges, heapsort when the partitions stop shrinking.</remarks>
internal static class PdfIndexSort
{
    private const int ShortRange = 16;

    /// <summary>Sorts <paramref name="items"/> by <paramref name="order"/>; returns false when two items tie.</summary>
    /// <typeparam name="TOrder">The order, a struct.</typeparam>
    /// <param name="items">The indices, all different.</param>
    /// <param name="order">The order.</param>
    public static bool SortWithoutTies<TOrder>(Span<int> items, TOrder order)
        where TOrder : struct, IPdfIndexOrder
    {
        Sort(items, order, 2 * (32 - int.LeadingZeroCount(items.Length)));
        for (var i = 1; i < items.Length; i++)
        {
            if (order.Compare(items[i - 1], items[i]) == 0)
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Before<TOrder>(TOrder order, int x, int y)
        where TOrder : struct, IPdfIndexOrder
    {
        var c = order.Compare(x, y);
        return c != 0 ? c < 0 : x < y;
    }

    private static void Sort<TOrder>(Span<int> items, TOrder order, int rounds)
        where TOrder : struct, IPdfIndexOrder
    {
        while (items.Length > ShortRange)
        {
            if (rounds-- == 0)
            {
                HeapSort(items, order);
                return;
            }

            var split = Partition(items, order);

            // Recurse into the smaller side, loop on the larger: the stack stays logarithmic.
            if (split < items.Length - split)
            {
                Sort(items[..split], order, rounds);
                items = items[split..];
            }
            else
            {
                Sort(items[split..], order, rounds);
                items = items[..split];
            }
        }

        InsertionSort(items, order);
    }

    /// <summary>Partitions around a median of three; returns where the second part starts (strictly inside the span).</summary>
    private static int Partition<TOrder>(Span<int> items, TOrder order)
        where TOrder : struct, IPdfIndexOrder
    {
        var last = items.Length - 1;
        var mid = last / 2;
        if (Before(order, items[mid], items[0]))
        {
            (items[0], items[mid]) = (items[mid], items[0]);
        }

        if (Before(order, items[last], items[mid]))
        {
            (items[last], items[mid]) = (items[mid], items[last]);
            if (Before(order, items[mid], items[0]))
            {
                (items[0], items[mid]) = (items[mid], items[0]);
            }
        }

        // items[0] <= pivot <= items[last]: both ends stop the scans below.
        var pivot = items[mid];
        var i = 0;
        var j = last;
        while (true)
        {
            do
            {
                i++;
            }
            while (Before(order, items[i], pivot));

            do
            {
                j--;
            }
            while (Before(order, pivot, items[j]));

            if (i >= j)
            {
                return j + 1;
            }

            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static void InsertionSort<TOrder>(Span<int> items, TOrder order)
        where TOrder : struct, IPdfIndexOrder
    {
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i - 1;
            while (j >= 0 && Before(order, item, items[j]))
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }
    }

    private static void HeapSort<TOrder>(Span<int> items, TOrder order)
        where TOrder : struct, IPdfIndexOrder
    {
        var n = items.Length;
        for (var i = (n / 2) - 1; i >= 0; i--)
        {
            SiftDown(items, order, i, n);
        }

        for (var end = n - 1; end > 0; end--)
        {
            (items[0], items[end]) = (items[end], items[0]);
            SiftDown(items, order, 0, end);
        }
    }

    private static void SiftDown<TOrder>(Span<int> items, TOrder order, int root, int count)
        where TOrder : struct, IPdfIndexOrder
    {
        var item = items[root];
        while (true)
        {
            var child = (2 * root) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && Before(order, items[child], items[child + 1]))
            {
                child++;
            }

            if (!Before(order, item, items[child]))
            {
                break;
            }

            items[root] = items[child];
            root = child;
        }

        items[root] = item;
    }
}
