using Ingest.Chunking;

namespace Ingest.Store.Postgres;

/// <summary>What the store writes for one result besides the result itself: the idempotency key and the chunks.</summary>
internal sealed record PostgresWriteInput(string ContentHash, string Fingerprint, IReadOnlyList<Chunk> Chunks, bool StoreText);
