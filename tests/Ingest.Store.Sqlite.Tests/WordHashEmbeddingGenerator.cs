using Microsoft.Extensions.AI;

namespace Ingest.Store.Sqlite.Tests;

/// <summary>
/// A deterministic local embedding generator: each lower-cased word adds to one of 64 dimensions chosen by a stable hash,
/// so texts that share words are similar. It can fail its first calls to exercise retries.
/// </summary>
internal sealed class WordHashEmbeddingGenerator(int failFirstCalls = 0) : IEmbeddingGenerator<string, Embedding<float>>
{
    private int _calls;

    public int Calls => _calls;

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _calls) <= failFirstCalls)
        {
            throw new HttpRequestException("The embedding service is overloaded (simulated).");
        }

        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(values.Select(v => new Embedding<float>(Embed(v)))));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    private static float[] Embed(string text)
    {
        var vector = new float[64];
        foreach (var word in text.Split([' ', '\n', '\t', '.', ',', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            var hash = 17u;
            foreach (var c in word.ToUpperInvariant())
            {
                hash = (hash * 31) + c;
            }

            vector[hash % 64] += 1;
        }

        return vector;
    }
}
