namespace Ingest.Store.Sqlite;

/// <summary>What writing one result did to the store.</summary>
internal enum StoreWriteOutcome
{
    /// <summary>The document was new and was added.</summary>
    Added,

    /// <summary>The document was stored before with other content or options and was replaced in one transaction.</summary>
    Replaced,

    /// <summary>The document was stored before with the same content hash and options fingerprint: nothing was rewritten.</summary>
    Unchanged,
}
