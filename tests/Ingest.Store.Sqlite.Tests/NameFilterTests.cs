using Microsoft.Data.Sqlite;

namespace Ingest.Store.Sqlite.Tests;

public sealed class NameFilterTests : IDisposable
{
    private readonly StoreHarness _harness = new();

    [Fact]
    public async Task A_name_filter_ignores_case_and_spacing_and_matches_runs_of_whole_words()
    {
        _harness.CopyFixtures();
        await _harness.IngestAsync();
        using var store = _harness.Open();

        var surname = Sources(store, "Aliyev");
        var folded = Sources(store, "  ALIYEV ");
        var fullName = Sources(store, "Ilham   Aliyev");
        var partOfWord = Sources(store, "Aliye");

        Assert.NotEmpty(surname);
        Assert.Equal(surname, folded);
        Assert.NotEmpty(fullName);
        Assert.Subset(surname, fullName);
        Assert.Empty(partOfWord);
    }

    [Fact]
    public async Task A_database_of_schema_1_gets_its_name_index_filled_when_opened()
    {
        _harness.CopyFixtures();
        await _harness.IngestAsync();
        HashSet<Uri> before;
        using (var store = _harness.Open())
        {
            before = Sources(store, "Aliyev");
        }

        // What a schema 1 database looks like: no name_terms rows.
        using (var connection = new SqliteConnection($"Data Source={_harness.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var downgrade = connection.CreateCommand();
            downgrade.CommandText = "DELETE FROM name_terms; UPDATE schema_info SET version = 1;";
            downgrade.ExecuteNonQuery();
        }

        using var migrated = _harness.Open();

        Assert.NotEmpty(before);
        Assert.Equal(before, Sources(migrated, "Aliyev"));
    }

    public void Dispose() => _harness.Dispose();

    private static HashSet<Uri> Sources(SqliteDocumentStore store, string name)
        => store.Search(new ChunkQuery { Mentioning = name, Limit = 1000 }).Select(h => h.Source).ToHashSet();
}
