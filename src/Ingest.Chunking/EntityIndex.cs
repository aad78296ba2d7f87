namespace Ingest.Chunking;

/// <summary>The document's entities ordered by start, to find those inside a chunk's segments by binary search.</summary>
internal sealed class EntityIndex
{
    private readonly Entity[] _entities;

    public EntityIndex(IList<Entity> entities)
    {
        _entities = [.. entities];
        Array.Sort(_entities, static (a, b) => a.Start.CompareTo(b.Start));
    }

    public IReadOnlyList<Entity> Inside(List<ChunkSegment> segments)
    {
        List<Entity>? inside = null;
        foreach (var segment in segments)
        {
            var end = segment.DocumentStart + segment.Length;
            for (var i = FirstAtOrAfter(segment.DocumentStart); i < _entities.Length && _entities[i].Start < end; i++)
            {
                if (_entities[i].Start + _entities[i].Length <= end)
                {
                    (inside ??= []).Add(_entities[i]);
                }
            }
        }

        return inside is null ? [] : inside;
    }

    private int FirstAtOrAfter(int start)
    {
        int low = 0, high = _entities.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_entities[mid].Start < start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
