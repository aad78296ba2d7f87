using Ingest.Chunking;

namespace Ingest.Store.Sqlite;

/// <summary>The first chunk each entity lies in, by reference.</summary>
internal static class ChunkLookup
{
    /// <summary>Fills <paramref name="positions"/> (cleared first, so a writer can reuse it) with the position in <paramref name="chunks"/> of each entity's first chunk.</summary>
    public static Dictionary<Entity, int> Positions(IReadOnlyList<Chunk> chunks, Dictionary<Entity, int> positions)
    {
        positions.Clear();
        for (var i = 0; i < chunks.Count; i++)
        {
            foreach (var entity in chunks[i].Entities)
            {
                positions.TryAdd(entity, i);
            }
        }

        return positions;
    }
}
