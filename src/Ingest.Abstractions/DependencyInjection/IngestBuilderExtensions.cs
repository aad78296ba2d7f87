using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ingest;

/// <summary>Registers readers, normalizers, source providers and sinks on an <see cref="IIngestBuilder"/>.</summary>
public static class IngestBuilderExtensions
{
    /// <summary>
    /// Registers a reader as a singleton. Built-in readers have priority 0; a higher priority wins for the same format.
    /// Registering the same reader type again does nothing (the first registration and its priority stay), so every
    /// <c>AddXxxReader()</c> may be called more than once.
    /// </summary>
    /// <typeparam name="TReader">The reader type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="priority">The priority among readers of the same format.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddReader<TReader>(this IIngestBuilder builder, int priority = 0)
        where TReader : class, IDocumentReader
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(d => d.ServiceType == typeof(ReaderRegistration)
            && d.ImplementationInstance is ReaderRegistration r && r.ReaderType == typeof(TReader) && r.Instance is null))
        {
            return builder;
        }

        builder.Services.TryAddSingleton<TReader>();
        builder.Services.AddSingleton(new ReaderRegistration(typeof(TReader), priority, sp => sp.GetRequiredService<TReader>()));
        return builder;
    }

    /// <summary>Registers a reader instance. Registering the same instance again does nothing.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="reader">The reader.</param>
    /// <param name="priority">The priority among readers of the same format.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddReader(this IIngestBuilder builder, IDocumentReader reader, int priority = 0)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(reader);
        if (builder.Services.Any(d => d.ImplementationInstance is ReaderRegistration r && ReferenceEquals(r.Instance, reader)))
        {
            return builder;
        }

        builder.Services.AddSingleton(new ReaderRegistration(reader.GetType(), priority, _ => reader) { Instance = reader });
        return builder;
    }

    /// <summary>Registers a normalizer as a singleton, to run at <paramref name="order"/> (see <see cref="NormalizerOrder"/>).</summary>
    /// <typeparam name="TNormalizer">The normalizer type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="order">Where it runs: ascending order, ties in registration order.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddNormalizer<TNormalizer>(this IIngestBuilder builder, int order = NormalizerOrder.Default)
        where TNormalizer : class, IDocumentNormalizer
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(d => d.ServiceType == typeof(NormalizerRegistration)
            && d.ImplementationInstance is NormalizerRegistration r && r.NormalizerType == typeof(TNormalizer)))
        {
            return builder;
        }

        builder.Services.TryAddSingleton<TNormalizer>();
        builder.Services.AddSingleton(new NormalizerRegistration(typeof(TNormalizer), order, sp => sp.GetRequiredService<TNormalizer>()));
        return builder;
    }

    /// <summary>Registers a normalizer instance.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="normalizer">The normalizer.</param>
    /// <param name="order">Where it runs: ascending order, ties in registration order.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddNormalizer(this IIngestBuilder builder, IDocumentNormalizer normalizer, int order = NormalizerOrder.Default)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(normalizer);
        builder.Services.AddSingleton(new NormalizerRegistration(normalizer.GetType(), order, _ => normalizer));
        return builder;
    }

    /// <summary>Registers a provider that turns locations (paths, URLs) into sources.</summary>
    /// <typeparam name="TProvider">The provider type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddSourceProvider<TProvider>(this IIngestBuilder builder)
        where TProvider : class, ISourceProvider
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceProvider, TProvider>());
        return builder;
    }

    /// <summary>
    /// Registers a sink that receives every result: the pipeline writes each result to every sink, one at a time, and
    /// flushes them at the end of the batch. A sink that throws is reported as a <c>sink.failed</c> warning on that result.
    /// </summary>
    /// <typeparam name="TSink">The sink type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddSink<TSink>(this IIngestBuilder builder)
        where TSink : class, IResultSink
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IResultSink, TSink>());
        return builder;
    }

    /// <summary>Registers a sink instance that receives every result. Registering the same instance again does nothing; the caller disposes it.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="sink">The sink.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddSink(this IIngestBuilder builder, IResultSink sink)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(sink);
        if (!builder.Services.Any(d => d.ServiceType == typeof(IResultSink) && ReferenceEquals(d.ImplementationInstance, sink)))
        {
            builder.Services.AddSingleton(sink);
        }

        return builder;
    }
}
