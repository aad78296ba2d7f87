using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ingest.Store.Sqlite;

/// <summary>
/// The full-text rows of the open batch, added to an FTS5 table in one go just before the batch commits. FTS5 flushes
/// its in-memory terms to a new index segment at every savepoint it takes part in; written per row inside each
/// document's savepoint, every document became a segment of its own, merged again and again as the index grew. Kept out
/// of the savepoints, a batch is one segment. A document's rows are staged while it is written and join the batch only
/// once its savepoint is released, so a document rolled back leaves none behind. One instance per FTS5 table:
/// <c>chunks_fts</c> (external content: only the chunk ids are kept, and the rows are copied from <c>chunks</c> by id
/// ranges, so the text is neither held nor bound a second time) and <c>names_fts</c> (its own text, one row per document).
/// </summary>
internal sealed class PendingFullText
{
    private readonly SqliteConnection _connection;
    private readonly string _table;
    private readonly string[] _columns;
    private readonly string? _contentTable;
    private readonly Dictionary<long, string?> _rows = [];
    private readonly List<(long Id, string? Text)> _staged = [];
    private readonly List<long> _stagedRemovals = [];
    private long[] _ids = [];
    private RawStatement? _insert;

    /// <summary>An index whose rows carry their own text, in <paramref name="column"/>.</summary>
    public PendingFullText(SqliteConnection connection, string table, string column)
        : this(connection, table, [column], contentTable: null)
    {
    }

    /// <summary>An index of the external-content table <paramref name="contentTable"/>: rows are copied from it by rowid.</summary>
    public PendingFullText(SqliteConnection connection, string table, string[] columns, string? contentTable)
    {
        _connection = connection;
        _table = table;
        _columns = columns;
        _contentTable = contentTable;
    }

    /// <summary>Whether the row waits in the batch (so it is not in the index yet).</summary>
    public bool Holds(long id) => _rows.ContainsKey(id);

    /// <summary>Stages the row of something the current document wrote (its text only for an index without a content table).</summary>
    public void Stage(long id, string? text = null) => _staged.Add((id, text));

    /// <summary>Stages the removal of a waiting row whose source the current document deleted.</summary>
    public void StageRemoval(long id) => _stagedRemovals.Add(id);

    /// <summary>The current document's savepoint was released: its staged changes join the batch.</summary>
    public void AcceptDocument()
    {
        // Removals first: an id freed by a deleted document can be given again to one of the new rows.
        foreach (var id in _stagedRemovals)
        {
            _rows.Remove(id);
        }

        foreach (var (id, text) in _staged)
        {
            _rows[id] = text;
        }

        DiscardDocument();
    }

    /// <summary>The current document was rolled back: its staged changes are dropped.</summary>
    public void DiscardDocument()
    {
        _staged.Clear();
        _stagedRemovals.Clear();
    }

    /// <summary>Adds the batch's rows to the full-text index, inside the batch's open transaction.</summary>
    public void Write()
    {
        if (_rows.Count == 0)
        {
            return;
        }

        _insert ??= new RawStatement(_connection, InsertSql());
        if (_contentTable is null)
        {
            foreach (var (id, text) in _rows)
            {
                _insert.Bind(1, id);
                _insert.Bind(2, text);
                _insert.Execute();
            }

            return;
        }

        WriteRanges(_insert);
    }

    /// <summary>Forgets the batch's rows: it committed, or was rolled back.</summary>
    public void Clear()
    {
        _rows.Clear();
        DiscardDocument();
    }

    /// <summary>Releases the prepared statement (before the connection closes).</summary>
    public void Release()
    {
        _insert?.Dispose();
        _insert = null;
    }

    // The waiting ids are all rows of the content table (deleted ones were taken out of the batch): each run of
    // consecutive ids is copied by one statement, usually a single run per batch.
    private void WriteRanges(RawStatement insert)
    {
        if (_ids.Length < _rows.Count)
        {
            _ids = new long[Math.Max(_rows.Count, _ids.Length * 2)];
        }

        _rows.Keys.CopyTo(_ids, 0);
        var ids = _ids.AsSpan(0, _rows.Count);
        ids.Sort();
        var from = 0;
        for (var i = 1; i <= ids.Length; i++)
        {
            if (i < ids.Length && ids[i] == ids[i - 1] + 1)
            {
                continue;
            }

            insert.Bind(1, ids[from]);
            insert.Bind(2, ids[i - 1]);
            insert.Execute();
            from = i;
        }
    }

    private string InsertSql()
    {
        var columns = string.Join(", ", _columns);
        if (_contentTable is null)
        {
            return string.Create(CultureInfo.InvariantCulture, $"INSERT INTO {_table}(rowid, {columns}) VALUES (?1, ?2)");
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"INSERT INTO {_table}(rowid, {columns}) SELECT rowid, {columns} FROM {_contentTable} WHERE rowid BETWEEN ?1 AND ?2");
    }
}
