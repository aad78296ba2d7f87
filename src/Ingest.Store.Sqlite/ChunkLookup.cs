using Ingest.Chunking;

namespace Ingest.Store.Sqlite;

/// <summary>The first chunk each entity lies in, by reference.</summary>
internal static class ChunkLookup
{
    public static Dictionary<Entity, long> Build(IReadOnlyList<Chunk> chunks, long[] chunkIds)
    {
        var map = new Dictionary<Entity, long>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < chunks.Count; i++)
        {
            foreach (var entity in chunks[i].Entities)
            {
                map.TryAdd(entity, chunkIds[i]);
            }
        }

        return map;
    }
}
