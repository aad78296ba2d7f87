using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using static Ingest.Store.Sqlite.Tests.StoreQueries;

namespace Ingest.Store.Sqlite.Tests;

/// <summary>
/// Schema 8 stores a chunk's text once: a chunk that is a range of its document's text keeps only where it is (UTF-8
/// bytes), the <c>chunks</c> view reads it from the document, and <c>names_fts</c> keeps no copy of the names; a database
/// of schema 7 is migrated when opened.
/// </summary>
public sealed class ChunkTextOnceTests : IDisposable
{
    // Two-byte, three-byte and four-byte (surrogate pair) characters before, inside and after the chunk boundaries.
    private const string Wide = """
        Crème brûlée in Zürich

        Søren Kierkegaard met Renée Fleming at the Café Noir on 3 March 2021. 𝄞 The score was signed; the 🎻 was tuned.

        東京 and 北京 were named in the report. Ελληνικά words sit beside the 😀 and the 𝕏 symbols, each a surrogate pair.

        A last paragraph: naïve façades, the œuvre of Dvořák, 🎉 and nothing after it.
        """;

    private readonly StoreHarness _harness = new();

    [Fact]
    public async Task A_chunk_that_is_a_range_of_its_document_keeps_no_text_and_reads_back_exactly_through_the_view()
    {
        _harness.CopyFixtures();
        await File.WriteAllTextAsync(Path.Combine(_harness.Documents, "wide.txt"), string.Concat(Enumerable.Repeat(Wide + "\n\n", 40)));
        await _harness.IngestAsync();
        using var store = _harness.Open();
        using var connection = Connect();

        var rows = Scalar(connection, "SELECT count(*) FROM chunk_rows");
        var ranges = Scalar(connection, "SELECT count(*) FROM chunk_rows WHERE text_at IS NOT NULL AND text = ''");
        var wideRanges = Scalar(connection, "SELECT count(*) FROM chunk_rows r JOIN documents d ON d.id = r.document_id WHERE d.source LIKE '%wide.txt' AND r.text_at IS NOT NULL");
        var hit = store.Search(new ChunkQuery { Text = "Kierkegaard", Limit = 1 }).Single();

        Assert.True(ranges > rows * 9 / 10, $"ranges {ranges} of {rows}");
        Assert.True(wideRanges > 3, $"ranges in the wide document: {wideRanges}");

        // A chunk's key begins with the SHA-256 of its text: every text read through the view is the chunker's, exactly.
        Assert.All(Rows(connection, "SELECT chunk_key, text FROM chunks"), row => Assert.StartsWith(KeyOf(row[(row.IndexOf('|', StringComparison.Ordinal) + 1)..]), row, StringComparison.Ordinal));
        Assert.Contains("𝄞", hit.Text, StringComparison.Ordinal);
        Assert.StartsWith(KeyOf(hit.Text), hit.ChunkId, StringComparison.Ordinal);
        Execute(connection, "INSERT INTO chunks_fts(chunks_fts, rank) VALUES ('integrity-check', 1)");
    }

