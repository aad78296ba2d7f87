using Microsoft.Data.Sqlite;
using static Ingest.Store.Sqlite.Tests.StoreQueries;

namespace Ingest.Store.Sqlite.Tests;

/// <summary>
/// The properties an entity repeats from an earlier one of its document are written once (schema 5); the repeat points to
/// their bytes in the column (schema 7), which the entities view reads in constant time.
/// </summary>
public sealed class RepeatedEntitiesTests : IDisposable
{
    private readonly StoreHarness _harness = new();

    [Fact]
    public async Task A_name_mentioned_again_stores_its_properties_once_and_every_mention_reads_them_through_the_view()
    {
        Directory.CreateDirectory(_harness.Documents);
        await File.WriteAllTextAsync(
            Path.Combine(_harness.Documents, "visit.txt"),
            "Ilham Aliyev arrived in Moscow on 3 March 2019. Ilham Aliyev then left Moscow. Later Ilham Aliyev spoke again.");
        await _harness.IngestAsync();
        using var connection = Connect();

        var mentions = Rows(connection, "SELECT start, kind, name_key, properties FROM entities WHERE type = 'name' AND text = 'Ilham Aliyev' ORDER BY start");
        var inline = Scalar(connection, "SELECT count(*) FROM document_details d, json_each(d.entities) e WHERE json_type(e.value, '$[5]') = 'object' AND json_extract(e.value, '$[3]') = 'Ilham Aliyev'");
        var references = Scalar(connection, "SELECT count(*) FROM document_details d, json_each(d.entities) e WHERE json_type(e.value, '$[5]') = 'array'");
        var resolved = Rows(connection, """
            SELECT DISTINCT CAST(substr(CAST(d.entities AS BLOB), json_extract(e.value, '$[5][0]') + 1, json_extract(e.value, '$[5][1]')) AS TEXT)
            FROM document_details d, json_each(d.entities) e
            WHERE json_type(e.value, '$[5]') = 'array' AND json_extract(e.value, '$[3]') = 'Ilham Aliyev'
            """);
        var written = Rows(connection, "SELECT json_extract(e.value, '$[5]') FROM document_details d, json_each(d.entities) e WHERE json_type(e.value, '$[5]') = 'object' AND json_extract(e.value, '$[3]') = 'Ilham Aliyev'");

        Assert.Equal(3, mentions.Count);
        Assert.Single(mentions.Select(m => m[(m.IndexOf('|', StringComparison.Ordinal) + 1)..]).Distinct(StringComparer.Ordinal));
        Assert.StartsWith("0|person|person/", mentions[0], StringComparison.Ordinal);
        Assert.Equal(1L, inline);
        Assert.True(references >= 3, $"references: {references}");
        Assert.Equal(written, resolved);
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM entities WHERE json_type(properties) IS NOT 'object'"));
    }

    [Fact]
    public async Task Repeats_after_text_outside_ascii_read_the_same_properties_as_their_first_mention()
    {
        // Offsets are in UTF-8 bytes: letters of two and three bytes before and inside the names would shift a reference
        // counted in characters onto the wrong bytes.
        Directory.CreateDirectory(_harness.Documents);
        await File.WriteAllTextAsync(
            Path.Combine(_harness.Documents, "zürich.txt"),
            "Zürich, 3 März 2021 — „Łukasz Kowalski“ traf José Álvarez in Genève. Łukasz Kowalski und José Álvarez sprachen. "
            + "Am 3 März 2021 sprach Łukasz Kowalski wieder; José Álvarez schwieg.");
        await _harness.IngestAsync();
        using var connection = Connect();

        var references = Scalar(connection, "SELECT count(*) FROM document_details d, json_each(d.entities) e WHERE json_type(e.value, '$[5]') = 'array'");
        var names = Rows(connection, "SELECT text, properties FROM entities WHERE type = 'name' ORDER BY start");
        var firsts = names.DistinctBy(n => n[..n.IndexOf('|', StringComparison.Ordinal)], StringComparer.Ordinal).ToDictionary(n => n[..n.IndexOf('|', StringComparison.Ordinal)], StringComparer.Ordinal);

        Assert.True(references >= 2, $"references: {references}");
        Assert.True(names.Count >= 4, string.Join(" / ", names));
        Assert.All(names, n => Assert.Equal(firsts[n[..n.IndexOf('|', StringComparison.Ordinal)]], n));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM entities WHERE json_type(properties) IS NOT 'object'"));
    }

    [Fact]
    public async Task A_database_of_schema_4_is_migrated_when_opened_and_its_entities_read_as_before()
    {
        _harness.CopyFixtures();
        await _harness.IngestAsync();
        const string EveryEntity = "SELECT document_id, chunk_id, type, start, length, text, kind, value, earliest, latest, number, low, high, unit, name_key, properties FROM entities";
        List<string> before;
        using (var connection = Connect())
        {
            before = Rows(connection, EveryEntity);
            Execute(connection, ToSchema4);
        }

        var unchanged = await _harness.IngestAsync();
        using var store = _harness.Open();
        using var migrated = Connect();

        Assert.True(before.Count > 100, $"entities: {before.Count}");
        Assert.Equal(5L, unchanged.Unchanged);
        Assert.Equal((long)StoreSchema.Version, Scalar(migrated, "SELECT version FROM schema_info"));
        Assert.Equal(3L, Scalar(migrated, "SELECT count(*) FROM chunks_fts_config WHERE k IN ('hashsize', 'automerge', 'crisismerge')"));
        Assert.Equal(before.Order(StringComparer.Ordinal), Rows(migrated, EveryEntity).Order(StringComparer.Ordinal));
        Assert.NotEmpty(store.Search(new ChunkQuery { Text = "ceasefire", Mentioning = "Aliyev", Limit = 10 }));
    }

    // Schema 4 wrote every entity's properties, had an entities view that read only those, and left FTS5's settings at
    // their defaults (the view here stands for that one: the migration drops it whatever it was).
    private static readonly string ToSchema4 = SchemaDowngrade.ToSchema7Sql + """
        UPDATE document_details SET entities = (
            SELECT json_group_array(json_array(e.type, e.start, e.length, e.text,
                (SELECT c.ordinal FROM chunks c WHERE c.id = e.chunk_id), json(e.properties)))
            FROM entities e WHERE e.document_id = document_details.document_id);
        DROP VIEW entities;
        CREATE VIEW entities AS SELECT document_id FROM document_details;
        DELETE FROM chunks_fts_config WHERE k IN ('hashsize', 'automerge', 'crisismerge');
        UPDATE schema_info SET version = 4;
        """;

    public void Dispose() => _harness.Dispose();

    private SqliteConnection Connect() => StoreQueries.Connect(_harness.DatabasePath);
}
