using System.Globalization;
using Ingest.Chunking;
using Microsoft.Data.Sqlite;

namespace Ingest.Store.Sqlite;

/// <summary>
/// Writes one result (document row, chunks, and the per-document rows of <see cref="DocumentDetails"/>) inside a
/// transaction, with commands prepared once; the chunks' full-text rows go to the batch's <see cref="PendingFullText"/>,
/// added to the index when the batch commits.
/// </summary>
internal sealed class DocumentWriter(SqliteConnection connection, long run, PendingFullText fullText, PendingFullText names)
{
    private readonly DocumentDetails _details = new();
    private SqliteCommand? _find;
    private SqliteCommand? _document;
    private SqliteCommand? _chunk;
    private SqliteCommand? _detail;
    private SqliteCommand? _date;
    private SqliteCommand? _number;

    public StoreWriteOutcome Write(IngestResult result, StoredDocument stored, SqliteTransaction transaction)
    {
        if (TryMarkCurrent(result.Source, stored.ContentHash, stored.Fingerprint, result.Status, transaction))
        {
            return StoreWriteOutcome.Unchanged;
        }

        var existing = Find(result.Source, transaction);

        if (existing is { } old)
        {
            RemoveFromFullText(old.Id, transaction);
            RemoveNames(old.Id, transaction);
            Execute(transaction, "DELETE FROM documents WHERE id = $id", ("$id", old.Id));
        }

        var id = InsertDocument(result, stored, transaction);
        if (result.Document is { } document)
        {
            InsertChunks(id, stored, transaction);
            InsertDetails(id, document, stored.Chunks, transaction);
        }

        return existing is null ? StoreWriteOutcome.Added : StoreWriteOutcome.Replaced;
    }

    /// <summary>Whether the store holds <paramref name="source"/> with this content and fingerprint; if so it is marked seen.</summary>
    public bool TryMarkCurrent(Uri source, string hash, string fingerprint, IngestStatus status, SqliteTransaction transaction)
    {
        var existing = Find(source, transaction);
        if (existing is not { } e || e.Hash != hash || e.Fingerprint != fingerprint || e.Status != StatusName(status))
        {
            return false;
        }

        Execute(transaction, "UPDATE documents SET removed_at = NULL, last_seen_run = $run WHERE id = $id", ("$id", e.Id), ("$run", run));
        return true;
    }

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

