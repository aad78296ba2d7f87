using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ingest.Store.Sqlite;

/// <summary>
/// The full-text rows of the open batch, added to an FTS5 table in one go just before the batch commits. FTS5 flushes
/// its in-memory terms to a new index segment at every savepoint it takes part in; written per row inside each
/// document's savepoint, every document became a segment of its own, merged again and again as the index grew. Kept out
/// of the savepoints, a batch is one segment. A document's rows are staged while it is written and join the batch only
/// once its savepoint is released, so a document rolled back leaves none behind. One instance per FTS5 table:
/// <c>chunks_fts</c> (text and heading path of each chunk; since schema 8 most chunk rows keep no text of their own, so the
/// text is bound from the chunks in memory rather than copied from the content table, which would read the document's
/// whole text once per chunk) and <c>names_fts</c> (one row per document).
/// </summary>
internal sealed class PendingFullText
{
    private readonly SqliteConnection _connection;
    private readonly string _table;
    private readonly string[] _columns;
    private readonly Dictionary<long, (string? First, string? Second)> _rows = [];
    private readonly List<(long Id, string? First, string? Second)> _staged = [];
    private readonly List<long> _stagedRemovals = [];
    private long[] _ordered = [];
    private RawStatement? _insert;

    /// <summary>An index of one or two text columns (<paramref name="columns"/>).</summary>
    public PendingFullText(SqliteConnection connection, string table, params string[] columns)
    {
        _connection = connection;
        _table = table;
        _columns = columns;
    }

    /// <summary>The characters of the rows waiting in the batch (the batch commits early when they pass a bound).</summary>
    public long PendingCharacters { get; private set; }

    /// <summary>Whether the row waits in the batch (so it is not in the index yet).</summary>
    public bool Holds(long id) => _rows.ContainsKey(id);

    /// <summary>Stages the row of something the current document wrote, with the text of its columns.</summary>
    public void Stage(long id, string? first, string? second = null) => _staged.Add((id, first, second));

    /// <summary>Stages the removal of a waiting row whose source the current document deleted.</summary>
    public void StageRemoval(long id) => _stagedRemovals.Add(id);

    /// <summary>The current document's savepoint was released: its staged changes join the batch.</summary>
    public void AcceptDocument()
    {
        // Removals first: an id freed by a deleted document can be given again to one of the new rows.
        foreach (var id in _stagedRemovals)
        {
            if (_rows.Remove(id, out var removed))
            {
                PendingCharacters -= Size(removed.First, removed.Second);
            }
        }

        foreach (var (id, first, second) in _staged)
        {
            _rows[id] = (first, second);
            PendingCharacters += Size(first, second);
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

        // In rowid order: FTS5 starts a new index segment whenever a rowid is lower than the one before.
        if (_ordered.Length < _rows.Count)
        {
            _ordered = new long[Math.Max(_rows.Count, _ordered.Length * 2)];
        }

        _rows.Keys.CopyTo(_ordered, 0);
        var ids = _ordered.AsSpan(0, _rows.Count);
        ids.Sort();
        var insert = _insert ??= new RawStatement(_connection, InsertSql());
        foreach (var id in ids)
        {
            var (first, second) = _rows[id];
            insert.Bind(1, id);
            insert.Bind(2, first);
            if (_columns.Length > 1)
            {
                insert.Bind(3, second);
            }

            insert.Execute();
        }
    }

    /// <summary>Forgets the batch's rows: it committed, or was rolled back.</summary>
    public void Clear()
    {
        _rows.Clear();
        PendingCharacters = 0;
        DiscardDocument();
    }

    /// <summary>Releases the prepared statement (before the connection closes).</summary>
    public void Release()
    {
        _insert?.Dispose();
        _insert = null;
    }

    private static long Size(string? first, string? second) => (first?.Length ?? 0) + (second?.Length ?? 0);

    private string InsertSql()
    {
        var columns = string.Join(", ", _columns);
        var values = _columns.Length > 1 ? "?1, ?2, ?3" : "?1, ?2";
        return string.Create(CultureInfo.InvariantCulture, $"INSERT INTO {_table}(rowid, {columns}) VALUES ({values})");
    }
}
