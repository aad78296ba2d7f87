using Npgsql;

namespace Ingest.Tests.Postgres;

/// <summary>A fresh database on the test server, dropped at the end, so tests and test projects never share tables.</summary>
internal sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly string _name;

    private PostgresTestDatabase(string name, string connectionString)
    {
        _name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    /// <summary>The same database without pooling, for the test's own reads: an outage must not leave it a dead pooled connection.</summary>
    public string DirectConnectionString => new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString;

    public string Name => _name;

    public static async Task<PostgresTestDatabase> CreateAsync(string prefix)
    {
        if (PostgresServer.UnavailableReason is { } reason)
        {
            throw new InvalidOperationException(reason);
        }

        var name = $"{prefix}_{Guid.NewGuid():N}"[..40];
        await using (var admin = new NpgsqlConnection(PostgresServer.ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = name };
        return new PostgresTestDatabase(name, builder.ConnectionString);
    }

    /// <summary>
    /// A database outage as clients see a server restart: new connections are refused (connection limit 0) and every
    /// open one is killed, for <paramref name="duration"/>; then connections are allowed again.
    /// </summary>
    public async Task OutageAsync(TimeSpan duration)
    {
        await ExecuteAdminAsync($"ALTER DATABASE {_name} CONNECTION LIMIT 0");
        await ExecuteAdminAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_name}' AND pid <> pg_backend_pid()");
        await Task.Delay(duration);
        await ExecuteAdminAsync($"ALTER DATABASE {_name} CONNECTION LIMIT -1");
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(DirectConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAdminAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
                return;
            }
            catch (PostgresException ex) when (attempt < 5 && ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                // A server process the test role may not end (an autovacuum worker) was on the database: it leaves soon.
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }

    private static async Task ExecuteAdminAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Pooling = false }.ConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }
}
