using Ingest.Chunking;
using Microsoft.Extensions.AI;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Ingest.Store.Sqlite;

/// <summary>
/// Embeds chunks in batches through the registered <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>, each batch
/// retried with back-off and bounded by a time-out, since embedding services fail and throttle transiently.
/// </summary>
internal sealed class ChunkEmbedder(IEmbeddingGenerator<string, Embedding<float>> generator, int batchSize)
{
    private readonly ResiliencePipeline _resilience = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(200),
            ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => ex is not OperationCanceledException),
        })
        .AddTimeout(TimeSpan.FromSeconds(60))
        .Build();

    public string Name { get; } = generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? generator.GetType().Name;

    public async Task<IReadOnlyList<ReadOnlyMemory<float>>> EmbedAsync(IReadOnlyList<Chunk> chunks, CancellationToken cancellationToken)
    {
        var vectors = new List<ReadOnlyMemory<float>>(chunks.Count);
        for (var start = 0; start < chunks.Count; start += batchSize)
        {
            var batch = chunks.Skip(start).Take(batchSize).Select(c => c.Text).ToArray();
            var embeddings = await _resilience.ExecuteAsync(
                async token => await generator.GenerateAsync(batch, cancellationToken: token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            if (embeddings.Count != batch.Length)
            {
                throw new InvalidOperationException($"The embedding generator returned {embeddings.Count} embeddings for {batch.Length} chunks.");
            }

            vectors.AddRange(embeddings.Select(e => e.Vector));
        }

        return vectors;
    }

    public async Task<float[]> EmbedQueryAsync(string text, CancellationToken cancellationToken)
    {
        var embeddings = await _resilience.ExecuteAsync(
            async token => await generator.GenerateAsync([text], cancellationToken: token).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        return embeddings[0].Vector.ToArray();
    }
}
