namespace Ingest.Orleans;

/// <summary>One document claimed by a worker: its place in the batch, where to read it, and which attempt this is.</summary>
internal sealed record WorkItem(string BatchId, int Ordinal, string Location, int Attempt, int MaxAttempts);
