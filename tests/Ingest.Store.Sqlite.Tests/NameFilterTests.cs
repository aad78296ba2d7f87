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
    public async Task A_database_of_schema_3_is_migrated_when_opened_and_answers_as_before()
    {
        _harness.CopyFixtures();
        await _harness.IngestAsync();
        (HashSet<Uri> Names, HashSet<Uri> Dates, (long, long, long) Counts) before;
        using (var store = _harness.Open())
        {
            before = (Sources(store, "Aliyev"), Dated(store), store.Count());
        }

        var rows = (Scalar("SELECT count(*) FROM blocks"), Scalar("SELECT count(*) FROM entities WHERE chunk_id IS NOT NULL"));
        SchemaDowngrade.ToSchema3(_harness.DatabasePath);
        var schema3 = Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('blocks', 'entities', 'name_terms')");

        (HashSet<Uri>, HashSet<Uri>, (long, long, long)) after;
        using (var migrated = _harness.Open())
        {
            after = (Sources(migrated, "Aliyev"), Dated(migrated), migrated.Count());
        }

        var counts = await _harness.IngestAsync();

        Assert.Equal(3L, schema3);
        Assert.NotEmpty(before.Names);
        Assert.NotEmpty(before.Dates);
        Assert.True(before.Names.SetEquals(after.Item1));
        Assert.True(before.Dates.SetEquals(after.Item2));
        Assert.Equal(before.Counts, after.Item3);
        Assert.Equal(rows, (Scalar("SELECT count(*) FROM blocks"), Scalar("SELECT count(*) FROM entities WHERE chunk_id IS NOT NULL")));
        Assert.Equal(((long)StoreSchema.Version, 0L), (Scalar("SELECT version FROM schema_info"), Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('blocks', 'entities', 'name_terms')")));
        Assert.Equal((0L, 0L, 5L), counts);
    }

    [Fact]
    public void A_name_phrase_matches_whole_words_inside_one_name_form_never_across_two()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE VIRTUAL TABLE names_fts USING fts5(names, tokenize = 'unicode61 remove_diacritics 0'); INSERT INTO names_fts (rowid, names) VALUES (7, 'Anna Berg {StoreSchema.NameSeparator} Carl Dahl-Moe')";
        command.ExecuteNonQuery();

        Assert.Equal(
            (true, true, true, false, false, false),
            (Matches(connection, "carl  DAHL"), Matches(connection, "Moe"), Matches(connection, "Anna Berg"), Matches(connection, "Berg Carl"), Matches(connection, "Ber"), Matches(connection, $"Berg {StoreSchema.NameSeparator} Carl")));
        Assert.Null(NameQuery.Phrase(" \"-- "));
    }

    public void Dispose() => _harness.Dispose();

    private static bool Matches(SqliteConnection connection, string name)
    {
        using var command = new SqliteCommand("SELECT count(*) FROM names_fts WHERE names_fts MATCH $name", connection);
        command.Parameters.AddWithValue("$name", NameQuery.Phrase(name));
        return (long)command.ExecuteScalar()! > 0;
    }

    private static HashSet<Uri> Dated(SqliteDocumentStore store)
        => store.Search(new ChunkQuery { DatesFrom = new DateOnly(2020, 1, 1), DatesTo = new DateOnly(2020, 12, 31), Limit = 1000 }).Select(h => h.Source).ToHashSet();

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_harness.DatabasePath};Pooling=False");
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        return (long)command.ExecuteScalar()!;
    }

    private static HashSet<Uri> Sources(SqliteDocumentStore store, string name)
        => store.Search(new ChunkQuery { Mentioning = name, Limit = 1000 }).Select(h => h.Source).ToHashSet();
}
