using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Ingest.Orleans.Tests;

/// <summary>
/// A PostgreSQL server of the test's own (initdb into a temporary folder, pg_ctl on a free loopback port), so a test can
/// stop and restart a real server process without disturbing the shared one other test projects use. PostgreSQL refuses
/// to run as root, so as root its commands run as the <c>postgres</c> user.
/// </summary>
internal sealed class PrivatePostgresServer : IAsyncDisposable
{
    private const string User = "ingest";
    private readonly string _bin;
    private readonly string _root;
    private readonly int _port;

    private PrivatePostgresServer(string bin, string root, int port)
    {
        _bin = bin;
        _root = root;
        _port = port;
    }

    /// <summary>The folder of <c>initdb</c> and <c>pg_ctl</c>: <c>INGEST_PG_BIN</c>, else the newest /usr/lib/postgresql/*/bin; null when none.</summary>
    public static string? BinDirectory { get; } = FindBinDirectory();

    private string DataDirectory => Path.Combine(_root, "data");

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>Creates the server's files and starts it.</summary>
    public static async Task<PrivatePostgresServer> StartAsync()
    {
        var bin = BinDirectory ?? throw new InvalidOperationException(
            "no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin or INGEST_PG_BIN; `bash .ci/test` installs them");
        string root;
        if (IsRoot)
        {
            // Under /tmp, not TMPDIR: the postgres user must be able to reach the folder (a root-owned TMPDIR may be closed to it).
            root = Directory.CreateDirectory(Path.Combine("/tmp", $"ingest-pg-{Guid.NewGuid():N}")).FullName;
            await RunAsync("chown", ["postgres:", root]);
        }
        else
        {
            root = Directory.CreateTempSubdirectory("ingest-pg-").FullName;
        }

        var server = new PrivatePostgresServer(bin, root, FreePort());
        await server.PostgresAsync("initdb", ["-D", server.DataDirectory, "-U", User, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>A connection string to <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = _port, Username = User, Database = database }.ConnectionString;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString() + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>Starts the server (again), waiting until it accepts connections.</summary>
    public Task StartAgainAsync() => PostgresAsync("pg_ctl", [
        "start", "-w", "-t", "60", "-D", DataDirectory, "-l", Path.Combine(_root, "server.log"),
        "-o", $"-p {_port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=16MB"]);

    /// <summary>Stops the server as a crash would: every process ends at once, nothing is flushed, the next start recovers from the WAL.</summary>
    public Task StopImmediatelyAsync() => PostgresAsync("pg_ctl", ["stop", "-w", "-m", "immediate", "-D", DataDirectory]);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await StopImmediatelyAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(_root, recursive: true);
    }

    private Task PostgresAsync(string tool, IEnumerable<string> arguments)
    {
        var executable = Path.Combine(_bin, tool);
        return IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", executable, .. arguments]) : RunAsync(executable, arguments);
    }

    private static async Task RunAsync(string executable, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{executable} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}: {await output}{await error}");
        }
    }

    private static string? FindBinDirectory()
    {
        if (Environment.GetEnvironmentVariable("INGEST_PG_BIN") is { Length: > 0 } configured)
        {
            return configured;
        }

        const string installed = "/usr/lib/postgresql";
        return !Directory.Exists(installed) ? null : Directory.GetDirectories(installed)
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var major) ? major : 0)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
