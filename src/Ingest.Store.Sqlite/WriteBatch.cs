using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Ingest.Store.Sqlite;

/// <summary>
/// The open write transaction of a store: several documents share one transaction (one commit, one FTS5 segment, each
/// index page written once per batch instead of once per document), each document inside a savepoint of its own so a
/// document that fails leaves nothing behind while the batch goes on. Outcomes are counted only once their batch has
/// committed: a document is reported written only when it is in the database. The batch's full-text rows (chunks and names) are added
/// just before the commit (<see cref="PendingFullText"/>). Not thread-safe: the store locks.
/// </summary>
internal sealed class WriteBatch(SqliteConnection connection, IReadOnlyList<PendingFullText> fullText, StoreWriteCounts counts, int maxDocuments, TimeSpan maxAge, long maxPendingCharacters)
    : IDisposable
{
    private readonly List<StoreWriteOutcome> _pending = [];
    private SqliteTransaction? _transaction;
    private long _startedAt;

    // The document savepoint's three statements, prepared once: SqliteTransaction.Save and Release prepare their SQL
    // again on every call, two to four times per document.
    private RawStatement? _save;
    private RawStatement? _release;
    private RawStatement? _rollBack;

    /// <summary>
    /// Runs <paramref name="work"/> for one document in the batch (begun when none is open) and commits the batch when full
    /// or old. With <paramref name="savepoint"/>, the work runs in a savepoint of its own, rolled back alone when it fails;
    /// without, it must change the database in at most one statement (which SQLite undoes by itself when it fails).
    /// </summary>
    /// <returns>The document's outcome, or <see langword="null"/> when <paramref name="work"/> wrote nothing.</returns>
    public StoreWriteOutcome? Run(Func<SqliteTransaction, StoreWriteOutcome?> work, bool savepoint = true)
    {
        // Immediate: take the write lock at the start, so a second writer waits (up to the busy time-out) or fails
        // before anything is half-written.
        if (_transaction is null)
        {
            _transaction = connection.BeginTransaction(deferred: false);
            _startedAt = Stopwatch.GetTimestamp();
        }

        var transaction = _transaction;
        if (savepoint)
        {
            (_save ??= new RawStatement(connection, "SAVEPOINT document")).Execute();
        }

        StoreWriteOutcome? outcome;
        try
        {
            outcome = work(transaction);
            if (savepoint)
            {
                Release();
            }

            foreach (var index in fullText)
            {
                index.AcceptDocument();
            }

        }
        catch
        {
            foreach (var index in fullText)
            {
                index.DiscardDocument();
            }

            if (savepoint)
            {
                RollBackDocument();
            }
            else if (raw.sqlite3_get_autocommit(connection.Handle) != 0)
            {
                // SQLite ended the transaction itself (it may on a full disk): the batch is gone.
                RollBack();
            }

            throw;
        }

        if (outcome is { } written)
        {
            _pending.Add(written);
        }

        if (_pending.Count >= maxDocuments || Stopwatch.GetElapsedTime(_startedAt) >= maxAge || HoldsMuchText())
        {
            Commit();
        }

        return outcome;
    }

    // The full-text rows wait in memory with their text until the commit (schema 8: most chunk rows keep no text of their
    // own to copy it from), so a batch of large documents commits once they hold this many characters.
    private bool HoldsMuchText()
    {
        long characters = 0;
        foreach (var index in fullText)
        {
            characters += index.PendingCharacters;
        }

        return characters >= maxPendingCharacters;
    }

    /// <summary>Commits the open batch, if any, and counts its documents; when the commit fails none of them is counted.</summary>
    public void Commit()
    {
        if (_transaction is not { } transaction)
        {
            return;
        }

        _transaction = null;
        try
        {
            foreach (var index in fullText)
            {
                index.Write();
            }

            transaction.Commit();
            foreach (var outcome in _pending)
            {
                counts.Record(outcome);
            }
        }
        finally
        {
            _pending.Clear();
            foreach (var index in fullText)
            {
                index.Clear();
            }

            transaction.Dispose();
        }
    }

    /// <summary>Rolls the open batch back (nothing of it was counted).</summary>
    public void RollBack()
    {
        if (_transaction is not { } transaction)
        {
            return;
        }

        _transaction = null;
        _pending.Clear();
        foreach (var index in fullText)
        {
            index.Clear();
        }

        transaction.Dispose();
    }

    /// <summary>Finalizes the prepared statements (before the connection closes).</summary>
    public void Dispose()
    {
        _save?.Dispose();
        _release?.Dispose();
        _rollBack?.Dispose();
    }

    private void Release() => (_release ??= new RawStatement(connection, "RELEASE document")).Execute();

    private void RollBackDocument()
    {
        try
        {
            (_rollBack ??= new RawStatement(connection, "ROLLBACK TO document")).Execute();
            Release();
        }
        catch (SqliteException)
        {
            // The savepoint could not be rolled back (for example the disk is full): give up the whole batch.
            RollBack();
        }
    }
}
