using System.Globalization;
using System.Text;
using Ingest.Chunking;
using Microsoft.Data.Sqlite;

namespace Ingest.Store.Sqlite;

/// <summary>
/// Writes one result (document row, chunks, and the per-document rows of <see cref="DocumentDetails"/>) inside a
/// transaction, with commands prepared once; the chunks' full-text rows go to the batch's <see cref="PendingFullText"/>,
/// added to the index when the batch commits.
/// </summary>
internal sealed class DocumentWriter(SqliteConnection connection, long run, PendingFullText fullText, PendingFullText names) : IDisposable
{
    private readonly DocumentDetails _details = new();
    private readonly ChunkColumns _chunkColumns = new();
    private readonly DocumentTextRanges _ranges = new();
    private SqliteCommand? _find;
    private RawStatement? _document;
    private RawStatement? _chunk;
    private RawStatement? _detail;
    private RawStatement? _date;
    private RawStatement? _number;

    public StoreWriteOutcome Write(IngestResult result, StoredDocument stored, SqliteTransaction transaction)
    {
        // One look-up serves both the skip check (the sink checked before chunking, but another write may have come
        // in between) and the replacement.
        var existing = Find(result.Source, transaction);
        if (existing is { } current && IsCurrent(current, stored.ContentHash, stored.Fingerprint, result.Status))
        {
            MarkSeen(current.Id, transaction);
            return StoreWriteOutcome.Unchanged;
        }

        if (existing is { } old)
        {
            RemoveFromFullText(old.Id, transaction);
            RemoveNames(old.Id, transaction);
            Execute(transaction, "DELETE FROM documents WHERE id = $id", ("$id", old.Id));
        }

        var id = InsertDocument(result, stored);
        if (result.Document is { } document)
        {
            InsertChunks(id, document, stored);
            InsertDetails(id, document, stored.Chunks);
        }

        return existing is null ? StoreWriteOutcome.Added : StoreWriteOutcome.Replaced;
    }

    /// <summary>Whether the store holds <paramref name="source"/> with this content and fingerprint; if so it is marked seen.</summary>
    public bool TryMarkCurrent(Uri source, string hash, string fingerprint, IngestStatus status, SqliteTransaction transaction)
    {
        if (Find(source, transaction) is not { } e || !IsCurrent(e, hash, fingerprint, status))
        {
            return false;
        }

        MarkSeen(e.Id, transaction);
        return true;
    }

    private static bool IsCurrent((long Id, string Hash, string Fingerprint, string Status) stored, string hash, string fingerprint, IngestStatus status) =>
        stored.Hash == hash && stored.Fingerprint == fingerprint && stored.Status == StatusName(status);

    private void MarkSeen(long id, SqliteTransaction transaction) =>
        Execute(transaction, "UPDATE documents SET removed_at = NULL, last_seen_run = $run WHERE id = $id", ("$id", id), ("$run", run));

    internal static string StatusName(IngestStatus status) => status switch
    {
        IngestStatus.Succeeded => "succeeded",
        IngestStatus.Partial => "partial",
        _ => "failed",
    };

