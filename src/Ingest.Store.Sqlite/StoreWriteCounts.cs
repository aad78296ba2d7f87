namespace Ingest.Store.Sqlite;

/// <summary>How many results the store's sink added, replaced and found unchanged.</summary>
public sealed class StoreWriteCounts
{
    private long _added;
    private long _replaced;
    private long _unchanged;

    /// <summary>Documents written for the first time.</summary>
    public long Added => Interlocked.Read(ref _added);

    /// <summary>Documents rewritten because their content or options changed.</summary>
    public long Replaced => Interlocked.Read(ref _replaced);

    /// <summary>Documents whose content hash and options fingerprint were already stored.</summary>
    public long Unchanged => Interlocked.Read(ref _unchanged);

    internal void Record(StoreWriteOutcome outcome)
    {
        switch (outcome)
        {
            case StoreWriteOutcome.Added:
                Interlocked.Increment(ref _added);
                break;
            case StoreWriteOutcome.Replaced:
                Interlocked.Increment(ref _replaced);
                break;
            default:
                Interlocked.Increment(ref _unchanged);
                break;
        }
    }
}
