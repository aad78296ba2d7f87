using Ingest.Store.Postgres;
using Npgsql;
using Polly;

namespace Ingest.Orleans;

/// <summary>
/// The durable work queue (see <see cref="WorkQueueSchema"/>): partition leases, document claims and outcomes. Every
/// statement is retried on transient database failures, and every change a worker makes is conditional on it still
/// holding the lease or the claim, so a silo presumed dead can never overwrite its successor's work.
/// </summary>
internal sealed class WorkQueue : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly ResiliencePipeline _retry;
    private int _schemaReady;

    public WorkQueue(string connectionString, int retries)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _retry = PostgresRetry.Create(retries);
    }

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _schemaReady) == 1)
        {
            return;
        }

        await RunAsync(
            async (connection, ct) =>
            {
                await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
                await using var command = new NpgsqlCommand(WorkQueueSchema.Create, connection, transaction);
                await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                await transaction.CommitAsync(ct).ConfigureAwait(false);
                return 0;
            },
            cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _schemaReady, 1);
    }

    /// <summary>Records a new batch and its documents, spread over <paramref name="partitions"/>; false when the batch exists.</summary>
    public Task<bool> CreateBatchAsync(string batchId, IReadOnlyList<string> locations, int partitions, int maxAttempts, CancellationToken cancellationToken) =>
        RunAsync(
            async (connection, ct) =>
            {
                await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
                var created = await ExecuteAsync(
                    connection, transaction, "INSERT INTO ingest_batches (batch_id, state, partitions, max_attempts) VALUES ($1, 'running', $2, $3) ON CONFLICT DO NOTHING", ct, batchId, partitions, maxAttempts).ConfigureAwait(false);
                if (created == 0)
                {
                    return false;
                }

                await ExecuteAsync(connection, transaction, "INSERT INTO ingest_partitions (batch_id, partition) SELECT $1, generate_series(0, $2 - 1)", ct, batchId, partitions).ConfigureAwait(false);
                await using (var items = new NpgsqlCommand(
                    "INSERT INTO ingest_items (batch_id, ordinal, partition, location) SELECT $1, o - 1, (o - 1) % $2, l FROM unnest($3::text[]) WITH ORDINALITY AS t(l, o)", connection, transaction))
                {
                    Add(items, batchId, partitions, locations.ToArray());
                    await items.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }

                await transaction.CommitAsync(ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    /// <summary>Moves a batch from one of <paramref name="from"/> states to <paramref name="to"/>; false when it was in none of them.</summary>
    public Task<bool> SetStateAsync(string batchId, string[] from, string to, CancellationToken cancellationToken) =>
        RunAsync(
            async (connection, ct) => await ExecuteAsync(connection, null, "UPDATE ingest_batches SET state = $3 WHERE batch_id = $1 AND state = ANY($2)", ct, batchId, from, to).ConfigureAwait(false) > 0,
            cancellationToken);

    /// <summary>Partitions of running batches that still have work and whose lease is free or has expired.</summary>
    public Task<List<PartitionKey>> FindOrphanedPartitionsAsync(string? batchId, int limit, CancellationToken cancellationToken) =>
        RunAsync(
            async (connection, ct) =>
            {
                await using var command = new NpgsqlCommand(
                    """
                    SELECT p.batch_id, p.partition FROM ingest_partitions p JOIN ingest_batches b USING (batch_id)
                    WHERE b.state = 'running' AND ($2::text IS NULL OR b.batch_id = $2) AND (p.owner IS NULL OR p.lease_until < now())
                      AND EXISTS (SELECT 1 FROM ingest_items i WHERE i.batch_id = p.batch_id AND i.partition = p.partition AND i.state IN ('pending', 'running'))
                    ORDER BY b.created_at, p.partition LIMIT $1
                    """,
                    connection);
                Add(command, limit, batchId);
                var keys = new List<PartitionKey>();
                await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    keys.Add(new PartitionKey(reader.GetString(0), reader.GetInt32(1)));
                }

                return keys;
            },
            cancellationToken);

    /// <summary>
    /// Takes or renews the lease of a partition for <paramref name="silo"/> when it is free, expired or already its own.
    /// On a takeover, the documents the previous owner left running go back to pending, or to failed once they have used
    /// every attempt (a document that kills its worker each time); those are returned so their failed result is written.
    /// Null when another silo holds the lease.
    /// </summary>
    public Task<LeaseGrant?> AcquireLeaseAsync(PartitionKey key, string silo, TimeSpan duration, CancellationToken cancellationToken) =>
        RunAsync(
            async (connection, ct) =>
            {
                await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
                await using var lease = new NpgsqlCommand(
                    """
                    WITH old AS (SELECT owner, lease_until FROM ingest_partitions WHERE batch_id = $1 AND partition = $2 FOR UPDATE)
                    UPDATE ingest_partitions p SET owner = $3, lease_until = now() + make_interval(secs => $4),
                        takeovers = p.takeovers + CASE WHEN old.owner IS NOT NULL AND old.owner <> $3 THEN 1 ELSE 0 END
                    FROM old, ingest_batches b
                    WHERE p.batch_id = $1 AND p.partition = $2 AND b.batch_id = $1
                      AND (old.owner IS NULL OR old.owner = $3 OR old.lease_until < now())
                    RETURNING b.max_attempts
                    """,
                    connection,
                    transaction);
                Add(lease, key.BatchId, key.Partition, silo, duration.TotalSeconds);
                if (await lease.ExecuteScalarAsync(ct).ConfigureAwait(false) is not int maxAttempts)
                {
                    return null;
                }

                var abandoned = await ReclaimAsync(connection, transaction, key, silo, maxAttempts, ct).ConfigureAwait(false);
                await transaction.CommitAsync(ct).ConfigureAwait(false);
                return new LeaseGrant(maxAttempts, abandoned);
            },
            cancellationToken);

    /// <summary>Extends the lease while <paramref name="silo"/> still holds it; false when it was lost.</summary>
    public Task<bool> RenewLeaseAsync(PartitionKey key, string silo, TimeSpan duration, CancellationToken cancellationToken) =>
        RunAsync(
            async (connection, ct) => await ExecuteAsync(
                connection, null, "UPDATE ingest_partitions SET lease_until = now() + make_interval(secs => $4) WHERE batch_id = $1 AND partition = $2 AND owner = $3", ct, key.BatchId, key.Partition, silo, duration.TotalSeconds).ConfigureAwait(false) > 0,
            cancellationToken);

    public Task ReleaseLeaseAsync(PartitionKey key, string silo, CancellationToken cancellationToken) =>
        RunAsync(
            (connection, ct) => ExecuteAsync(connection, null, "UPDATE ingest_partitions SET owner = NULL, lease_until = NULL WHERE batch_id = $1 AND partition = $2 AND owner = $3", ct, key.BatchId, key.Partition, silo),
            cancellationToken);

    /// <summary>Claims the partition's next document while the batch runs and <paramref name="silo"/> holds the lease; null when there is none.</summary>
    public Task<WorkItem?> ClaimNextAsync(PartitionKey key, string silo, int maxAttempts, CancellationToken cancellationToken) =>
        RunAsync(
            async (connection, ct) =>
            {
                await using var claim = new NpgsqlCommand(
                    """
                    UPDATE ingest_items SET state = 'running', attempts = attempts + 1, silo = $3, updated_at = now()
                    WHERE (batch_id, ordinal) = (
                        SELECT batch_id, ordinal FROM ingest_items
                        WHERE batch_id = $1 AND partition = $2 AND (state = 'pending' OR (state = 'running' AND silo = $3))
                        ORDER BY ordinal LIMIT 1 FOR UPDATE SKIP LOCKED)
                      AND EXISTS (SELECT 1 FROM ingest_batches WHERE batch_id = $1 AND state = 'running')
                      AND EXISTS (SELECT 1 FROM ingest_partitions WHERE batch_id = $1 AND partition = $2 AND owner = $3)
                    RETURNING ordinal, location, attempts
                    """,
                    connection);
                Add(claim, key.BatchId, key.Partition, silo);
                await using var reader = await claim.ExecuteReaderAsync(ct).ConfigureAwait(false);
                return await reader.ReadAsync(ct).ConfigureAwait(false)
                    ? new WorkItem(key.BatchId, reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2), maxAttempts)
                    : null;
            },
            cancellationToken);

    /// <summary>Records a claimed document's outcome (<c>done</c>, <c>failed</c> or back to <c>pending</c>) if <paramref name="silo"/> still holds the claim.</summary>
    /// <remarks>With <paramref name="refund"/>, the attempt is not counted (the failure was the store's, not the document's).</remarks>
    public Task<bool> FinishAsync(WorkItem item, string silo, string state, string? error, CancellationToken cancellationToken, bool refund = false) =>
        RunAsync(
            async (connection, ct) => await ExecuteAsync(
                connection,
                null,
                "UPDATE ingest_items SET state = $4, error = $5, attempts = attempts - $6, updated_at = now() WHERE batch_id = $1 AND ordinal = $2 AND silo = $3 AND state = 'running'",
                ct,
                item.BatchId,
                item.Ordinal,
                silo,
                state,
                error,
                refund ? 1 : 0).ConfigureAwait(false) > 0,
            cancellationToken);

    public Task<IngestBatchProgress?> GetProgressAsync(string batchId, CancellationToken cancellationToken) =>
        RunAsync((connection, ct) => WorkQueueProgress.ReadAsync(connection, batchId, ct), cancellationToken);

    public Task<List<string>> ListBatchesAsync(bool unfinishedOnly, CancellationToken cancellationToken) =>
        RunAsync(
            async (connection, ct) =>
            {
                await using var command = new NpgsqlCommand(
                    "SELECT batch_id FROM ingest_batches WHERE NOT $1 OR state <> 'completed' ORDER BY created_at, batch_id", connection);
                Add(command, unfinishedOnly);
                var ids = new List<string>();
                await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    ids.Add(reader.GetString(0));
                }

                return ids;
            },
            cancellationToken);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    internal static void Add(NpgsqlCommand command, params object?[] values)
    {
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }
    }

    private static async Task<List<WorkItem>> ReclaimAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, PartitionKey key, string silo, int maxAttempts, CancellationToken cancellationToken)
    {
        await using var reset = new NpgsqlCommand(
            """
            UPDATE ingest_items SET state = CASE WHEN attempts >= $4 THEN 'failed' ELSE 'pending' END,
                error = CASE WHEN attempts >= $4 THEN 'its worker was lost on each of ' || attempts || ' attempts' ELSE error END,
                silo = CASE WHEN attempts >= $4 THEN $3 ELSE silo END, updated_at = now()
            WHERE batch_id = $1 AND partition = $2 AND state = 'running' AND silo IS DISTINCT FROM $3
            RETURNING ordinal, location, attempts, state
            """,
            connection,
            transaction);
        Add(reset, key.BatchId, key.Partition, silo, maxAttempts);
        var failed = new List<WorkItem>();
        await using var reader = await reset.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (reader.GetString(3) == "failed")
            {
                failed.Add(new WorkItem(key.BatchId, reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2), maxAttempts));
            }
        }

        return failed;
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        Add(command, values);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<T> RunAsync<T>(Func<NpgsqlConnection, CancellationToken, Task<T>> action, CancellationToken cancellationToken) =>
        await _retry.ExecuteAsync(
            async ct =>
            {
                await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
                return await action(connection, ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
}
