using Ingest.Tests.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Orleans.Tests;

/// <summary>Batches on three real silos in this process, over loopback, against a real PostgreSQL.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SharedClusterTests(SharedCluster shared)
{
    private ClusterHarness Harness => shared.Harness;

    [PostgresFact]
    public async Task Three_silos_store_the_same_results_as_one_in_process_pipeline_and_load_no_roslyn()
    {
        PacingNormalizer.Pace = TimeSpan.FromMilliseconds(20);
        var folder = Harness.NewFolder();
        var paths = ClusterHarness.WriteDocuments(folder, 30);

        await Harness.Batch("same").StartAsync([folder], partitions: 6);
        var progress = await Harness.WaitUntilFinishedAsync("same", ClusterWaits.Generous);

        await using var inProcess = await PostgresTestDatabase.CreateAsync("cluster_same_local");
        var services = new ServiceCollection();
        services.AddIngest(b =>
        {
            Pipelines.Configure(b);
            b.AddPostgresStore(inProcess.ConnectionString);
        });
        await using (var provider = services.BuildServiceProvider())
        {
            await foreach (var result in provider.GetRequiredService<IIngestionService>().IngestAsync([folder]))
            {
                Assert.Equal(IngestStatus.Succeeded, result.Status);
            }
        }

        Assert.Equal((30, 30, 0), (progress.Total, progress.Done, progress.Failed));
        Assert.True(progress.Silos.Count > 1, $"one silo did all the work: {string.Join(", ", progress.Silos)}");
        var expected = await ClusterHarness.StoredRowsAsync(inProcess.ConnectionString, folder);
        Assert.Equal(paths.Count, expected.Count);
        var actual = await ClusterHarness.StoredRowsAsync(Harness.Database.ConnectionString, folder);
        Assert.True(expected.SequenceEqual(actual), string.Join("\n", actual.Except(expected)));

        // Orleans' packages list Roslyn as a dependency; at run time none of it may be loaded.
        var loaded = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? string.Empty).ToList();
        Assert.Contains("Orleans.Runtime", loaded);
        Assert.DoesNotContain(loaded, n => n.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain(
            typeof(IIngestBatchGrain).Assembly.GetReferencedAssemblies(),
            r => r.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task A_database_outage_during_a_batch_is_ridden_out_and_the_batch_completes()
    {
        PacingNormalizer.Pace = TimeSpan.FromMilliseconds(80);
        var folder = Harness.NewFolder();
        ClusterHarness.WriteDocuments(folder, 36);
        var batch = Harness.Batch("outage");
        await batch.StartAsync([folder], partitions: 6);
        await ClusterWaits.WaitForAsync(batch, p => p.Done >= 4);

        await Harness.Database.OutageAsync(TimeSpan.FromSeconds(3));
        var progress = await Harness.WaitUntilFinishedAsync("outage", ClusterWaits.Generous);

        Assert.Equal((36, 36, 0), (progress.Total, progress.Done, progress.Failed));
        Assert.Equal(36, await Harness.CountStoredAsync(folder, "succeeded"));
        Assert.Equal(36, await Harness.CountStoredAsync(folder));
    }

    [PostgresFact]
    public async Task A_cancelled_batch_claims_nothing_more_and_resumes_where_it_stood()
    {
        PacingNormalizer.Pace = TimeSpan.FromMilliseconds(100);
        var folder = Harness.NewFolder();
        ClusterHarness.WriteDocuments(folder, 30);
        var batch = Harness.Batch("cancel");
        var registry = Harness.Cluster.Client.GetGrain<IIngestRegistryGrain>(0);
        await batch.StartAsync([folder], partitions: 3);
        await ClusterWaits.WaitForAsync(batch, p => p.Done >= 3);

        await batch.CancelAsync();
        var stopped = await ClusterWaits.WaitForAsync(batch, p => p.InFlight == 0);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var still = await batch.GetProgressAsync();

        Assert.Equal("cancelled", still.State);
        Assert.Equal(stopped.Done, still.Done);
        Assert.True(still.Pending > 0);
        Assert.Contains("cancel", await registry.ListBatchesAsync(unfinishedOnly: true));

        await batch.ResumeAsync();
        var progress = await Harness.WaitUntilFinishedAsync("cancel", ClusterWaits.Generous);
        Assert.Equal(("completed", 30, 30), (progress.State, progress.Total, progress.Done));
        Assert.Equal(30, await Harness.CountStoredAsync(folder));
        Assert.DoesNotContain("cancel", await registry.ListBatchesAsync(unfinishedOnly: true));
        Assert.Contains("cancel", await registry.ListBatchesAsync(unfinishedOnly: false));
    }
}
