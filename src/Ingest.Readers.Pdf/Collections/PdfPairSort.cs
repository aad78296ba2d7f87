namespace Ingest.Readers.Pdf.Collections;

/// <summary>
/// Sorts doubles ascending and moves an index along with each (heapsort: no recursion, no extra memory). A type of
/// this assembly so that ReadyToRun precompiles it: the framework's key-and-item sort over doubles was jitted in every
/// host process. Equal keys come out in no particular order. Keys must not be NaN.
/// </summary>
internal static class PdfPairSort
{
    /// <summary>Sorts <paramref name="keys"/> ascending, applying the same moves to <paramref name="items"/>.</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="items">The items, as many as the keys.</param>
    public static void Sort(Span<double> keys, Span<int> items)
    {
        var n = keys.Length;
        for (var i = (n / 2) - 1; i >= 0; i--)
        {
            SiftDown(keys, items, i, n);
        }

        for (var end = n - 1; end > 0; end--)
        {
            (keys[0], keys[end]) = (keys[end], keys[0]);
            (items[0], items[end]) = (items[end], items[0]);
            SiftDown(keys, items, 0, end);
        }
    }

    private static void SiftDown(Span<double> keys, Span<int> items, int root, int count)
    {
        var key = keys[root];
        var item = items[root];
        while (true)
        {
            var child = (2 * root) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && keys[child + 1] > keys[child])
            {
                child++;
            }

            if (keys[child] <= key)
            {
                break;
            }

            keys[root] = keys[child];
            items[root] = items[child];
            root = child;
        }

        keys[root] = key;
        items[root] = item;
    }
}
