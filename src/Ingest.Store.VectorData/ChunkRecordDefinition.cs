using Microsoft.Extensions.VectorData;

namespace Ingest.Store.VectorData;

/// <summary>The collection schema of <see cref="ChunkRecord"/>, built at run time because the dimensions depend on the model.</summary>
internal static class ChunkRecordDefinition
{
    public static VectorStoreCollectionDefinition For(int dimensions) => new()
    {
        Properties =
        [
            new VectorStoreKeyProperty(nameof(ChunkRecord.Key), typeof(string)),
            new VectorStoreDataProperty(nameof(ChunkRecord.ChunkId), typeof(string)),
            new VectorStoreDataProperty(nameof(ChunkRecord.Source), typeof(string)) { IsIndexed = true },
            new VectorStoreDataProperty(nameof(ChunkRecord.ChunkIndex), typeof(int)),
            new VectorStoreDataProperty(nameof(ChunkRecord.Text), typeof(string)) { IsFullTextIndexed = true },
            new VectorStoreDataProperty(nameof(ChunkRecord.HeadingPath), typeof(string)),
            new VectorStoreDataProperty(nameof(ChunkRecord.Pages), typeof(string)),
            new VectorStoreVectorProperty(nameof(ChunkRecord.Embedding), typeof(ReadOnlyMemory<float>), dimensions),
        ],
    };
}
