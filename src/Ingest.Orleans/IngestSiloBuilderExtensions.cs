using Ingest.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Hosting;
using Orleans.Runtime;

namespace Ingest;

/// <summary>Adds Ingest to an Orleans silo.</summary>
public static class IngestSiloBuilderExtensions
{
    /// <summary>
    /// Makes this silo an ingestion worker: the pipeline is configured with the same <see cref="IIngestBuilder"/> calls as
    /// in process (readers, normalizers, plugins), results go to the shared PostgreSQL store, and the silo takes part in
    /// every batch started through <see cref="IIngestBatchGrain"/>.
    /// </summary>
    /// <param name="silo">The silo builder.</param>
    /// <param name="cluster">Configures the cluster options; <see cref="IngestClusterOptions.ConnectionString"/> is required.</param>
    /// <param name="configure">Configures the pipeline, as <c>services.AddIngest(configure)</c> would.</param>
    /// <returns>The silo builder, for chaining.</returns>
    public static ISiloBuilder UseIngest(this ISiloBuilder silo, Action<IngestClusterOptions> cluster, Action<IIngestBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new IngestClusterOptions();
        cluster(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString, nameof(IngestClusterOptions.ConnectionString));

        var services = silo.Services;
        services.AddIngest(configure);
        services.AddOptions<IngestClusterOptions>().Configure(cluster);
        services.AddPostgresStoreServices(options.ConnectionString, o => o.WriteRetries = options.DatabaseRetries);
        services.TryAddSingleton(sp => new WorkQueue(sp.GetRequiredService<IOptions<IngestClusterOptions>>().Value.ConnectionString, options.DatabaseRetries));
        services.TryAddSingleton(sp => new SiloIdentity(sp.GetRequiredService<ILocalSiloDetails>().SiloAddress.ToParsableString()));
        services.TryAddSingleton<DocumentAttempt>();
        services.TryAddSingleton<PartitionWorker>();
        services.TryAddSingleton<SiloWorkers>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<SiloWorkers>());
        return silo;
    }
}
