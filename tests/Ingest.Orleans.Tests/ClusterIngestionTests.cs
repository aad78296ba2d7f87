using Ingest.Tests.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Orleans.Tests;

/// <summary>Batches on three real silos in this process, over loopback, against a real PostgreSQL.</summary>
public sealed class ClusterIngestionTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    [PostgresFact]
    public async Task Three_silos_store_the_same_results_as_one_in_process_pipeline_and_load_no_roslyn()
    {
        PacingNormalizer.Pace = TimeSpan.FromMilliseconds(20);
        await using var harness = await ClusterHarness.StartAsync("cluster_same");
        var paths = harness.WriteDocuments(30);

        await harness.Batch("same").StartAsync([harness.Folder], partitions: 6);
        var progress = await harness.WaitUntilFinishedAsync("same", Generous);

        await using var inProcess = await PostgresTestDatabase.CreateAsync("cluster_same_local");
        var services = new ServiceCollection();
        services.AddIngest(b =>
        {
            Pipelines.Configure(b);
            b.AddPostgresStore(inProcess.ConnectionString);
        });
        await using (var provider = services.BuildServiceProvider())
        {
            await foreach (var result in provider.GetRequiredService<IIngestionService>().IngestAsync([harness.Folder]))
            {
                Assert.Equal(IngestStatus.Succeeded, result.Status);
            }
        }

        Assert.Equal((30, 30, 0), (progress.Total, progress.Done, progress.Failed));
        Assert.True(progress.Silos.Count > 1, $"one silo did all the work: {string.Join(", ", progress.Silos)}");
        var expected = await ClusterHarness.StoredRowsAsync(inProcess.ConnectionString);
        Assert.Equal(paths.Count, expected.Count);
        Assert.Equal(expected, await ClusterHarness.StoredRowsAsync(harness.Database.ConnectionString));

        // Orleans' packages list Roslyn as a dependency; at run time none of it may be loaded.
        var loaded = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? string.Empty).ToList();
        Assert.Contains("Orleans.Runtime", loaded);
        Assert.DoesNotContain(loaded, n => n.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain(
            typeof(IIngestBatchGrain).Assembly.GetReferencedAssemblies(),
            r => r.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task A_silo_killed_mid_batch_has_its_partitions_taken_over_and_every_document_stored_exactly_once()
    {
        PacingNormalizer.Pace = TimeSpan.FromMilliseconds(120);
        await using var harness = await ClusterHarness.StartAsync("cluster_kill");
        var paths = harness.WriteDocuments(48);
        var batch = harness.Batch("kill");
        await batch.StartAsync([harness.Folder], partitions: 6);

        // Kill a secondary silo (the primary holds the test membership table) while it has documents in flight.
        var victim = await WaitForBusySecondaryAsync(harness, batch);
        await harness.Cluster.KillSiloAsync(victim);
        var progress = await harness.WaitUntilFinishedAsync("kill", Generous);

        Assert.Equal((48, 48, 0), (progress.Total, progress.Done, progress.Failed));
        var rows = await ClusterHarness.StoredRowsAsync(harness.Database.ConnectionString);
        Assert.Equal(paths.Select(p => new Uri(p).ToString()).Order(StringComparer.Ordinal), rows.Select(r => r.Split(' ')[0]));
        Assert.All(rows, r => Assert.Equal("succeeded", r.Split(' ')[1]));
        Assert.True(await harness.Database.ScalarAsync("SELECT sum(takeovers) FROM ingest_partitions") > 0);
    }

    [PostgresFact]
    public async Task A_database_outage_during_a_batch_is_ridden_out_and_the_batch_completes()
    {
        PacingNormalizer.Pace = TimeSpan.FromMilliseconds(80);
        await using var harness = await ClusterHarness.StartAsync("cluster_outage");
        harness.WriteDocuments(36);
        var batch = harness.Batch("outage");
        await batch.StartAsync([harness.Folder], partitions: 6);
        await WaitForAsync(batch, p => p.Done >= 4);

        await harness.Database.OutageAsync(TimeSpan.FromSeconds(3));
        var progress = await harness.WaitUntilFinishedAsync("outage", Generous);

        Assert.Equal((36, 36, 0), (progress.Total, progress.Done, progress.Failed));
        Assert.Equal(36, await harness.Database.ScalarAsync("SELECT count(DISTINCT source) FROM documents WHERE status = 'succeeded'"));
        Assert.Equal(36, await harness.Database.ScalarAsync("SELECT count(*) FROM documents"));
    }

    [PostgresFact]
    public async Task A_document_that_hangs_its_worker_is_failed_after_the_attempt_bound_and_its_partition_finishes()
    {
        PacingNormalizer.Pace = TimeSpan.FromMilliseconds(10);
        await using var harness = await ClusterHarness.StartAsync("cluster_poison", maxAttempts: 2, attemptTimeout: TimeSpan.FromSeconds(1.5));
        harness.WriteDocuments(11);
        var poison = Path.Combine(harness.Folder, "note-poison.txt");
        await File.WriteAllTextAsync(poison, $"A note that never finishes: {PacingNormalizer.HangMarker}.\n");

        await harness.Batch("poison").StartAsync([harness.Folder], partitions: 2);
        var progress = await harness.WaitUntilFinishedAsync("poison", Generous);

        Assert.Equal((12, 11, 1), (progress.Total, progress.Done, progress.Failed));
        Assert.Equal(2, await harness.Database.ScalarAsync("SELECT attempts FROM ingest_items WHERE location LIKE '%note-poison.txt'"));
        Assert.Equal(1, await harness.Database.ScalarAsync(
            $"SELECT count(*) FROM documents WHERE source LIKE '%note-poison.txt' AND status = 'failed' AND diagnostics LIKE '%{ClusterDiagnosticCodes.AttemptsExhausted}%'"));
        Assert.Equal(12, await harness.Database.ScalarAsync("SELECT count(*) FROM documents"));
    }

    [PostgresFact]
    public async Task A_cancelled_batch_claims_nothing_more_and_resumes_where_it_stood()
    {
        PacingNormalizer.Pace = TimeSpan.FromMilliseconds(100);
        await using var harness = await ClusterHarness.StartAsync("cluster_cancel");
        harness.WriteDocuments(30);
        var batch = harness.Batch("cancel");
        await batch.StartAsync([harness.Folder], partitions: 3);
        await WaitForAsync(batch, p => p.Done >= 3);

        await batch.CancelAsync();
        var stopped = await WaitForAsync(batch, p => p.InFlight == 0);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var still = await batch.GetProgressAsync();
        var unfinished = await harness.Cluster.Client.GetGrain<IIngestRegistryGrain>(0).ListBatchesAsync(unfinishedOnly: true);

        Assert.Equal("cancelled", still.State);
        Assert.Equal(stopped.Done, still.Done);
        Assert.True(still.Pending > 0);
        Assert.Equal(["cancel"], unfinished);

        await batch.ResumeAsync();
        var progress = await harness.WaitUntilFinishedAsync("cancel", Generous);
        Assert.Equal(("completed", 30, 30), (progress.State, progress.Total, progress.Done));
        Assert.Equal(30, await harness.Database.ScalarAsync("SELECT count(*) FROM documents"));
        Assert.Empty(await harness.Cluster.Client.GetGrain<IIngestRegistryGrain>(0).ListBatchesAsync(unfinishedOnly: true));
    }

    private static async Task<IngestBatchProgress> WaitForAsync(IIngestBatchGrain batch, Func<IngestBatchProgress, bool> condition)
    {
        var deadline = DateTime.UtcNow + Generous;
        while (DateTime.UtcNow < deadline)
        {
            var progress = await batch.GetProgressAsync();
            if (condition(progress))
            {
                return progress;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the batch never reached the expected progress");
    }

    private static async Task<global::Orleans.TestingHost.SiloHandle> WaitForBusySecondaryAsync(ClusterHarness harness, IIngestBatchGrain batch)
    {
        var deadline = DateTime.UtcNow + Generous;
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
