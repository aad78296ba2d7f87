using System.Linq.Expressions;
using Microsoft.Extensions.VectorData;

namespace Ingest.Store.VectorData.Tests;

/// <summary>An in-memory vector store that keeps the records written to it and the definitions it was given.</summary>
internal sealed class RecordingVectorStore : VectorStore
{
    public Dictionary<string, RecordingCollection> Collections { get; } = [];

    public override VectorStoreCollection<TKey, TRecord> GetCollection<TKey, TRecord>(string name, VectorStoreCollectionDefinition? definition = null)
    {
        var collection = new RecordingCollection(name, definition);
        Collections[name] = collection;
        return (VectorStoreCollection<TKey, TRecord>)(object)collection;
    }

    public override VectorStoreCollection<object, Dictionary<string, object?>> GetDynamicCollection(string name, VectorStoreCollectionDefinition definition) => throw new NotSupportedException();

    public override IAsyncEnumerable<string> ListCollectionNamesAsync(CancellationToken cancellationToken = default) => Collections.Keys.ToAsyncEnumerable();

    public override Task<bool> CollectionExistsAsync(string name, CancellationToken cancellationToken = default) => Task.FromResult(Collections.ContainsKey(name));

    public override Task EnsureCollectionDeletedAsync(string name, CancellationToken cancellationToken = default) => Task.FromResult(Collections.Remove(name));

    public override object? GetService(Type serviceType, object? serviceKey = null) => null;

    internal sealed class RecordingCollection(string name, VectorStoreCollectionDefinition? definition) : VectorStoreCollection<string, ChunkRecord>
    {
        public Dictionary<string, ChunkRecord> Records { get; } = [];

        public VectorStoreCollectionDefinition? Definition { get; } = definition;

        public bool Created { get; private set; }

        public override string Name { get; } = name;

        public override Task<bool> CollectionExistsAsync(CancellationToken cancellationToken = default) => Task.FromResult(Created);

        public override Task EnsureCollectionExistsAsync(CancellationToken cancellationToken = default)
        {
            Created = true;
            return Task.CompletedTask;
        }

        public override Task EnsureCollectionDeletedAsync(CancellationToken cancellationToken = default)
        {
            Created = false;
            Records.Clear();
            return Task.CompletedTask;
        }

        public override Task<ChunkRecord?> GetAsync(string key, RecordRetrievalOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(Records.GetValueOrDefault(key));

        public override IAsyncEnumerable<ChunkRecord> GetAsync(Expression<Func<ChunkRecord, bool>> filter, int top, FilteredRecordRetrievalOptions<ChunkRecord>? options = null, CancellationToken cancellationToken = default) =>
            Records.Values.Where(filter.Compile()).Take(top).ToAsyncEnumerable();

        public override Task DeleteAsync(string key, CancellationToken cancellationToken = default) => Task.FromResult(Records.Remove(key));

        public override Task UpsertAsync(ChunkRecord record, CancellationToken cancellationToken = default)
        {
            Records[record.Key] = record;
            return Task.CompletedTask;
        }

        public override Task UpsertAsync(IEnumerable<ChunkRecord> records, CancellationToken cancellationToken = default)
        {
            foreach (var record in records)
            {
                Records[record.Key] = record;
            }

            return Task.CompletedTask;
        }

        public override IAsyncEnumerable<VectorSearchResult<ChunkRecord>> SearchAsync<TInput>(TInput searchValue, int top, VectorSearchOptions<ChunkRecord>? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public override object? GetService(Type serviceType, object? serviceKey = null) => null;
    }
}
