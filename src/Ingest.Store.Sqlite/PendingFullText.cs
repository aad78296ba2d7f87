using Microsoft.Data.Sqlite;

namespace Ingest.Store.Sqlite;

/// <summary>
/// The full-text rows of the open batch's chunks, added to <c>chunks_fts</c> in one go just before the batch commits.
/// FTS5 flushes its in-memory terms to a new index segment at every savepoint it takes part in; written per chunk inside
/// each document's savepoint, every document became a segment of its own, merged again and again as the index grew.
/// Kept out of the savepoints, a batch is one segment. A document's rows are staged while it is written and join the
/// batch only once its savepoint is released, so a document rolled back leaves none behind.
/// </summary>
internal sealed class PendingFullText(SqliteConnection connection)
{
    private readonly Dictionary<long, (string Text, string HeadingPath)> _rows = [];
    private readonly List<(long Id, string Text, string HeadingPath)> _staged = [];
    private readonly List<long> _stagedRemovals = [];
    private SqliteCommand? _insert;

    /// <summary>Whether the chunk's row waits in the batch (so it is not in <c>chunks_fts</c> yet).</summary>
    public bool Holds(long chunkId) => _rows.ContainsKey(chunkId);

    /// <summary>Stages the row of a chunk the current document wrote.</summary>
    public void Stage(long chunkId, string text, string headingPath) => _staged.Add((chunkId, text, headingPath));

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
            p[2].Value = path;
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
        command.CommandText = "INSERT INTO chunks_fts(rowid, text, heading_path) VALUES ($id, $text, $path)";
        command.Parameters.Add("$id", SqliteType.Integer);
        command.Parameters.Add("$text", SqliteType.Text);
        command.Parameters.Add("$path", SqliteType.Text);
        return command;
    }
}
