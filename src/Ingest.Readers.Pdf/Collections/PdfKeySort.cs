namespace Ingest.Readers.Pdf.Collections;

/// <summary>
/// Sorts 64-bit keys in place (heapsort: no recursion, no extra memory). Callers that need a stable order pack the
/// original position into the low bits, so that no two keys are equal. A type of this assembly so that ReadyToRun
/// precompiles it, where the framework's generic sorts and LINQ's ordering over the engine's tuples were jitted in every
/// host process.
/// </summary>
internal static class PdfKeySort
{
    /// <summary>Sorts <paramref name="keys"/> ascending.</summary>
    /// <param name="keys">The keys.</param>
    public static void Sort(Span<ulong> keys)
    {
        var n = keys.Length;
        for (var i = n / 2 - 1; i >= 0; i--)
        {
            SiftDown(keys, i, n);
        }

        for (var end = n - 1; end > 0; end--)
        {
            (keys[0], keys[end]) = (keys[end], keys[0]);
            SiftDown(keys, 0, end);
        }
    }

    /// <summary>True when <paramref name="keys"/> are already in ascending order.</summary>
    /// <param name="keys">The keys.</param>
    public static bool IsSorted(ReadOnlySpan<ulong> keys)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] < keys[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    private static void SiftDown(Span<ulong> keys, int root, int count)
    {
        var value = keys[root];
        while (true)
        {
            var child = 2 * root + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && keys[child + 1] > keys[child])
            {
                child++;
            }

            if (keys[child] <= value)
            {
                break;
            }

            keys[root] = keys[child];
            root = child;
        }

        keys[root] = value;
    }
}