    private long InsertDocument(IngestResult result, StoredDocument stored, SqliteTransaction transaction)
    {
        var metadata = result.Document?.Metadata;
        _document ??= Prepare(
            """
            INSERT INTO documents (source, content_hash, options_fingerprint, status, media_type, reader, title, authors, published,
                language, page_count, metadata, diagnostics, text, ingested_at, last_seen_run)
            VALUES ($source, $hash, $fingerprint, $status, $media, $reader, $title, $authors, $published, $language, $pages,
                $metadata, $diagnostics, $text, $at, $run)
            RETURNING id
            """,
            "$source", "$hash", "$fingerprint", "$status", "$media", "$reader", "$title", "$authors", "$published", "$language", "$pages",
            "$metadata", "$diagnostics", "$text", "$at", "$run");
        _document.Transaction = transaction;
        var p = _document.Parameters;
        Set(p, 0, result.Source.ToString());
        Set(p, 1, stored.ContentHash);
        Set(p, 2, stored.Fingerprint);
        Set(p, 3, StatusName(result.Status));
        Set(p, 4, result.MediaType);
        Set(p, 5, result.Reader);
        Set(p, 6, metadata?.Title);
        Set(p, 7, metadata is null ? null : StoreJson.Strings(metadata.Authors));
        Set(p, 8, metadata?.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Set(p, 9, metadata?.Language);
        Set(p, 10, metadata?.PageCount);
        Set(p, 11, StoreJson.Metadata(metadata));
        Set(p, 12, StoreJson.Diagnostics(result.Diagnostics));
        Set(p, 13, stored.StoreText ? result.Document?.Text : null);
        Set(p, 14, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        Set(p, 15, run);
        return (long)_document.ExecuteScalar()!;
    }

    /// <summary>
    /// Takes a document's chunks out of the full-text index before the document is deleted: the rows already indexed
    /// by an earlier batch are deleted from it (an external-content table needs the indexed text to delete), the
    /// ones still waiting in this batch are dropped from it.
    /// </summary>
    private void RemoveFromFullText(long documentId, SqliteTransaction transaction)
    {
        var indexed = new List<(long Id, string Text, string Path)>();
        using (var chunks = Command(transaction, "SELECT id, text, heading_path FROM chunks WHERE document_id = $id", ("$id", documentId)))
        using (var reader = chunks.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (fullText.Holds(id))
                {
                    fullText.StageRemoval(id);
                }
                else
                {
                    indexed.Add((id, reader.GetString(1), reader.GetString(2)));
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

    private void InsertChunks(long documentId, StoredDocument stored, SqliteTransaction transaction)
    {
        _chunk ??= Prepare(
            """
            INSERT INTO chunks (document_id, chunk_key, ordinal, text, token_count, heading_path, block_kinds, pages, segments, embedding)
            VALUES ($doc, $key, $ordinal, $text, $tokens, $path, $kinds, $pages, $segments, $embedding) RETURNING id
            """,
            "$doc", "$key", "$ordinal", "$text", "$tokens", "$path", "$kinds", "$pages", "$segments", "$embedding");
        _chunk.Transaction = transaction;
        var p = _chunk.Parameters;
        for (var i = 0; i < stored.Chunks.Count; i++)
        {
            var chunk = stored.Chunks[i];
            Set(p, 0, documentId);
            Set(p, 1, chunk.Id);
            Set(p, 2, chunk.Index);
            Set(p, 3, chunk.Text);
            Set(p, 4, chunk.TokenCount);
            var headingPath = string.Join(" > ", chunk.HeadingPath);
            Set(p, 5, headingPath);
            Set(p, 6, StoreJson.BlockKinds(chunk.BlockKinds));
            Set(p, 7, StoreJson.Numbers(chunk.Pages));
            Set(p, 8, StoreJson.Segments(chunk.Segments));
            Set(p, 9, stored.Embeddings is { } e ? EmbeddingCodec.Encode(e[i]) : null);
            fullText.Stage((long)_chunk.ExecuteScalar()!, chunk.Text, headingPath);
        }
    }

    private void InsertDetails(long documentId, Document document, IReadOnlyList<Chunk> chunks, SqliteTransaction transaction)
    {
        _details.Build(document, chunks);
        _detail ??= Prepare("INSERT INTO document_details VALUES ($doc, $blocks, $entities)", "$doc", "$blocks", "$entities");
        _detail.Transaction = transaction;
        Set(_detail.Parameters, 0, documentId);
        Set(_detail.Parameters, 1, _details.Blocks);
        Set(_detail.Parameters, 2, _details.Entities);
        _detail.ExecuteNonQuery();

        _date ??= Prepare("INSERT INTO document_dates VALUES ($doc, $earliest, $latest)", "$doc", "$earliest", "$latest");
        _date.Transaction = transaction;
        Set(_date.Parameters, 0, documentId);
        foreach (var (earliest, latest) in _details.Dates.Merge())
        {
            Set(_date.Parameters, 1, earliest);
            Set(_date.Parameters, 2, latest);
            _date.ExecuteNonQuery();
        }

        _number ??= Prepare("INSERT INTO document_numbers VALUES ($doc, $unit, $number)", "$doc", "$unit", "$number");
        _number.Transaction = transaction;
        Set(_number.Parameters, 0, documentId);
        foreach (var (unit, number) in _details.Numbers)
        {
            Set(_number.Parameters, 1, unit);
            Set(_number.Parameters, 2, number);
            _number.ExecuteNonQuery();
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
