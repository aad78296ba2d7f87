namespace Ingest.Store.Sqlite;

/// <summary>Thread-safe counts of write outcomes, shared by the SQLite and PostgreSQL stores (compiled into both).</summary>
internal sealed class StoreWriteTally
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

    /// <summary>Counts one outcome.</summary>
    /// <param name="outcome">What the write did.</param>
    public void Record(StoreWriteOutcome outcome)
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
