namespace Ingest.Chunking;

/// <summary>Creates chunkers for use without dependency injection.</summary>
public static class DocumentChunkers
{
    /// <summary>Creates a chunker with <paramref name="options"/>, validated.</summary>
    /// <param name="options">The options; the defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public static IDocumentChunker Create(ChunkingOptions? options = null)
    {
        options ??= new ChunkingOptions();
        var failure = ChunkingOptionsValidator.Check(options);
        if (failure is not null)
        {
            throw new ArgumentException(failure, nameof(options));
        }

        return new DocumentChunker(options);
    }
}
