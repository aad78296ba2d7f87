using Ingest.Store.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Ingest;

/// <summary>Registers the PostgreSQL store on an <see cref="IIngestBuilder"/>.</summary>
public static class PostgresStoreIngestBuilderExtensions
{
    /// <summary>
    /// Adds the PostgreSQL store as a result sink: every result is written to the database (documents, blocks, chunks,
    /// entities, full-text index); unchanged documents are not rewritten. Queries go through <see cref="PostgresStoreProvider"/>.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <param name="configure">Configures the other options.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddPostgresStore(this IIngestBuilder builder, string connectionString, Action<PostgresStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddPostgresStoreServices(builder.Services, connectionString, configure);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IResultSink, PostgresResultSink>());
        return builder;
    }

    /// <summary>Registers the options and the <see cref="PostgresStoreProvider"/> without adding a result sink.</summary>
    /// <param name="services">The services.</param>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <param name="configure">Configures the other options.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddPostgresStoreServices(this IServiceCollection services, string connectionString, Action<PostgresStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddOptions<PostgresStoreOptions>().Configure(o =>
        {
            o.ConnectionString = connectionString;
            configure?.Invoke(o);
        });
        services.TryAddSingleton<PostgresStoreProvider>();
        return services;
    }
}
