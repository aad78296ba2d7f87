namespace Ingest;

/// <summary>A chunk found by a full-text search of the PostgreSQL store.</summary>
/// <param name="Source">The document the chunk belongs to.</param>
/// <param name="ChunkKey">The chunk's stable key.</param>
/// <param name="Text">The chunk's text.</param>
/// <param name="Rank">PostgreSQL's <c>ts_rank</c> of the chunk for the query; higher is better.</param>
public sealed record PostgresChunkHit(Uri Source, string ChunkKey, string Text, double Rank);
