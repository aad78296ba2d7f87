namespace Ingest.Store.Sqlite;

/// <summary>A chunk found by a <see cref="ChunkQuery"/>, with where it comes from.</summary>
/// <param name="Source">The document's source.</param>
/// <param name="Title">The document's title, when known.</param>
/// <param name="ChunkId">The chunk's stable id.</param>
/// <param name="ChunkIndex">The chunk's position in its document.</param>
/// <param name="Text">The chunk's text.</param>
/// <param name="HeadingPath">The headings the chunk sits under, joined with <c> &gt; </c>.</param>
/// <param name="Pages">The pages the chunk draws from (paged formats).</param>
/// <param name="Score">The rank: BM25 for text queries (lower is better, as SQLite reports it) or cosine similarity (higher is better).</param>
public sealed record ChunkHit(Uri Source, string? Title, string ChunkId, int ChunkIndex, string Text, string HeadingPath, IReadOnlyList<int> Pages, double Score);
