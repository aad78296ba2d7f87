using System.Globalization;
using Ingest.Chunking;
using Ingest.Store.Sqlite;
using Npgsql;

namespace Ingest.Store.Postgres;

/// <summary>
/// Writes one result (document row, blocks, chunks, entities) in one transaction. Writers of the same source are
/// serialized by a transaction-scoped advisory lock on the source, so two nodes retrying one document never both insert it.
/// </summary>
internal static class PostgresDocumentWriter
{
    public static async Task<StoreWriteOutcome> WriteAsync(
        NpgsqlConnection connection, IngestResult result, PostgresWriteInput input, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var source = result.Source.ToString();
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended($1, 26))", connection, transaction))
        {
            lockCommand.Parameters.Add(new NpgsqlParameter { Value = source });
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var status = StatusName(result.Status);
        long? existingId = null;
        await using (var find = new NpgsqlCommand("SELECT id, content_hash, options_fingerprint, status FROM documents WHERE source = $1", connection, transaction))
        {
            find.Parameters.Add(new NpgsqlParameter { Value = source });
            await using var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                existingId = reader.GetInt64(0);
                if (reader.GetString(1) == input.ContentHash && reader.GetString(2) == input.Fingerprint && reader.GetString(3) == status)
                {
                    await reader.DisposeAsync().ConfigureAwait(false);
                    await ExecuteAsync(connection, transaction, "UPDATE documents SET removed_at = NULL WHERE id = $1", cancellationToken, existingId.Value).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return StoreWriteOutcome.Unchanged;
                }
            }
        }

        if (existingId is { } old)
        {
            await ExecuteAsync(connection, transaction, "DELETE FROM documents WHERE id = $1", cancellationToken, old).ConfigureAwait(false);
        }

        var id = await InsertDocumentAsync(connection, transaction, result, input, status, cancellationToken).ConfigureAwait(false);
        if (result.Document is { } document)
        {
            await InsertBlocksAsync(connection, transaction, id, document, cancellationToken).ConfigureAwait(false);
            var chunkIds = await InsertChunksAsync(connection, transaction, id, input.Chunks, cancellationToken).ConfigureAwait(false);
            await InsertEntitiesAsync(connection, transaction, id, document, input.Chunks, chunkIds, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return existingId is null ? StoreWriteOutcome.Added : StoreWriteOutcome.Replaced;
    }

    internal static string StatusName(IngestStatus status) => status switch
    {
        IngestStatus.Succeeded => "succeeded",
        IngestStatus.Partial => "partial",
        _ => "failed",
    };

    private static async Task<long> InsertDocumentAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IngestResult result, PostgresWriteInput input, string status, CancellationToken cancellationToken)
    {
        var metadata = result.Document?.Metadata;
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO documents (source, content_hash, options_fingerprint, status, media_type, reader, title, authors, published,
                language, page_count, metadata, diagnostics, text, ingested_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now())
            RETURNING id
            """,
            connection,
            transaction);
        Add(insert, result.Source.ToString(), input.ContentHash, input.Fingerprint, status, result.MediaType, result.Reader, metadata?.Title,
            metadata is null ? null : StoreJson.Strings(metadata.Authors),
            metadata?.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            metadata?.Language, metadata?.PageCount, StoreJson.Metadata(metadata), StoreJson.Diagnostics(result.Diagnostics),
            input.StoreText ? result.Document?.Text : null);
        return (long)(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task InsertBlocksAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long documentId, Document document, CancellationToken cancellationToken)
    {
        if (document.Blocks.Count == 0)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            var command = new NpgsqlBatchCommand("INSERT INTO blocks VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)");
            Add(command.Parameters, documentId, i, StoreJson.BlockKindName(block.Kind), block.Level, block.Start, block.Length,
                block.SourceRange?.Start, block.SourceRange?.Length, block.Page,
                block.Bounds?.Left, block.Bounds?.Bottom, block.Bounds?.Right, block.Bounds?.Top);
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long[]> InsertChunksAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long documentId, IReadOnlyList<Chunk> chunks, CancellationToken cancellationToken)
    {
        var ids = new long[chunks.Count];
        if (chunks.Count == 0)
        {
            return ids;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var chunk in chunks)
        {
            var command = new NpgsqlBatchCommand(
                """
                INSERT INTO chunks (document_id, chunk_key, ordinal, text, token_count, heading_path, block_kinds, pages, segments)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id
                """);
            Add(command.Parameters, documentId, chunk.Id, chunk.Index, chunk.Text, chunk.TokenCount, string.Join(" > ", chunk.HeadingPath),
                StoreJson.BlockKinds(chunk.BlockKinds), StoreJson.Numbers(chunk.Pages), StoreJson.Segments(chunk.Segments));
            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var i = 0;
        do
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ids[i++] = reader.GetInt64(0);
            }
        }
        while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false));

        return ids;
    }

    private static async Task InsertEntitiesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long documentId, Document document, IReadOnlyList<Chunk> chunks, long[] chunkIds, CancellationToken cancellationToken)
    {
        if (document.Entities.Count == 0)
        {
            return;
        }

        var chunkAt = ChunkLookup.Positions(chunks, new Dictionary<Entity, int>(ReferenceEqualityComparer.Instance));
        var columns = new EntityColumns();
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var entity in document.Entities)
        {
            columns.Read(entity);
            var command = new NpgsqlBatchCommand("INSERT INTO entities VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)");
            Add(command.Parameters, documentId, chunkAt.TryGetValue(entity, out var at) ? chunkIds[at] : null, entity.Type, entity.Start, entity.Length,
                entity.Text, columns.Kind, columns.Value, columns.Earliest, columns.Latest, columns.Number, columns.Low, columns.High,
                columns.Unit, columns.NameKey, columns.Properties);
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        Add(command, values);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Add(NpgsqlCommand command, params object?[] values) => Add(command.Parameters, values);

    private static void Add(NpgsqlParameterCollection parameters, params object?[] values)
    {
        foreach (var value in values)
        {
            parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }
    }
}
