using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace Ingest.Orleans.Tests;

/// <summary>The test cluster's client: finds the gateways in the PostgreSQL membership table when the silos keep it there.</summary>
internal sealed class ClientConfigurator : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder)
    {
        if (ClusterSettings.PostgresMembership)
        {
            clientBuilder.UseIngestPostgresClustering(ClusterSettings.ConnectionString);
        }
    }
}
