using Microsoft.Extensions.AI;

namespace Ingest.Store.VectorData.Tests;

/// <summary>A deterministic generator: the vector is the text's length and its count of spaces, padded to the dimensions.</summary>
internal sealed class CountingEmbeddingGenerator(int dimensions) : IEmbeddingGenerator<string, Embedding<float>>
{
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var embeddings = values.Select(v =>
        {
            var vector = new float[dimensions];
            vector[0] = v.Length;
            vector[1] = v.Count(c => c == ' ');
            return new Embedding<float>(vector);
        });
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(embeddings));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
