using Ingest.Tests.Postgres;

namespace Ingest.Orleans.Tests;

/// <summary>
/// One cluster of three silos and one database for the tests that leave the cluster whole; each test uses its own
/// batch and folder. Starting silos is the slow part of these tests, so they share it.
/// </summary>
public sealed class SharedCluster : IAsyncLifetime
{
    private ClusterHarness? _harness;

    internal ClusterHarness Harness => _harness ?? throw new InvalidOperationException("the cluster did not start");

    public async Task InitializeAsync()
    {
        if (PostgresServer.UnavailableReason is null || PostgresServer.Required)
        {
            _harness = await ClusterHarness.StartAsync("cluster_shared");
        }
    }

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }
}
