using Ingest.Chunking;

namespace Ingest.Benchmarks.Product;

/// <summary>A sink that only chunks each document, as the store's sink does before writing: the chunking share of the store's cost.</summary>
internal sealed class ChunkOnlySink : IResultSink
{
    private readonly IDocumentChunker _chunker = DocumentChunkers.Create();

    public long Chunks { get; private set; }

    public ValueTask WriteAsync(IngestResult result, CancellationToken cancellationToken = default)
    {
        if (result.Document is { } document)
        {
            Chunks += _chunker.Chunk(document, cancellationToken).Count;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask FlushAsync(CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
