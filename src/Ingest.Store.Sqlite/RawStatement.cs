using Microsoft.Data.Sqlite;
using System.Buffers;
using System.Text;
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
    // Past this a value is encoded into a pooled array returned right after the bind, so that one large document does
    // not leave a buffer of its size held for the store's lifetime.
    private const int LargestReusedBuffer = 1 << 20;

    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    private byte[] _utf8 = new byte[1024];

    public RawStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle!;
        var rc = raw.sqlite3_prepare_v2(_database, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, _database);
    }

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, double value) => Check(raw.sqlite3_bind_double(_statement, index, value));

    /// <summary>
    /// Binds a string as UTF-8, encoded here into a buffer reused by every row: bound as UTF-16, SQLite translated it to
    /// the database's UTF-8 itself, one character at a time (<c>sqlite3VdbeMemTranslate</c>, about a third of the CPU
    /// time of the document and chunk rows, whose text is most of the bytes written). A lone surrogate becomes U+FFFD,
    /// as it does when SQLite's UTF-8 is read back into .NET, so the stored text keeps its length in characters.
    /// </summary>
    public void Bind(int index, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
            return;
        }

        var maxBytes = MaxByteCount(value);
        if (maxBytes > LargestReusedBuffer)
        {
            BindLarge(index, value, maxBytes);
            return;
        }

        if (maxBytes > _utf8.Length)
        {
            _utf8 = new byte[Math.Max((int)maxBytes, Math.Min(_utf8.Length * 2, LargestReusedBuffer))];
        }

        BindEncoded(index, value, _utf8);
    }

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

    /// <summary>The size of the buffer kept for the next values; at most about a mebibyte, whatever was bound before.</summary>
    internal int ReusedBufferLength => _utf8.Length;

    // What Encoding.UTF8.GetMaxByteCount returns, in long arithmetic: it throws past about 715 M characters.
    private static long MaxByteCount(string value) => ((long)value.Length + 1) * 3;

    private void BindLarge(int index, string value, long maxBytes)
    {
        var size = maxBytes <= Array.MaxLength ? (int)maxBytes : Encoding.UTF8.GetByteCount(value);
        var rented = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            BindEncoded(index, value, rented);
        }
        finally
        {
            // SQLite has its own copy by now (SQLITE_TRANSIENT), so the array can go back before the step.
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private void BindEncoded(int index, string value, byte[] buffer)
    {
        var length = Encoding.UTF8.GetBytes(value, buffer);

        // SQLitePCLRaw binds a span with SQLITE_TRANSIENT: SQLite copies the bytes, so the buffer is free for the next value.
        Check(raw.sqlite3_bind_text(_statement, index, buffer.AsSpan(0, length)));
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _database);
        }
    }
}
