using System.Globalization;
using Ingest.Tests.Postgres;
using Npgsql;
using Orleans.TestingHost;

namespace Ingest.Orleans.Tests;

/// <summary>A fresh database, a folder of documents written for the test, and a cluster of in-process silos on loopback.</summary>
internal sealed class ClusterHarness : IAsyncDisposable
{
    private readonly List<string> _folders = [];
    private readonly PostgresTestDatabase? _database;

    private ClusterHarness(PostgresTestDatabase? database, string connectionString, TestCluster cluster)
    {
        _database = database;
        ConnectionString = connectionString;
        Cluster = cluster;
    }

    /// <summary>The database on the shared test server; only for a harness started with <see cref="StartAsync"/>.</summary>
    public PostgresTestDatabase Database => _database ?? throw new InvalidOperationException("this cluster runs on a database the test owns");

    /// <summary>The cluster's database: store and work queue.</summary>
    public string ConnectionString { get; }

    public TestCluster Cluster { get; }

    /// <summary>A new empty folder for one batch's documents.</summary>
    public string NewFolder()
    {
        var folder = Directory.CreateTempSubdirectory("ingest-cluster-").FullName;
        _folders.Add(folder);
        return folder;
    }

    /// <summary>Starts the silos on a new database of the shared test server, dropped at the end.</summary>
    public static async Task<ClusterHarness> StartAsync(
        string name, int silos = 3, int maxAttempts = 2, TimeSpan? attemptTimeout = null, bool postgresMembership = false)
    {
        var database = await PostgresTestDatabase.CreateAsync(name);
        ClusterSettings.PostgresMembership = postgresMembership;
        return new ClusterHarness(database, database.ConnectionString, await DeployAsync(database.ConnectionString, silos, maxAttempts, attemptTimeout));
    }

    /// <summary>Starts the silos on a database the test owns (a server of its own).</summary>
    public static async Task<ClusterHarness> StartOnAsync(string connectionString, int silos = 3, int maxAttempts = 3)
    {
        ClusterSettings.PostgresMembership = false;
        return new(null, connectionString, await DeployAsync(connectionString, silos, maxAttempts, attemptTimeout: null));
    }

    private static async Task<TestCluster> DeployAsync(string connectionString, int silos, int maxAttempts, TimeSpan? attemptTimeout)
    {
        ClusterSettings.ConnectionString = connectionString;
        ClusterSettings.MaxAttempts = maxAttempts;
        ClusterSettings.AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(5);
        var builder = new TestClusterBuilder((short)silos);
        builder.Options.UseTestClusterMembership = !ClusterSettings.PostgresMembership;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    public IIngestBatchGrain Batch(string id) => Cluster.Client.GetGrain<IIngestBatchGrain>(id);

    /// <summary>Writes <paramref name="count"/> short documents, each with its own date, amount and name.</summary>
    public static IReadOnlyList<string> WriteDocuments(string folder, int count)
    {
        string[] names = ["Amelia Hartwell", "Tobias Grünfeld", "Sunita Raman", "Olu Adebayo", "Mirela Kostova"];
        var paths = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var day = new DateOnly(2021, 1, 1).AddDays(i * 11);
            var text = string.Create(
                CultureInfo.InvariantCulture,
                $"# Shipment note {i}\n\nOn {day:d MMMM yyyy} {names[i % names.Length]} signed for {12 + (i * 7)} crates weighing {3.5 + i} kg.\n\nThe warehouse in row {i % 9} logged the delivery as complete.\n");
            var path = Path.Combine(folder, $"note-{i:D3}.txt");
            File.WriteAllText(path, text);
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>Polls the batch until every document is done or failed; tolerates calls that fail while a silo is being declared dead.</summary>
    public async Task<IngestBatchProgress> WaitUntilFinishedAsync(string batchId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        IngestBatchProgress? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                last = await Batch(batchId).GetProgressAsync();
                if (last.IsFinished)
                {
                    return last;
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The grain's silo was just killed: the next call activates it on a live silo.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"batch {batchId} not finished after {timeout}: {last}");
    }

    /// <summary>Every stored document: source, status, content hash, fingerprint, chunk and entity counts, ordered by source.</summary>
    public static async Task<List<string>> StoredRowsAsync(string connectionString, string folder)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT d.source || ' ' || d.status || ' ' || d.content_hash || ' ' || d.options_fingerprint || ' '
                || (SELECT count(*) FROM chunks c WHERE c.document_id = d.id) || ' ' || (SELECT count(*) FROM entities e WHERE e.document_id = d.id)
                || CASE WHEN d.status = 'succeeded' THEN '' ELSE ' ' || d.diagnostics END
            FROM documents d WHERE d.source LIKE $1 ORDER BY d.source
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = new Uri(folder).ToString() + "/%" });
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    /// <summary>Counts the stored documents of one folder, optionally only those with a status.</summary>
    public async Task<long> CountStoredAsync(string folder, string? status = null)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM documents WHERE source LIKE $1 AND ($2::text IS NULL OR status = $2)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = new Uri(folder).ToString() + "/%" });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)status ?? DBNull.Value });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        foreach (var folder in _folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
