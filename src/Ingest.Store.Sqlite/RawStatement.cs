using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Ingest.Store.Sqlite;

/// <summary>
/// One insert statement prepared once on the store's connection and run straight through SQLite's C API: bound, stepped
/// and reset per row. The rows of a batch number in the hundreds of thousands (chunks, dates, numbers); going through an
/// ADO.NET command for each cost a reader, a parameter lookup and a value conversion per row. It runs in whatever
/// transaction and savepoint the connection has open, like any statement of the connection. Parameters are numbered
/// from 1 in the order of the SQL. Not thread-safe: the store locks.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle!;
        var rc = raw.sqlite3_prepare_v2(_database, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, _database);
    }

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, double value) => Check(raw.sqlite3_bind_double(_statement, index, value));

    public void Bind(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text16(_statement, index, value.AsSpan()));

    public void BindNullable(int index, int? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int64(_statement, index, v) : raw.sqlite3_bind_null(_statement, index));

    /// <summary>Binds text already encoded as UTF-8 (JSON written into a reused buffer): no string, no second encoding.</summary>
    public void BindUtf8(int index, ReadOnlySpan<byte> value) => Check(raw.sqlite3_bind_text(_statement, index, value));

    public void BindBlob(int index, byte[]? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_blob(_statement, index, value));

    /// <summary>Runs the statement with the values bound and makes it ready for the next row.</summary>
    /// <exception cref="SqliteException">SQLite refused the row (constraint, full disk...).</exception>
    public void Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        while (rc == raw.SQLITE_ROW)
        {
            rc = raw.sqlite3_step(_statement);
        }

        // reset returns the step's error again; the statement is reusable either way.
        var reset = raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _database);
            SqliteException.ThrowExceptionForRC(reset, _database);
        }
    }

    /// <summary>The rowid the last insert of the connection gave its row.</summary>
    public long LastRowId => raw.sqlite3_last_insert_rowid(_database);

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _database);
        }
    }
}
