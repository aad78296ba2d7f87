using Npgsql;

namespace Ingest.Orleans;

/// <summary>Reads a batch's progress, marking it completed once no document is pending or in flight.</summary>
internal static class WorkQueueProgress
{
    public static async Task<IngestBatchProgress?> ReadAsync(NpgsqlConnection connection, string batchId, CancellationToken cancellationToken)
    {
        await using (var complete = new NpgsqlCommand(
            """
            UPDATE ingest_batches SET state = 'completed', finished_at = now()
            WHERE batch_id = $1 AND state = 'running'
              AND NOT EXISTS (SELECT 1 FROM ingest_items WHERE batch_id = $1 AND state IN ('pending', 'running'))
            """,
            connection))
        {
            WorkQueue.Add(complete, batchId);
            await complete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var command = new NpgsqlCommand(
            """
            SELECT b.state, i.state, i.silo, count(*)::integer
            FROM ingest_batches b LEFT JOIN ingest_items i ON i.batch_id = b.batch_id
            WHERE b.batch_id = $1 GROUP BY b.state, i.state, i.silo ORDER BY i.silo
            """,
            connection);
        WorkQueue.Add(command, batchId);
        string? batchState = null;
        int pending = 0, running = 0, done = 0, failed = 0;
        var silos = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            batchState = reader.GetString(0);
            if (reader.IsDBNull(1))
            {
                continue;
            }

            var count = reader.GetInt32(3);
            var slot = reader.GetString(1) switch { "running" => 0, "done" => 1, "failed" => 2, _ => -1 };
            _ = slot switch { 0 => running += count, 1 => done += count, 2 => failed += count, _ => pending += count };
            if (slot >= 0 && !reader.IsDBNull(2))
            {
                var silo = reader.GetString(2);
                if (!silos.TryGetValue(silo, out var counts))
                {
                    silos[silo] = counts = new int[3];
                }

                counts[slot] += count;
            }
        }

        return batchState is null
            ? null
            : new IngestBatchProgress(
                batchId, batchState, pending + running + done + failed, pending, running, done, failed,
                silos.Select(s => new IngestSiloProgress(s.Key, s.Value[0], s.Value[1], s.Value[2])).ToList());
    }
}
