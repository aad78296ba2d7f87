namespace Ingest.Orleans;

/// <summary>A partition lease just taken: the batch's attempt bound, and the documents failed for good on the takeover.</summary>
internal sealed record LeaseGrant(int MaxAttempts, IReadOnlyList<WorkItem> Abandoned);
