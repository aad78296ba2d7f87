using Ingest;
using Ingest.DependencyInjection;
using Ingest.Validation;
using Ingest.Pipeline;
using Ingest.Sources;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Ingest in an <see cref="IServiceCollection"/>.</summary>
public static class IngestServiceCollectionExtensions
{
    /// <summary>
    /// Registers the ingestion pipeline (<see cref="IIngestionService"/>) and the file-system source provider,
    /// and returns a builder for readers, normalizers, sources and sinks.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The builder.</returns>
    /// <example><code>
    /// services.AddIngest()
    ///     .AddTextReader()
    ///     .Configure(o => o.MaxDegreeOfParallelism = 4);
    /// </code></example>
    public static IIngestBuilder AddIngest(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        // Validated when first used and, in a generic host, at start-up: a value the pipeline cannot use fails with a clear message.
        services.AddOptions<IngestOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IngestOptions>, IngestOptionsValidator>());
        services.TryAddSingleton<IIngestionService, IngestionService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceProvider, FileSystemSourceProvider>());
        return new IngestBuilder(services);
    }

    /// <summary>Registers Ingest and configures it in one call.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds readers, normalizers, sources and sinks.</param>
    /// <returns>The builder.</returns>
    /// <example><code>services.AddIngest(b => b.AddTextReader().AddHtmlReader());</code></example>
    public static IIngestBuilder AddIngest(this IServiceCollection services, Action<IIngestBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = services.AddIngest();
        configure(builder);
        return builder;
    }

    /// <summary>Configures the pipeline options (parallelism, time budget, size limit, reference date).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder Configure(this IIngestBuilder builder, Action<IngestOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);
        return builder;
    }
}
