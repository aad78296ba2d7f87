using Microsoft.Data.Sqlite;

namespace Ingest.Store.Sqlite;

/// <summary>Turns SQLite's result codes into the store's codes and messages people can act on.</summary>
internal static class StoreErrors
{
    public static SqliteStoreException Describe(SqliteException ex, string path) => (ex.SqliteErrorCode & 0xFF) switch
    {
        5 or 6 => new("store.locked", $"The database '{path}' is locked by another writer; only one host may write to it at a time, or raise the busy time-out.", ex),
        8 => new("store.read-only", $"The database '{path}' is read-only: check the file's and its folder's permissions.", ex),
        11 or 26 => new("store.corrupt", $"The file '{path}' is not a usable Ingest database (corrupt or not SQLite): move it away or choose another file.", ex),
        13 => new("store.full", $"The disk holding '{path}' is full; nothing of the current document was written.", ex),
        14 => new("store.cannot-open", $"The database '{path}' cannot be opened: check that its folder exists and is writable.", ex),
        _ => new("store.failed", $"Writing to the database '{path}' failed: {ex.Message}", ex),
    };
}
