using Microsoft.Data.Sqlite;

namespace Ingest.Store.Sqlite;

/// <summary>
/// The full-text rows of the open batch's chunks, added to <c>chunks_fts</c> in one go just before the batch commits.
/// FTS5 flushes its in-memory terms to a new index segment at every savepoint it takes part in; written per chunk inside
/// each document's savepoint, every document became a segment of its own, merged again and again as the index grew.
/// Kept out of the savepoints, a batch is one segment. A document's rows are staged while it is written and join the
/// batch only once its savepoint is released, so a document rolled back leaves none behind. One instance per FTS5 table
/// (<c>chunks_fts</c>: text and heading path; <c>names_fts</c>: one column, the second value unused).
/// </summary>
internal sealed class PendingFullText(SqliteConnection connection, string table, params string[] columns)
{
    private readonly Dictionary<long, (string Text, string? Second)> _rows = [];
    private readonly List<(long Id, string Text, string? Second)> _staged = [];
    private readonly List<long> _stagedRemovals = [];
    private SqliteCommand? _insert;

    /// <summary>Whether the chunk's row waits in the batch (so it is not in <c>chunks_fts</c> yet).</summary>
    public bool Holds(long chunkId) => _rows.ContainsKey(chunkId);

    /// <summary>Stages the row of a chunk the current document wrote.</summary>
    public void Stage(long chunkId, string text, string? second = null) => _staged.Add((chunkId, text, second));

    /// <summary>Stages the removal of a waiting row whose chunk the current document deleted.</summary>
    public void StageRemoval(long chunkId) => _stagedRemovals.Add(chunkId);

    /// <summary>The current document's savepoint was released: its staged changes join the batch.</summary>
    public void AcceptDocument()
    {
        // Removals first: a chunk id freed by a deleted document can be given again to one of the new chunks.
        foreach (var id in _stagedRemovals)
        {
            _rows.Remove(id);
        }

        foreach (var (id, text, path) in _staged)
        {
            _rows[id] = (text, path);
        }

        DiscardDocument();
    }

    /// <summary>The current document was rolled back: its staged changes are dropped.</summary>
    public void DiscardDocument()
    {
        _staged.Clear();
        _stagedRemovals.Clear();
    }

    /// <summary>Adds the batch's rows to the full-text index, inside the batch's transaction.</summary>
    public void Write(SqliteTransaction transaction)
    {
        if (_rows.Count == 0)
        {
            return;
        }

        _insert ??= Prepare();
        _insert.Transaction = transaction;
        var p = _insert.Parameters;
        foreach (var (id, (text, path)) in _rows)
        {
            p[0].Value = id;
            p[1].Value = text;
            if (p.Count > 2)
            {
                p[2].Value = path;
            }

            _insert.ExecuteNonQuery();
        }
    }

    /// <summary>Forgets the batch's rows: it committed, or was rolled back.</summary>
    public void Clear()
    {
        _rows.Clear();
        DiscardDocument();
    }

    private SqliteCommand Prepare()
    {
        var command = connection.CreateCommand();
        var values = string.Join(", ", columns.Select((_, i) => "$c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        command.CommandText = $"INSERT INTO {table}(rowid, {string.Join(", ", columns)}) VALUES ($id, {values})";
        command.Parameters.Add("$id", SqliteType.Integer);
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add("$c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), SqliteType.Text);
        }

        return command;
    }
}
