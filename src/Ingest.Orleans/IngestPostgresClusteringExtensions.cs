using Ingest.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Hosting;
using Orleans.Runtime;

namespace Ingest;

/// <summary>Orleans clustering and reminders on the PostgreSQL database Ingest already uses, through Orleans' ADO.NET providers.</summary>
public static class IngestPostgresClusteringExtensions
{
    /// <summary>
    /// Keeps this silo's cluster membership in PostgreSQL (Orleans ADO.NET clustering, invariant <c>Npgsql</c>). The silo
    /// creates the tables and named queries of <see cref="OrleansPostgresSchema"/> when it starts, before it joins.
    /// </summary>
    /// <param name="silo">The silo builder.</param>
    /// <param name="connectionString">The PostgreSQL database, typically the store's.</param>
    /// <returns>The silo builder, for chaining.</returns>
    public static ISiloBuilder UseIngestPostgresClustering(this ISiloBuilder silo, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        OrleansPostgresSchema.RegisterProvider();
        AddSchemaStartup(silo, connectionString);
        return silo.UseAdoNetClustering(o =>
        {
            o.Invariant = OrleansPostgresSchema.Invariant;
            o.ConnectionString = OrleansPostgresSchema.ProviderConnectionString(connectionString);
        });
    }

    /// <summary>Finds the cluster's gateways in PostgreSQL; the silos create the schema, so start one before the client.</summary>
    /// <param name="client">The client builder.</param>
    /// <param name="connectionString">The PostgreSQL database the silos use.</param>
    /// <returns>The client builder, for chaining.</returns>
    public static IClientBuilder UseIngestPostgresClustering(this IClientBuilder client, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        OrleansPostgresSchema.RegisterProvider();
        return client.UseAdoNetClustering(o =>
        {
            o.Invariant = OrleansPostgresSchema.Invariant;
            o.ConnectionString = OrleansPostgresSchema.ProviderConnectionString(connectionString);
        });
    }

    /// <summary>Keeps this silo's reminders in PostgreSQL (Orleans ADO.NET reminders); creates the schema at start.</summary>
    /// <param name="silo">The silo builder.</param>
    /// <param name="connectionString">The PostgreSQL database, typically the store's.</param>
    /// <returns>The silo builder, for chaining.</returns>
    public static ISiloBuilder UseIngestPostgresReminders(this ISiloBuilder silo, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        OrleansPostgresSchema.RegisterProvider();
        AddSchemaStartup(silo, connectionString);
        return silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = OrleansPostgresSchema.Invariant;
            o.ConnectionString = OrleansPostgresSchema.ProviderConnectionString(connectionString);
        });
    }

    private static void AddSchemaStartup(ISiloBuilder silo, string connectionString) =>
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(new OrleansSchemaStartup(connectionString));
}
