using System.Security.Cryptography;
using System.Text;
using Ingest.Chunking;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.VectorData;

namespace Ingest.Store.VectorData;

/// <summary>Chunks each document, embeds the chunks in batches and upserts them into the configured collection.</summary>
internal sealed class VectorStoreResultSink : IResultSink
{
    private readonly VectorStoreSinkOptions _options;
    private readonly IDocumentChunker _chunker;
    private readonly IEmbeddingGenerator<string, Embedding<float>> _generator;
    private readonly VectorStoreCollection<string, ChunkRecord> _collection;
    private bool _ensured;

    public VectorStoreResultSink(
        IOptions<VectorStoreSinkOptions> options,
        VectorStore store,
        IEmbeddingGenerator<string, Embedding<float>> generator,
        IDocumentChunker? chunker = null)
    {
        _options = options.Value;
        _generator = generator;
        _chunker = chunker ?? DocumentChunkers.Create();
        _collection = store.GetCollection<string, ChunkRecord>(_options.CollectionName, ChunkRecordDefinition.For(_options.Dimensions));
    }

    public async ValueTask WriteAsync(IngestResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Document is not { } document)
        {
            return;
        }

        if (!_ensured)
        {
            await _collection.EnsureCollectionExistsAsync(cancellationToken).ConfigureAwait(false);
            _ensured = true;
        }

        var chunks = _chunker.Chunk(document, cancellationToken);
        var sourceKey = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(result.Source.ToString())).AsSpan(0, 8));
        for (var start = 0; start < chunks.Count; start += _options.BatchSize)
        {
            var batch = chunks.Skip(start).Take(_options.BatchSize).ToArray();
            var embeddings = await _generator.GenerateAsync(batch.Select(c => c.Text), cancellationToken: cancellationToken).ConfigureAwait(false);
            var records = batch.Select((c, i) => new ChunkRecord
            {
                Key = $"{sourceKey}-{c.Index}",
                ChunkId = c.Id,
                Source = result.Source.ToString(),
                ChunkIndex = c.Index,
                Text = c.Text,
                HeadingPath = string.Join(" > ", c.HeadingPath),
                Pages = string.Join(',', c.Pages),
                Embedding = embeddings[i].Vector,
            });
            await _collection.UpsertAsync(records, cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask FlushAsync(CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
