using Microsoft.Data.Sqlite;
using static Ingest.Store.Sqlite.Tests.StoreQueries;

namespace Ingest.Store.Sqlite.Tests;

/// <summary>Schema 6 keeps the per-document number rows but no index on unit and value, which no query of the store read.</summary>
public sealed class NumberRowsTests : IDisposable
{
    private const string NumberIndexes = "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'document_numbers' AND sql IS NOT NULL";
    private const string EveryNumber = "SELECT printf('%d %s %.6f', document_id, unit, number) FROM document_numbers ORDER BY 1";
    private readonly StoreHarness _harness = new();

    [Fact]
    public async Task A_new_store_writes_the_number_rows_without_an_index_on_unit_and_value()
    {
        _harness.CopyFixtures();
        await _harness.IngestAsync();
        using var connection = Connect();

        Assert.Equal(0L, Scalar(connection, NumberIndexes));
        Assert.True(Scalar(connection, "SELECT count(*) FROM document_numbers") > 10);
        Assert.Equal(
            Scalar(connection, "SELECT count(DISTINCT printf('%d %s %.6f', document_id, coalesce(unit, ''), number)) FROM entities WHERE number IS NOT NULL"),
            Scalar(connection, "SELECT count(*) FROM document_numbers"));
    }

    [Fact]
    public async Task A_database_of_schema_5_loses_the_number_index_when_opened_and_keeps_its_rows_and_searches()
    {
        _harness.CopyFixtures();
        await _harness.IngestAsync();
        List<string> before;
        using (var connection = Connect())
        {
            Execute(connection, SchemaDowngrade.ToSchema7Sql + "CREATE INDEX document_numbers_value ON document_numbers(unit, number); UPDATE schema_info SET version = 5;");
            before = Rows(connection, EveryNumber);
        }

        var unchanged = await _harness.IngestAsync();
        using var store = _harness.Open();
        using var migrated = Connect();

        Assert.Equal(5L, unchanged.Unchanged);
        Assert.Equal((long)StoreSchema.Version, Scalar(migrated, "SELECT version FROM schema_info"));
        Assert.Equal(0L, Scalar(migrated, NumberIndexes));
        Assert.True(before.Count > 10, $"numbers: {before.Count}");
        Assert.Equal(before, Rows(migrated, EveryNumber));
        Assert.NotEmpty(store.Search(new ChunkQuery { Text = "ceasefire", Mentioning = "Aliyev", Limit = 10 }));
    }

    [Fact]
    public async Task A_failed_migration_leaves_the_schema_5_database_as_it_was()
    {
        _harness.CopyFixtures();
        await _harness.IngestAsync();
        using (var connection = Connect())
        {
            // The version update is the migration's last statement: a trigger that refuses it makes the migration fail
            // after the index was dropped, so only a migration in one transaction leaves the index in place.
            Execute(connection, SchemaDowngrade.ToSchema7Sql + """
                CREATE INDEX document_numbers_value ON document_numbers(unit, number);
                UPDATE schema_info SET version = 5;
                CREATE TRIGGER refuse_version BEFORE UPDATE ON schema_info BEGIN SELECT RAISE(ABORT, 'refused'); END;
                """);
        }

        Assert.ThrowsAny<Exception>(() => _harness.Open().Dispose());
        using var after = Connect();

        Assert.Equal(5L, Scalar(after, "SELECT version FROM schema_info"));
        Assert.Equal(1L, Scalar(after, NumberIndexes));
    }

    public void Dispose() => _harness.Dispose();

    private SqliteConnection Connect() => StoreQueries.Connect(_harness.DatabasePath);
}
