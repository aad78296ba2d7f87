using Microsoft.Data.Sqlite;
using static Ingest.Store.Sqlite.Tests.StoreQueries;

namespace Ingest.Store.Sqlite.Tests;

/// <summary>
/// Schema 7 points a repeated entity to its properties' bytes in the column (read by the entities view in constant time)
/// and writes a chunk's segments as arrays; a database of schema 6 is migrated when opened.
/// </summary>
public sealed class Schema7MigrationTests : IDisposable
{
    private readonly StoreHarness _harness = new();

    [Fact]
    public async Task A_database_of_schema_6_is_migrated_when_opened_and_its_entities_and_segments_read_as_before()
    {
        _harness.CopyFixtures();
        File.Copy(StoreHarness.Fixture(Path.Combine("pdf", "chromium-000_8356487e95b370c0.pdf")), Path.Combine(_harness.Documents, "a.pdf"));
        await _harness.IngestAsync();
        List<string> before;
        List<string> segments;
        long positions;
        long objectSegments;
        using (var connection = Connect())
        {
            before = Rows(connection, EveryEntity);
            segments = Rows(connection, EverySegmentList);
            Execute(connection, ToSchema6);
            positions = Scalar(connection, CountReferences("integer"));
            objectSegments = Scalar(connection, "SELECT count(*) FROM chunks WHERE json_type(segments, '$[0]') = 'object' AND segments LIKE '%\"box\":[%'");
        }

        var unchanged = await _harness.IngestAsync();
        using var store = _harness.Open();
        using var migrated = Connect();

        Assert.True(positions > 50, $"positions: {positions}");
        Assert.True(objectSegments > 0, $"segments with a box, as objects: {objectSegments}");
        Assert.Equal(6L, unchanged.Unchanged);
        Assert.Equal(segments, Rows(migrated, EverySegmentList));
        Assert.Equal((long)StoreSchema.Version, Scalar(migrated, "SELECT version FROM schema_info"));
        Assert.Equal(0L, Scalar(migrated, CountReferences("integer")));
        Assert.Equal(before.Order(StringComparer.Ordinal), Rows(migrated, EveryEntity).Order(StringComparer.Ordinal));
        Assert.NotEmpty(store.Search(new ChunkQuery { Text = "ceasefire", Mentioning = "Aliyev", Limit = 10 }));
    }

    [Fact]
    public async Task A_document_written_after_the_migration_points_to_its_repeated_properties_and_reads_them_back()
    {
        _harness.CopyFixtures();
        await _harness.IngestAsync();
        using (var connection = Connect())
        {
            Execute(connection, ToSchema6);
        }

        using (_harness.Open())
        {
        }

        var changed = Path.Combine(_harness.Documents, Path.GetFileName(StoreHarness.TextFixtures().First()));
        await File.AppendAllTextAsync(changed, "\nIlham Aliyev met Ilham Aliyev's advisers.\n");
        var again = await _harness.IngestAsync();
        using var after = Connect();

        Assert.Equal(1L, again.Replaced);
        Assert.True(Scalar(after, CountReferences("array")) > 10);
        Assert.Equal(0L, Scalar(after, "SELECT count(*) FROM entities WHERE json_type(properties) IS NOT 'object'"));
        Assert.Equal(
            Scalar(after, "SELECT count(*) FROM entities"),
            Scalar(after, "SELECT count(*) FROM document_details d, json_each(d.entities) e"));
    }

    private const string EverySegmentList = "SELECT chunk_key, segments FROM chunks ORDER BY chunk_key, id";

    private const string EveryEntity = "SELECT document_id, chunk_id, type, start, length, text, kind, value, earliest, latest, number, low, high, unit, name_key, properties FROM entities";

    private static string CountReferences(string jsonType) =>
        $"SELECT count(*) FROM document_details d, json_each(d.entities) e WHERE json_type(e.value, '$[5]') = '{jsonType}'";

    // Schemas 5 and 6 pointed a repeated entity to the position of the earlier entity whose type and properties it
    // repeats (written out here from the view's rows, then each repeat replaced by the first position with the same
    // type and properties), and had a view that read those positions (the one here stands for it: the migration drops it).
    // Schemas 1 to 6 wrote a chunk's segments as objects, leaving out the keys without a value (json_patch drops nulls).
    private static readonly string ToSchema6 = SchemaDowngrade.ToSchema7Sql + """
        UPDATE document_details SET entities = (
            SELECT json_group_array(json_array(e.type, e.start, e.length, e.text,
                (SELECT c.ordinal FROM chunks c WHERE c.id = e.chunk_id), json(e.properties)))
            FROM entities e WHERE e.document_id = document_details.document_id);
        UPDATE document_details SET entities = (
            SELECT json_group_array(CASE WHEN e.first < e.key THEN json_replace(e.value, '$[5]', e.first) ELSE json(e.value) END)
            FROM (SELECT e.key AS key, e.value AS value,
                    (SELECT min(p.key) FROM json_each(document_details.entities) p WHERE p.value ->> 0 = e.value ->> 0 AND p.value -> 5 = e.value -> 5) AS first
                FROM json_each(document_details.entities) e) e);
        UPDATE chunks SET segments = (
            SELECT json_group_array(json_patch('{}', json_object('chunkStart', s.value -> 0, 'start', s.value -> 1,
                'length', s.value -> 2, 'block', s.value -> 3, 'sourceStart', s.value -> 4, 'sourceLength', s.value -> 5,
                'page', s.value -> 6, 'box', CASE WHEN json_array_length(s.value) = 11 THEN json_array(s.value -> 7, s.value -> 8, s.value -> 9, s.value -> 10) END)))
            FROM json_each(chunks.segments) s);
        DROP VIEW entities;
        CREATE VIEW entities AS SELECT document_id FROM document_details;
        UPDATE schema_info SET version = 6;
        """;

    public void Dispose() => _harness.Dispose();

    private SqliteConnection Connect() => StoreQueries.Connect(_harness.DatabasePath);
}
