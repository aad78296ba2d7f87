namespace Ingest;

/// <summary>How many rows the PostgreSQL store holds.</summary>
/// <param name="Documents">Documents, failed ones included.</param>
/// <param name="Chunks">Chunks.</param>
/// <param name="Entities">Entities.</param>
public sealed record PostgresStoreCounts(long Documents, long Chunks, long Entities);
