using Microsoft.Data.Sqlite;
using static Ingest.Store.Sqlite.Tests.StoreQueries;

namespace Ingest.Store.Sqlite.Tests;

/// <summary>Two processes that open a database of an earlier schema at once migrate it once between them.</summary>
public sealed class ConcurrentMigrationTests : IDisposable
{
    private readonly StoreHarness _harness = new();

    [Fact]
    public async Task Two_openers_that_both_read_schema_7_migrate_it_once_and_neither_fails()
    {
        _harness.CopyFixtures();
        await _harness.IngestAsync();
        long rows;
        List<string> texts;
        using (var connection = Connect(_harness.DatabasePath))
        {
            rows = Scalar(connection, "SELECT count(*) FROM chunk_rows");
            texts = Rows(connection, "SELECT id, text FROM chunks ORDER BY id");
        }

        SchemaDowngrade.ToSchema7(_harness.DatabasePath);
        using var first = OpenWithTables();
        using var second = OpenWithTables();

        // A third connection holds the write lock: both openers read version 7 and then wait for the lock to migrate.
        Exception?[] errors;
        using (var holder = OpenWithTables())
        {
            using var hold = holder.BeginTransaction(deferred: false);
            var openers = new[] { first, second }.Select(c => Task.Run(() => Record.Exception(() => StoreMigration.Run(c)))).ToArray();
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            Assert.All(openers, o => Assert.False(o.IsCompleted));
            hold.Rollback();
            errors = await Task.WhenAll(openers);
        }

        Execute(first, StoreSchema.Views);
        Assert.All(errors, Assert.Null);
        Assert.Equal((long)StoreSchema.Version, Scalar(first, "SELECT version FROM schema_info"));
        Assert.Equal(rows, Scalar(first, "SELECT count(*) FROM chunk_rows"));
        Assert.Equal(texts, Rows(first, "SELECT id, text FROM chunks ORDER BY id"));
    }

    [Fact]
    public async Task Running_the_migration_on_a_migrated_database_changes_nothing()
    {
        _harness.CopyFixtures();
        await _harness.IngestAsync();
        using var connection = OpenWithTables();
        var schema = Rows(connection, "SELECT type, name, sql FROM sqlite_schema ORDER BY name");
        var texts = Rows(connection, "SELECT id, text FROM chunks ORDER BY id");

        StoreMigration.Run(connection);

        Assert.Equal(schema, Rows(connection, "SELECT type, name, sql FROM sqlite_schema ORDER BY name"));
        Assert.Equal(texts, Rows(connection, "SELECT id, text FROM chunks ORDER BY id"));
    }

    // As SqliteDocumentStore.Open does before it migrates: the tables of the current schema created where missing.
    private SqliteConnection OpenWithTables()
    {
        var connection = new SqliteConnection($"Data Source={_harness.DatabasePath};Pooling=False;Default Timeout=60");
        connection.Open();
        Execute(connection, StoreSchema.Tables);
        return connection;
    }

    public void Dispose() => _harness.Dispose();
}