    private (long Id, string Hash, string Fingerprint, string Status)? Find(Uri source, SqliteTransaction transaction)
    {
        // Looked up up to three times per document (the sink's skip check, then the write's): prepared once.
        _find ??= Prepare("SELECT id, content_hash, options_fingerprint, status FROM documents WHERE source = $source", "$source");
        _find.Transaction = transaction;
        Set(_find.Parameters, 0, source.ToString());
        using var reader = _find.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)) : null;
    }

    private long InsertDocument(IngestResult result, StoredDocument stored)
    {
        var metadata = result.Document?.Metadata;
        var p = _document ??= new RawStatement(
            connection,
            """
            INSERT INTO documents (source, content_hash, options_fingerprint, status, media_type, reader, title, authors, published,
                language, page_count, metadata, diagnostics, text, ingested_at, last_seen_run)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
            """);
        p.Bind(1, result.Source.ToString());
        p.Bind(2, stored.ContentHash);
        p.Bind(3, stored.Fingerprint);
        p.Bind(4, StatusName(result.Status));
        p.Bind(5, result.MediaType);
        p.Bind(6, result.Reader);
        p.Bind(7, metadata?.Title);
        p.Bind(8, metadata is null ? null : StoreJson.Strings(metadata.Authors));
        p.Bind(9, metadata?.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        p.Bind(10, metadata?.Language);
        p.BindNullable(11, metadata?.PageCount);
        p.Bind(12, StoreJson.Metadata(metadata));
        p.Bind(13, StoreJson.Diagnostics(result.Diagnostics));
        p.Bind(14, stored.StoreText ? result.Document?.Text : null);
        p.Bind(15, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        p.Bind(16, run);
        p.Execute();
        return p.LastRowId;
    }

    /// <summary>
    /// Takes a document's chunks out of the full-text index before the document is deleted: the rows already indexed
    /// by an earlier batch are deleted from it (an external-content table needs the indexed text to delete), the
    /// ones still waiting in this batch are dropped from it. A chunk row that keeps only where its text is in the document
    /// gets it from the document's text, read once (through the <c>chunks</c> view each row would read all of it again).
    /// </summary>
    private void RemoveFromFullText(long documentId, SqliteTransaction transaction)
    {
        var indexed = new List<(long Id, string Text, string Path)>();
        byte[]? documentText = null;
        using (var chunks = Command(transaction, "SELECT id, text, heading_path, text_at, text_bytes FROM chunk_rows WHERE document_id = $id", ("$id", documentId)))
        using (var reader = chunks.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (fullText.Holds(id))
                {
                    fullText.StageRemoval(id);
                }
                else if (reader.IsDBNull(3))
                {
                    indexed.Add((id, reader.GetString(1), reader.GetString(2)));
                }
                else
                {
                    documentText ??= DocumentText(documentId, transaction);
                    indexed.Add((id, Slice(documentText, reader.GetInt32(3), reader.GetInt32(4)), reader.GetString(2)));
                }
            }
        }

        foreach (var (id, text, path) in indexed)
        {
            Execute(
                transaction,
                "INSERT INTO chunks_fts(chunks_fts, rowid, text, heading_path) VALUES ('delete', $id, $text, $path)",
                ("$id", id),
                ("$text", text),
                ("$path", path));
        }
    }

    private byte[] DocumentText(long documentId, SqliteTransaction transaction)
    {
        using var command = Command(transaction, "SELECT CAST(text AS BLOB) FROM documents WHERE id = $id", ("$id", documentId));
        return command.ExecuteScalar() as byte[] ?? [];
    }

    // What the chunks view reads: the bytes as UTF-8, whatever range a damaged row gives.
    private static string Slice(byte[] text, int offset, int length)
    {
        var start = Math.Clamp(offset, 0, text.Length);
        return Encoding.UTF8.GetString(text, start, Math.Clamp(length, 0, text.Length - start));
    }

    private void InsertChunks(long documentId, Document document, StoredDocument stored)
    {
        var p = _chunk ??= new RawStatement(
            connection,
            """
            INSERT INTO chunk_rows (document_id, chunk_key, ordinal, text, token_count, heading_path, block_kinds, pages, segments, embedding, text_at, text_bytes)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
            """);
        _ranges.Start(stored.StoreText ? document.Text : null);
        for (var i = 0; i < stored.Chunks.Count; i++)
        {
            var chunk = stored.Chunks[i];
            var path = string.Join(" > ", chunk.HeadingPath);
            _chunkColumns.Write(chunk);
            p.Bind(1, documentId);
            p.Bind(2, chunk.Id);
            p.Bind(3, chunk.Index);
            p.Bind(5, chunk.TokenCount);
            p.Bind(6, path);
            p.BindUtf8(7, _chunkColumns.BlockKinds);
            p.BindUtf8(8, _chunkColumns.Pages);
            p.BindUtf8(9, _chunkColumns.Segments);
            p.BindBlob(10, stored.Embeddings is { } e ? EmbeddingCodec.Encode(e[i]) : null);
            if (_ranges.TryFind(chunk, out var at, out var bytes))
            {
                // The text is the document's, stored once: the row keeps where it is (the chunks view reads it there).
                p.Bind(4, string.Empty);
                p.Bind(11, at);
                p.Bind(12, bytes);
            }
            else
            {
                p.Bind(4, chunk.Text);
                p.BindNullable(11, null);
                p.BindNullable(12, null);
            }

            p.Execute();
            fullText.Stage(p.LastRowId, chunk.Text, path);
        }
    }

    private void InsertDetails(long documentId, Document document, IReadOnlyList<Chunk> chunks)
    {
        _details.Build(document, chunks);
        var detail = _detail ??= new RawStatement(connection, "INSERT INTO document_details VALUES (?1, ?2, ?3)");
        detail.Bind(1, documentId);
        detail.BindUtf8(2, _details.Blocks);
        detail.BindUtf8(3, _details.Entities);
        detail.Execute();

        var date = _date ??= new RawStatement(connection, "INSERT INTO document_dates VALUES (?1, ?2, ?3)");
        date.Bind(1, documentId);
        foreach (var (earliest, latest) in _details.Dates.Merge())
        {
            date.Bind(2, earliest);
            date.Bind(3, latest);
            date.Execute();
        }

        var number = _number ??= new RawStatement(connection, "INSERT INTO document_numbers VALUES (?1, ?2, ?3)");
        number.Bind(1, documentId);
        foreach (var (unit, value) in _details.Numbers)
        {
            number.Bind(2, unit);
            number.Bind(3, value);
            number.Execute();
        }

        if (_details.Names is { } forms)
        {
            names.Stage(documentId, forms);
        }
    }

    /// <summary>Takes a replaced document's names out of <c>names_fts</c>, or out of the batch's pending rows.</summary>
    private void RemoveNames(long documentId, SqliteTransaction transaction)
    {
        if (names.Holds(documentId))
        {
            names.StageRemoval(documentId);
        }
        else
        {
            Execute(transaction, "DELETE FROM names_fts WHERE rowid = $id", ("$id", documentId));
        }
    }

    /// <summary>Finalizes the prepared statements (before the connection closes).</summary>
    public void Dispose()
    {
        _find?.Dispose();
        _chunkColumns.Dispose();
        foreach (var statement in new[] { _document, _chunk, _detail, _date, _number })
        {
            statement?.Dispose();
        }
    }

    private SqliteCommand Prepare(string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Set(SqliteParameterCollection parameters, int index, object? value) => parameters[index].Value = value ?? DBNull.Value;

    private SqliteCommand Command(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private void Execute(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        command.ExecuteNonQuery();
    }
}
