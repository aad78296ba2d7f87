namespace Ingest.Store.Sqlite;

/// <summary>How many results the store's sink added, replaced and found unchanged.</summary>
public sealed class StoreWriteCounts
{
    private readonly StoreWriteTally _tally = new();

    /// <summary>Documents written for the first time.</summary>
    public long Added => _tally.Added;

    /// <summary>Documents rewritten because their content or options changed.</summary>
    public long Replaced => _tally.Replaced;

    /// <summary>Documents whose content hash and options fingerprint were already stored.</summary>
    public long Unchanged => _tally.Unchanged;

    internal void Record(StoreWriteOutcome outcome) => _tally.Record(outcome);
}
