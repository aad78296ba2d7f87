using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ingest.Orleans.Tests;

/// <summary>The database server process itself stops and starts again in the middle of a batch, on a server of the test's own.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DatabaseRestartTests
{
    private const int Documents = 60;

    [PrivatePostgresFact]
    public async Task A_database_server_restarted_mid_batch_leaves_every_document_with_one_result_and_one_stored_row()
    {
        PacingNormalizer.Pace = TimeSpan.FromMilliseconds(250);
        await using var server = await PrivatePostgresServer.StartAsync();
        var clusterDatabase = await server.CreateDatabaseAsync("ingest_cluster");
        var localDatabase = await server.CreateDatabaseAsync("ingest_local");
        await using var harness = await ClusterHarness.StartOnAsync(clusterDatabase);
        var folder = harness.NewFolder();
        var paths = ClusterHarness.WriteDocuments(folder, Documents);
        var batch = harness.Batch("restart");
        await batch.StartAsync([folder], partitions: 6);
        var before = await ClusterWaits.WaitForAsync(batch, p => p.Done >= 3);

        await server.StopImmediatelyAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        await server.StartAgainAsync();
        var progress = await harness.WaitUntilFinishedAsync("restart", ClusterWaits.Generous);

        Assert.True(before.Done < Documents, $"the batch finished before the restart: {before}");
        Assert.Equal(("completed", Documents, Documents, 0), (progress.State, progress.Total, progress.Done, progress.Failed));
        Assert.True(await ScalarAsync(clusterDatabase, "SELECT count(*) FROM ingest_items WHERE updated_at > pg_postmaster_start_time()") > 0, "no document finished after the restart");
        Assert.Equal(Documents, await ScalarAsync(clusterDatabase, "SELECT count(*) FROM ingest_items WHERE batch_id = 'restart' AND state = 'done'"));
        Assert.Equal(Documents, await ScalarAsync(clusterDatabase, "SELECT count(DISTINCT document_id) FROM chunks"));

        // One stored row per document, each the same (hash, fingerprint, chunks, entities) as one in-process pipeline stores.
        var stored = await ClusterHarness.StoredRowsAsync(clusterDatabase, folder);
        await IngestInProcessAsync(localDatabase, folder);
        var expected = await ClusterHarness.StoredRowsAsync(localDatabase, folder);
        Assert.Equal(paths.Select(p => new Uri(p).ToString()).Order(StringComparer.Ordinal), stored.Select(r => r.Split(' ')[0]));
        Assert.True(expected.SequenceEqual(stored), string.Join("\n", stored.Except(expected)));
    }

    private static async Task IngestInProcessAsync(string connectionString, string folder)
    {
        PacingNormalizer.Pace = TimeSpan.Zero;
        var services = new ServiceCollection();
        services.AddIngest(b =>
        {
            Pipelines.Configure(b);
            b.AddPostgresStore(connectionString);
        });
        await using var provider = services.BuildServiceProvider();
        await foreach (var result in provider.GetRequiredService<IIngestionService>().IngestAsync([folder]))
        {
            Assert.Equal(IngestStatus.Succeeded, result.Status);
        }
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
