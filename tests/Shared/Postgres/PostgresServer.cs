using Npgsql;

namespace Ingest.Tests.Postgres;

/// <summary>
/// The PostgreSQL server the tests use: <c>INGEST_POSTGRES</c> (set by <c>.ci/test</c>, which installs and starts one),
/// else the role and database that script creates on localhost. Probed once.
/// </summary>
internal static class PostgresServer
{
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=ingest;Password=ingest;Database=ingest_test";

    private static readonly Lazy<string?> Unavailable = new(Probe);

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("INGEST_POSTGRES") is { Length: > 0 } value ? value : DefaultConnectionString;

    /// <summary>Why no server can be used, or null when one answers.</summary>
    public static string? UnavailableReason => Unavailable.Value;

    /// <summary>Under CI a missing server fails the tests instead of skipping them.</summary>
    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string? Probe()
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = 5, Pooling = false };
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            return $"no PostgreSQL server answers at {new NpgsqlConnectionStringBuilder(ConnectionString) { Password = null }.ConnectionString} "
                + $"({ex.Message}); run `bash .ci/test`, which installs and starts one, or set INGEST_POSTGRES";
        }
    }
}
