using Ingest.Chunking;

namespace Ingest.Store.Sqlite;

/// <summary>What the store writes for one result besides the result itself: hashes, chunks and their embeddings.</summary>
internal sealed record StoredDocument(
    string ContentHash,
    string Fingerprint,
    IReadOnlyList<Chunk> Chunks,
    IReadOnlyList<ReadOnlyMemory<float>>? Embeddings,
    bool StoreText);
