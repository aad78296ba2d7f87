namespace Ingest.Pipeline;

/// <summary>
/// Orders a few registrations by an integer key, equal keys in their given order. Start-up orders readers, normalizers
/// and source providers this way: LINQ's <c>OrderBy</c>/<c>ThenBy</c> over index tuples was jitted in every host
/// process (ReadyToRun cannot precompile the framework's generic sorting over a tuple of our types), and an insertion
/// sort of a dozen items needs none of it.
/// </summary>
internal static class StableOrder
{
    /// <summary>The items sorted by ascending <paramref name="key"/>; items with equal keys keep their order.</summary>
    /// <typeparam name="T">The item type, a reference type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="key">The sort key of an item.</param>
    public static T[] By<T>(IEnumerable<T> items, Func<T, int> key)
        where T : class
    {
        var sorted = items.ToArray();
        var keys = new int[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            keys[i] = key(sorted[i]);
        }

        for (var i = 1; i < sorted.Length; i++)
        {
            var item = sorted[i];
            var k = keys[i];
            var j = i - 1;

            // Strictly greater keys move up, equal ones stay before: the order is stable.
            while (j >= 0 && keys[j] > k)
            {
                sorted[j + 1] = sorted[j];
                keys[j + 1] = keys[j];
                j--;
            }

            sorted[j + 1] = item;
            keys[j + 1] = k;
        }

        return sorted;
    }
}
