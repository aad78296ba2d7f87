using Ingest.Tests.Postgres;
using Npgsql;
using Orleans.Runtime;

namespace Ingest.Orleans.Tests;

/// <summary>Faults that change a cluster for good (a killed silo, a hung worker), each on a cluster of its own.</summary>
[Collection(ClusterCollection.Name)]
public sealed class IsolatedClusterTests
{
    [PostgresFact]
    public async Task A_silo_killed_mid_batch_has_its_partitions_taken_over_and_every_document_stored_exactly_once()
    {
        await using var harness = await ClusterHarness.StartAsync("cluster_kill");
        await KillABusySiloMidBatchAsync(harness);
    }

    [PostgresFact]
    public async Task A_silo_killed_mid_batch_with_membership_in_postgres_is_dead_in_the_table_and_its_partitions_are_taken_over()
    {
        await using var harness = await ClusterHarness.StartAsync("cluster_kill_pg", postgresMembership: true);
        Assert.Equal(3, await harness.Database.ScalarAsync("SELECT count(*) FROM OrleansMembershipTable WHERE Status = 3"));

        var victim = await KillABusySiloMidBatchAsync(harness);

        // The in-process kill lets the silo record its own death on the way out; the survivors stay Active.
        await WaitForDeadEntryAsync(harness, victim);
        Assert.Equal(2, await harness.Database.ScalarAsync("SELECT count(*) FROM OrleansMembershipTable WHERE Status = 3"));
    }

    // On a cluster of its own: the pipeline quarantines a normalizer whose runs overran, which would degrade later batches.
    [PostgresFact]
    public async Task A_document_that_hangs_its_worker_is_failed_after_the_attempt_bound_and_its_partition_finishes()
    {
        PacingNormalizer.Pace = TimeSpan.FromMilliseconds(10);
        await using var harness = await ClusterHarness.StartAsync("cluster_poison", silos: 2, maxAttempts: 2, attemptTimeout: TimeSpan.FromSeconds(2));
        var folder = harness.NewFolder();
        ClusterHarness.WriteDocuments(folder, 11);
        await File.WriteAllTextAsync(Path.Combine(folder, "note-poison.txt"), $"A note that never finishes: {PacingNormalizer.HangMarker}.\n");

        await harness.Batch("poison").StartAsync([folder], partitions: 2);
        var progress = await harness.WaitUntilFinishedAsync("poison", ClusterWaits.Generous);

        Assert.Equal((12, 11, 1), (progress.Total, progress.Done, progress.Failed));
        Assert.Equal(2, await harness.Database.ScalarAsync("SELECT attempts FROM ingest_items WHERE batch_id = 'poison' AND location LIKE '%note-poison.txt'"));
        Assert.Equal(1, await harness.Database.ScalarAsync(
            $"SELECT count(*) FROM documents WHERE source LIKE '%{Path.GetFileName(folder)}/note-poison.txt' AND status = 'failed' AND diagnostics LIKE '%{ClusterDiagnosticCodes.AttemptsExhausted}%'"));
        Assert.Equal(12, await harness.CountStoredAsync(folder));
    }

    /// <summary>Runs a 48-document batch, kills a secondary silo that has documents in flight, and checks every document is stored once.</summary>
    private static async Task<global::Orleans.TestingHost.SiloHandle> KillABusySiloMidBatchAsync(ClusterHarness harness)
    {
        PacingNormalizer.Pace = TimeSpan.FromMilliseconds(120);
        var folder = harness.NewFolder();
        var paths = ClusterHarness.WriteDocuments(folder, 48);
        var batch = harness.Batch("kill");
        await batch.StartAsync([folder], partitions: 6);

        // Kill a secondary silo (the primary holds the test membership table) while it has documents in flight.
        var victim = await WaitForBusySecondaryAsync(harness, batch);
        await harness.Cluster.KillSiloAsync(victim);
        var progress = await harness.WaitUntilFinishedAsync("kill", ClusterWaits.Generous);

        Assert.Equal((48, 48, 0), (progress.Total, progress.Done, progress.Failed));
        var rows = await ClusterHarness.StoredRowsAsync(harness.Database.ConnectionString, folder);
        Assert.Equal(paths.Select(p => new Uri(p).ToString()).Order(StringComparer.Ordinal), rows.Select(r => r.Split(' ')[0]));
        Assert.All(rows, r => Assert.Equal("succeeded", r.Split(' ')[1]));
        Assert.True(await harness.Database.ScalarAsync("SELECT sum(takeovers) FROM ingest_partitions") > 0);
        return victim;
    }

    /// <summary>Waits until the silo's row in the PostgreSQL membership table says Dead (6).</summary>
    private static async Task WaitForDeadEntryAsync(ClusterHarness harness, global::Orleans.TestingHost.SiloHandle silo)
    {
        var address = silo.SiloAddress;
        var deadline = DateTime.UtcNow + ClusterWaits.Generous;
        while (DateTime.UtcNow < deadline)
        {
            await using var connection = new NpgsqlConnection(harness.Database.DirectConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT Status FROM OrleansMembershipTable WHERE Address = $1 AND Port = $2 AND Generation = $3", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = address.Endpoint.Address.ToString() });
            command.Parameters.Add(new NpgsqlParameter { Value = address.Endpoint.Port });
            command.Parameters.Add(new NpgsqlParameter { Value = address.Generation });
            await using var reader = await command.ExecuteReaderAsync();
            if (await reader.ReadAsync() && reader.GetInt32(0) == (int)SiloStatus.Dead)
            {
                return;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{address} never became Dead in the membership table");
    }

    private static async Task<global::Orleans.TestingHost.SiloHandle> WaitForBusySecondaryAsync(ClusterHarness harness, IIngestBatchGrain batch)
    {
        var deadline = DateTime.UtcNow + ClusterWaits.Generous;
        while (DateTime.UtcNow < deadline)
        {
            var progress = await batch.GetProgressAsync();
            var busy = harness.Cluster.SecondarySilos.FirstOrDefault(s =>
                progress.Silos.Any(p => p.Silo == s.SiloAddress.ToParsableString() && p.InFlight > 0 && p.Done > 0));
            if (busy is not null)
            {
                return busy;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("no secondary silo took work");
    }
}
