using System.Net;
using System.Net.Sockets;
using Ingest.Tests.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;

namespace Ingest.Orleans.Tests;

/// <summary>Orleans' ADO.NET clustering and reminders on PostgreSQL through the schema Ingest.Orleans ships.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PostgresClusteringTests
{
    [PostgresFact]
    public async Task Two_silos_form_one_cluster_through_the_postgres_membership_table_and_a_client_finds_them_there()
    {
        await using var database = await PostgresTestDatabase.CreateAsync("cluster_adonet");
        var clusterId = "adonet-" + Guid.NewGuid().ToString("N")[..8];
        using var first = await StartSiloAsync(database.ConnectionString, clusterId);
        using var second = await StartSiloAsync(database.ConnectionString, clusterId);
        try
        {
            var management = first.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
            var hosts = await WaitForActiveHostsAsync(management, 2);
            Assert.Equal(2, hosts.Count);
            Assert.Equal(2, await database.ScalarAsync($"SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = '{clusterId}' AND Status = 3"));
            Assert.True(await database.ScalarAsync($"SELECT Version FROM OrleansMembershipVersionTable WHERE DeploymentId = '{clusterId}'") >= 2);

            using var client = await StartClientAsync(database.ConnectionString, clusterId);
            var seen = await client.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            Assert.Equal(hosts.Keys.Order(), seen.Keys.Order());
        }
        finally
        {
            await second.StopAsync();
            await first.StopAsync();
        }

        Assert.Equal(0, await database.ScalarAsync($"SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = '{clusterId}' AND Status = 3"));
    }

    [PostgresFact]
    public async Task The_postgres_reminder_table_inserts_updates_reads_by_range_and_deletes_with_its_etag()
    {
        await using var database = await PostgresTestDatabase.CreateAsync("cluster_reminders");
        var clusterId = "reminders-" + Guid.NewGuid().ToString("N")[..8];
        using var silo = await StartSiloAsync(database.ConnectionString, clusterId);
        try
        {
            var table = silo.Services.GetRequiredService<IReminderTable>();
            var grain = GrainId.Create("ingest-test", "reminded");
            var start = new DateTime(2026, 3, 1, 8, 30, 0, DateTimeKind.Utc);
            var entry = new ReminderEntry { GrainId = grain, ReminderName = "sweep", StartAt = start, Period = TimeSpan.FromMinutes(5) };

            var firstTag = await table.UpsertRow(entry) ?? string.Empty;
            entry.Period = TimeSpan.FromMinutes(7);
            var secondTag = await table.UpsertRow(entry) ?? string.Empty;
            var read = await table.ReadRow(grain, "sweep");
            Assert.NotNull(read);
            var hash = grain.GetUniformHashCode();
            var inRange = await table.ReadRows(hash - 1, hash);
            var outOfRange = await table.ReadRows(hash, hash + 10);

            Assert.NotEqual(firstTag, secondTag);
            Assert.Equal((start, TimeSpan.FromMinutes(7), secondTag), (read.StartAt, read.Period, read.ETag));
            Assert.Equal(["sweep"], inRange.Reminders.Select(r => r.ReminderName));
            Assert.Empty(outOfRange.Reminders);
            Assert.False(await table.RemoveRow(grain, "sweep", firstTag));
            Assert.True(await table.RemoveRow(grain, "sweep", secondTag));
            Assert.Empty((await table.ReadRows(grain)).Reminders);
        }
        finally
        {
            await silo.StopAsync();
        }
    }

    private static async Task<IHost> StartSiloAsync(string connectionString, string clusterId)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo => silo
            .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, clusterId))
            .ConfigureEndpoints(IPAddress.Loopback, FreePort(), FreePort())
            .UseIngestPostgresClustering(connectionString)
            .UseIngestPostgresReminders(connectionString)
            .UseIngest(o => o.ConnectionString = connectionString, Pipelines.Configure));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static async Task<IHost> StartClientAsync(string connectionString, string clusterId)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client => client
            .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, clusterId))
            .UseIngestPostgresClustering(connectionString));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static async Task<Dictionary<SiloAddress, SiloStatus>> WaitForActiveHostsAsync(IManagementGrain management, int count)
    {
        var deadline = DateTime.UtcNow + ClusterWaits.Generous;
        Dictionary<SiloAddress, SiloStatus> hosts = [];
        while (DateTime.UtcNow < deadline)
        {
            hosts = await management.GetHosts(onlyActive: true);
            if (hosts.Count >= count)
            {
                return hosts;
            }

            await Task.Delay(200);
        }

        return hosts;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