    [Fact]
    public async Task A_database_of_schema_7_is_migrated_when_opened_keeps_its_rows_and_stores_a_replaced_document_once()
    {
        _harness.CopyFixtures();
        await _harness.IngestAsync();
        List<string> chunks;
        List<string> matches;
        List<string> named;
        string storedNames;
        using (var connection = Connect())
        {
            chunks = Rows(connection, EveryChunk);
            matches = Rows(connection, Matches);
            named = Rows(connection, Named);
            Execute(connection, SchemaDowngrade.ToSchema7Sql);
            storedNames = Rows(connection, "SELECT count(*) || ' ' || count(names) FROM names_fts").Single();
        }

        var unchanged = await _harness.IngestAsync();
        List<string> migratedChunks;
        List<string> migratedMatches;
        List<string> migratedNamed;
        long ownText;
        using (var migrated = Connect())
        {
            migratedChunks = Rows(migrated, EveryChunk);
            migratedMatches = Rows(migrated, Matches);
            migratedNamed = Rows(migrated, Named);
            Assert.Contains("contentless_delete", Rows(migrated, "SELECT sql FROM sqlite_schema WHERE name = 'names_fts'").Single(), StringComparison.Ordinal);
            Assert.Equal(0L, Scalar(migrated, "SELECT count(names) FROM names_fts"));
            ownText = Scalar(migrated, "SELECT count(*) FROM chunk_rows WHERE text_at IS NULL AND text <> ''");
            Assert.Equal((long)StoreSchema.Version, Scalar(migrated, "SELECT version FROM schema_info"));
            Assert.Equal("view", Rows(migrated, "SELECT type FROM sqlite_master WHERE name = 'chunks'").Single());
        }

        var changed = Path.Combine(_harness.Documents, Path.GetFileName(StoreHarness.TextFixtures().First()));
        await File.WriteAllTextAsync(changed, "The okapi hides in the forest near Kisangani. It is shy, and it eats leaves.\n\nThe forest is wide.\n");
        var again = await _harness.IngestAsync();
        using var store = _harness.Open();
        using var after = Connect();

        Assert.Equal(5L, unchanged.Unchanged);
        Assert.Equal(chunks, migratedChunks);
        Assert.Equal(matches, migratedMatches);
        Assert.Equal("5 5", storedNames);
        Assert.True(named.Count >= 2, string.Join(", ", named));
        Assert.Equal(named, migratedNamed);
        Assert.Equal((long)chunks.Count, ownText);
        Assert.Equal(1L, again.Replaced);
        Assert.True(Scalar(after, "SELECT count(*) FROM chunk_rows WHERE text_at IS NOT NULL") > 0);
        Assert.Contains("okapi", store.Search(new ChunkQuery { Text = "okapi Kisangani", Limit = 1 }).Single().Text, StringComparison.Ordinal);
        Execute(after, "INSERT INTO chunks_fts(chunks_fts, rank) VALUES ('integrity-check', 1)");
        Assert.Equal(Scalar(after, "SELECT count(*) FROM chunks"), Scalar(after, "SELECT count(*) FROM chunks_fts_docsize"));
        Assert.Equal(0L, Scalar(after, "SELECT count(*) FROM names_fts WHERE rowid NOT IN (SELECT id FROM documents)"));
        Assert.Equal(Scalar(after, "SELECT count(*) FROM documents"), Scalar(after, "SELECT count(*) FROM names_fts"));
        Execute(after, "INSERT INTO names_fts(names_fts, rank) VALUES ('integrity-check', 1)");
    }

    [Fact]
    public async Task A_document_of_40_KB_in_utf8_keeps_its_chunks_text_and_one_of_30_KB_keeps_ranges()
    {
        // Reading a range loads its document's whole text, once per chunk: reading all chunks of a document costs time
        // quadratic in its size, so only documents up to 32 KiB (in UTF-8 bytes, not characters) keep ranges. The larger
        // document here is under the bound in characters (three bytes each).
        const string Ideographs = "東京と北京と大阪の記録。市場は静かで、川は冬に凍った。港の船は春まで待った。\n\n";
        var under = Repeat("The river rose past the old mill and the ferry stopped for the winter.\n\n", 30_000);
        var over = Repeat(Ideographs, 40_000);
        await File.WriteAllTextAsync(Path.Combine(_harness.Documents, "under.txt"), under);
        await File.WriteAllTextAsync(Path.Combine(_harness.Documents, "over.txt"), over);
        await _harness.IngestAsync();
        using var connection = Connect();

        var rows = Rows(connection, """
            SELECT substr(d.source, -8), length(d.text), length(CAST(d.text AS BLOB)) / 1000, count(*) > 10, count(r.text_at) = count(*)
            FROM chunk_rows r JOIN documents d ON d.id = r.document_id GROUP BY d.id ORDER BY d.source
            """);

        Assert.Equal(["over.txt|" + over.TrimEnd().Length + "|39|1|0", "nder.txt|" + under.TrimEnd().Length + "|29|1|1"], rows);
        Assert.Equal(over.TrimEnd(), string.Join("\n\n", Rows(connection, "SELECT c.text FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.source LIKE '%over.txt' ORDER BY c.ordinal")));
    }

    private static string Repeat(string paragraph, int utf8Bytes)
    {
        var text = new StringBuilder();
        for (var bytes = 0; bytes + Encoding.UTF8.GetByteCount(paragraph) <= utf8Bytes; bytes += Encoding.UTF8.GetByteCount(paragraph))
        {
            text.Append(paragraph);
        }

        return text.ToString();
    }

    private const string EveryChunk = "SELECT id, document_id, chunk_key, ordinal, text, token_count, heading_path, block_kinds, pages, segments FROM chunks ORDER BY id";

    private const string Matches = """
        SELECT rowid, round(bm25(chunks_fts), 9), highlight(chunks_fts, 0, '[', ']') FROM chunks_fts WHERE chunks_fts MATCH 'ceasefire OR minister OR "prime minister"' ORDER BY rowid
        """;

    private const string Named = "SELECT rowid FROM names_fts WHERE names_fts MATCH '\"aliyev\" OR \"armenia\" OR \"ilham aliyev\"' ORDER BY rowid";

    private static string KeyOf(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))[..8]);

    public void Dispose() => _harness.Dispose();

    private SqliteConnection Connect() => StoreQueries.Connect(_harness.DatabasePath);
}
