namespace Ingest.Store.Sqlite;

/// <summary>The store could not be opened or written: locked by another writer, read-only, corrupt, or out of space.</summary>
public sealed class SqliteStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">A stable dotted code such as <c>store.locked</c>.</param>
    /// <param name="message">A message for people.</param>
    /// <param name="innerException">The underlying exception.</param>
    public SqliteStoreException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>The diagnostic code: <c>store.locked</c>, <c>store.read-only</c>, <c>store.corrupt</c>, <c>store.full</c> or <c>store.failed</c>.</summary>
    public string Code { get; }
}
