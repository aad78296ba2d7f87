using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Ingest.Orleans.Tests;

/// <summary>Each test silo: the same Ingest builder calls as <see cref="Pipelines.Configure"/> in process, short leases and probes.</summary>
internal sealed class SiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.UseIngest(
            o =>
            {
                o.ConnectionString = ClusterSettings.ConnectionString;
                o.LeaseDuration = TimeSpan.FromSeconds(3);
                o.SweepInterval = TimeSpan.FromMilliseconds(500);
                o.MaxAttempts = ClusterSettings.MaxAttempts;
                o.AttemptTimeout = ClusterSettings.AttemptTimeout;
                o.MaxPartitionsPerSilo = 4;
            },
            Pipelines.Configure);
        if (ClusterSettings.PostgresMembership)
        {
            siloBuilder.UseIngestPostgresClustering(ClusterSettings.ConnectionString);
        }

        siloBuilder.Services.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(1);
            o.NumMissedProbesLimit = 2;
            o.NumVotesForDeathDeclaration = 1;
        });
    }
}
