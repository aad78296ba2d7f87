namespace Ingest.Normalizers;

/// <summary>
/// The spans of the entities an earlier normalizer added, sorted, so that "does this range overlap one of them" is a
/// binary search rather than a pass over every entity for every candidate (which grew with the square of the text).
/// </summary>
internal sealed class EntitySpanIndex
{
    private readonly int[] _starts;
    private readonly int[] _maxEnds;

    private EntitySpanIndex(int[] starts, int[] maxEnds)
    {
        _starts = starts;
        _maxEnds = maxEnds;
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
        List<(int Start, int End)>? spans = null;
        foreach (var entity in entities)
        {
            if (accept(entity))
            {
                (spans ??= new List<(int, int)>()).Add((entity.Start, entity.Start + entity.Length));
            }
        }

        if (spans is null)
        {
            return null;
        }

        spans.Sort();
        var starts = new int[spans.Count];
        var maxEnds = new int[spans.Count];
        var max = int.MinValue;
        for (var i = 0; i < spans.Count; i++)
        {
            starts[i] = spans[i].Start;
            max = Math.Max(max, spans[i].End);
            maxEnds[i] = max;
        }

        return new EntitySpanIndex(starts, maxEnds);
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) overlaps an indexed span.</summary>
    /// <param name="start">The first character.</param>
    /// <param name="end">The character after the last.</param>
    public bool Overlaps(int start, int end)
    {
        // Spans before the lower bound of end start before the range ends; one of them must end after it starts.
        var lo = 0;
        var hi = _starts.Length;
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
