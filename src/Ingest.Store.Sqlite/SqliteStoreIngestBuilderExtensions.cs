using Ingest.Store.Sqlite;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Ingest;

/// <summary>Registers the SQLite store on an <see cref="IIngestBuilder"/>.</summary>
public static class SqliteStoreIngestBuilderExtensions
{
    /// <summary>
    /// Adds the SQLite store as a result sink: every result is written to the database (documents, blocks, chunks,
    /// entities, full-text index), unchanged documents are skipped. Chunks are cut by the registered
    /// <c>IDocumentChunker</c> (<c>AddChunking</c>) or with the default options, and embedded when an
    /// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> is registered. The store itself is a singleton
    /// <see cref="SqliteDocumentStore"/> for queries.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="databasePath">The database file.</param>
    /// <param name="configure">Configures the other options.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddSqliteStore(this IIngestBuilder builder, string databasePath, Action<SqliteStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        builder.Services.AddOptions<SqliteStoreOptions>()
            .Configure(o =>
            {
                o.DatabasePath = databasePath;
                configure?.Invoke(o);
            })
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteStoreOptions>, SqliteStoreOptionsValidator>());
        builder.Services.TryAddSingleton(sp => SqliteDocumentStore.Open(
            sp.GetRequiredService<IOptions<SqliteStoreOptions>>().Value,
            sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>()));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IResultSink, SqliteResultSink>());
        return builder;
    }
}
