using System.Data.Common;
using Npgsql;

namespace Ingest.Orleans;

/// <summary>
/// The tables and named queries Orleans' ADO.NET clustering and reminders providers need on PostgreSQL
/// (<c>OrleansQuery</c>, <c>OrleansMembershipVersionTable</c>, <c>OrleansMembershipTable</c>, <c>OrleansRemindersTable</c>).
/// The provider packages ship no PostgreSQL script; this one is embedded in <c>Ingest.Orleans</c> and idempotent.
/// </summary>
public static class OrleansPostgresSchema
{
    /// <summary>The ADO.NET invariant name the providers are configured with.</summary>
    public const string Invariant = "Npgsql";

    private const string ResourceName = "Ingest.Orleans.Schema.OrleansAdoNet.PostgreSql.sql";

    /// <summary>The schema script: tables, the two membership write functions and every named query.</summary>
    public static string Script { get; } = ReadScript();

    /// <summary>
    /// Creates the tables and functions when missing and writes every named query (replacing older texts). Safe to run
    /// from every silo at once: the script takes a transaction-scoped advisory lock.
    /// </summary>
    /// <param name="connectionString">The PostgreSQL database (typically the store's).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the schema is in place.</returns>
    public static async Task EnsureAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand(Script, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The connection string the providers use: <paramref name="connectionString"/> with the session time zone set to UTC,
    /// so timestamps Orleans binds as UTC are stored and compared without conversion.
    /// </summary>
    /// <param name="connectionString">The PostgreSQL database.</param>
    /// <returns>The provider connection string.</returns>
    public static string ProviderConnectionString(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Timezone = "UTC" }.ConnectionString;

    /// <summary>Registers Npgsql under <see cref="Invariant"/> for the providers' <see cref="DbProviderFactories"/> lookup.</summary>
    internal static void RegisterProvider()
    {
        if (!DbProviderFactories.TryGetFactory(Invariant, out _))
        {
            DbProviderFactories.RegisterFactory(Invariant, NpgsqlFactory.Instance);
        }
    }

    private static string ReadScript()
    {
        using var stream = typeof(OrleansPostgresSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
