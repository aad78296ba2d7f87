namespace Ingest.Normalizers;

/// <summary>
/// The spans of the entities an earlier normalizer added, sorted, so that "does this range overlap one of them" is a
/// binary search rather than a pass over every entity for every candidate (which grew with the square of the text).
/// </summary>
internal sealed class EntitySpanIndex
{
    private readonly int[] _starts;
    private readonly int[] _maxEnds;
    private readonly int _count;

    private EntitySpanIndex(int[] starts, int[] maxEnds, int count)
    {
        _starts = starts;
        _maxEnds = maxEnds;
        _count = count;
    }

    /// <summary>Indexes the entities of <paramref name="entities"/> whose type is accepted; <see langword="null"/> when there are none.</summary>
    /// <param name="entities">The document's entities.</param>
    /// <param name="accept">Whether an entity type counts.</param>
    public static EntitySpanIndex? Build(IEnumerable<Entity> entities, Func<string, bool> accept) => BuildWhere(entities, entity => accept(entity.Type));

    /// <summary>Indexes the entities of <paramref name="entities"/> that are accepted; <see langword="null"/> when there are none.</summary>
    /// <param name="entities">The document's entities.</param>
    /// <param name="accept">Whether an entity counts.</param>
    public static EntitySpanIndex? BuildWhere(IEnumerable<Entity> entities, Func<Entity, bool> accept)
    {
        // The document's list is read by index (its enumerator would be boxed), into two arrays of at most its size.
        var list = entities as IList<Entity> ?? [.. entities];
        int[]? starts = null;
        int[]? ends = null;
        var count = 0;
        var sorted = true;
        for (var i = 0; i < list.Count; i++)
        {
            var entity = list[i];
            if (!accept(entity))
            {
                continue;
            }

            starts ??= new int[list.Count - i];
            ends ??= new int[list.Count - i];
            sorted &= count == 0 || starts[count - 1] <= entity.Start;
            starts[count] = entity.Start;
            ends[count] = entity.Start + entity.Length;
            count++;
        }

        if (starts is null || ends is null)
        {
            return null;
        }

        // Each normalizer adds its entities in text order, so the spans are mostly sorted already. Only the order of
        // the starts matters: spans that start together are all before a range's end or all not, and the running
        // maximum of their ends is the same in any order.
        if (!sorted)
        {
            Array.Sort(starts, ends, 0, count);
        }

        var max = int.MinValue;
        for (var i = 0; i < count; i++)
        {
            max = Math.Max(max, ends[i]);
            ends[i] = max;
        }

        return new EntitySpanIndex(starts, ends, count);
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) overlaps an indexed span.</summary>
    /// <param name="start">The first character.</param>
    /// <param name="end">The character after the last.</param>
    public bool Overlaps(int start, int end)
    {
        // Spans before the lower bound of end start before the range ends; one of them must end after it starts.
        var lo = 0;
        var hi = _count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_starts[mid] < end)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 && _maxEnds[lo - 1] > start;
    }
}
