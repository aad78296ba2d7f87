using Microsoft.Data.Sqlite;

namespace Ingest.Store.Sqlite.Tests;

/// <summary>Schema 4 keeps one row of details per document and indexes dates, numbers and names once per document.</summary>
public sealed class PerDocumentRowsTests : IDisposable
{
    private readonly StoreHarness _harness = new();

    [Fact]
    public void Overlapping_date_ranges_merge_into_one_and_disjoint_ones_stay_apart()
    {
        var ranges = new DateRanges();
        ranges.Add("2020-02-01", "2020-02-10");
        ranges.Add("2020-01-01", "2020-01-31");
        ranges.Add("2020-01-15", "2020-02-03");
        ranges.Add("2021-05-01", "2021-05-01");
        ranges.Add("2022-01-09", "2022-01-02");

        Assert.Equal([("2020-01-01", "2020-02-10"), ("2021-05-01", "2021-05-01")], ranges.Merge());
    }

    [Fact]
    public async Task The_per_document_date_and_number_rows_find_the_same_documents_as_the_entities_they_summarise()
    {
        _harness.CopyFixtures();
        await _harness.IngestAsync();
        using var connection = new SqliteConnection($"Data Source={_harness.DatabasePath};Pooling=False");
        connection.Open();

        foreach (var (from, to) in new[] { ("2020-09-27", "2020-11-10"), ("1990-01-01", "1999-12-31"), ("2023-01-01", "2023-01-01") })
        {
            Assert.Equal(
                Ids(connection, $"SELECT DISTINCT document_id FROM entities WHERE earliest <= '{to}' AND latest >= '{from}'"),
                Ids(connection, $"SELECT DISTINCT document_id FROM document_dates WHERE earliest <= '{to}' AND latest >= '{from}'"));
        }

        Assert.Equal(
            Ids(connection, "SELECT DISTINCT printf('%d %s %.6f', document_id, coalesce(unit, ''), number) FROM entities WHERE number IS NOT NULL"),
            Ids(connection, "SELECT printf('%d %s %.6f', document_id, unit, number) FROM document_numbers"));
        Assert.True(Ids(connection, "SELECT document_id FROM document_dates").Count > 0);
    }

    [Fact]
    public async Task Replacing_a_document_replaces_its_details_dates_numbers_and_names()
    {
        _harness.CopyFixtures();
        await _harness.IngestAsync();
        var changed = StoreHarness.TextFixtures().First();
        await File.WriteAllTextAsync(Path.Combine(_harness.Documents, Path.GetFileName(changed)), "President Ilham Aliyev fed a quokka in Baku on 3 March 2019. He stayed for 40 minutes.");
        var counts = await _harness.IngestAsync();
        using var store = _harness.Open();
        using var connection = new SqliteConnection($"Data Source={_harness.DatabasePath};Pooling=False");
        connection.Open();

        Assert.Equal((0L, 1L, 4L), counts);
        Assert.Equal(5, Ids(connection, "SELECT document_id FROM document_details").Count);
        Assert.Equal(
            Ids(connection, "SELECT id FROM documents"),
            Ids(connection, "SELECT document_id FROM document_details"));
        Assert.Empty(Ids(connection, "SELECT rowid FROM names_fts WHERE rowid NOT IN (SELECT id FROM documents)"));
        Assert.Empty(Ids(connection, "SELECT document_id FROM document_dates WHERE document_id NOT IN (SELECT id FROM documents)"));
        Assert.Contains(new Uri(Path.Combine(_harness.Documents, Path.GetFileName(changed))), store.Search(new ChunkQuery { Mentioning = "Ilham Aliyev", Limit = 100 }).Select(h => h.Source));
        Assert.Empty(store.Search(new ChunkQuery { Text = "quokka", Mentioning = "Ilham Aliyev", DatesFrom = new DateOnly(2020, 1, 1), Limit = 100 }));
        Assert.Single(store.Search(new ChunkQuery { Text = "quokka", Mentioning = "Ilham Aliyev", DatesFrom = new DateOnly(2019, 3, 3), DatesTo = new DateOnly(2019, 3, 3), Limit = 100 }));
    }

    public void Dispose() => _harness.Dispose();

    private static HashSet<string> Ids(SqliteConnection connection, string sql)
    {
        using var command = new SqliteCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            ids.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return ids;
    }
}
