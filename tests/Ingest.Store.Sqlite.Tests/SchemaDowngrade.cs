using Microsoft.Data.Sqlite;

namespace Ingest.Store.Sqlite.Tests;

/// <summary>Rewrites a database of the current schema into the shapes earlier schemas wrote.</summary>
internal static class SchemaDowngrade
{
    /// <summary>
    /// Schema 7: every chunk row with its own text, in a table named <c>chunks</c> (no <c>text_at</c>, <c>text_bytes</c>),
    /// the entities view reading it, and <c>names_fts</c> storing its text (written here from the entities, as the
    /// migration from schema 3 writes it). The first step of every older shape.
    /// </summary>
    public static string ToSchema7Sql { get; } = """
        DROP VIEW chunks;
        DROP VIEW entities;
        UPDATE chunk_rows SET text = (SELECT CAST(substr(CAST(d.text AS BLOB), chunk_rows.text_at + 1, chunk_rows.text_bytes) AS TEXT)
            FROM documents d WHERE d.id = chunk_rows.document_id) WHERE text_at IS NOT NULL;
        ALTER TABLE chunk_rows DROP COLUMN text_at;
        ALTER TABLE chunk_rows DROP COLUMN text_bytes;
        ALTER TABLE chunk_rows RENAME TO chunks;
        """ + EntitiesView + """
        CREATE VIRTUAL TABLE names_fts_content USING fts5(names, tokenize = 'unicode61 remove_diacritics 0');
        INSERT INTO names_fts_content (rowid, names)
            SELECT document_id, group_concat(form, ' ' || char(57344) || ' ') FROM (
                SELECT DISTINCT document_id, form FROM (
                    SELECT document_id, text AS form FROM entities WHERE type = 'name'
                    UNION ALL SELECT document_id, value FROM entities WHERE type = 'name' AND value IS NOT NULL
                    UNION ALL SELECT document_id, name_key FROM entities WHERE type = 'name' AND name_key IS NOT NULL))
            GROUP BY document_id;
        DROP TABLE names_fts;
        ALTER TABLE names_fts_content RENAME TO names_fts;
        UPDATE schema_info SET version = 7;
        """;

    // The entities view of schema 7 read the chunk ids from the table chunks.
    private static string EntitiesView =>
        StoreSchema.Views[StoreSchema.Views.IndexOf("CREATE VIEW IF NOT EXISTS entities", StringComparison.Ordinal)..]
            .Replace("FROM chunk_rows c", "FROM chunks c", StringComparison.Ordinal);

    /// <summary>Rewrites a database of the current schema into the shape schema 7 wrote.</summary>
    public static void ToSchema7(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = ToSchema7Sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Rewrites a database of the current schema into the shape schema 3 wrote: a row per block, entity and name term.</summary>
    public static void ToSchema3(string databasePath, string extraSql = "")
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = ToSchema7Sql + """
            CREATE TABLE old_blocks AS SELECT * FROM blocks;
            CREATE TABLE old_entities AS SELECT * FROM entities;
            DROP VIEW blocks;
            DROP VIEW entities;
            CREATE TABLE blocks (
                document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL, kind TEXT NOT NULL, level INTEGER, start INTEGER NOT NULL, length INTEGER NOT NULL,
                source_start INTEGER, source_length INTEGER, page INTEGER,
                box_left REAL, box_bottom REAL, box_right REAL, box_top REAL,
                PRIMARY KEY (document_id, ordinal)) WITHOUT ROWID;
            CREATE TABLE entities (
                document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                chunk_id INTEGER REFERENCES chunks(id) ON DELETE CASCADE,
                type TEXT NOT NULL, start INTEGER NOT NULL, length INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT, value TEXT,
                earliest TEXT, latest TEXT, number REAL, low REAL, high REAL, unit TEXT, name_key TEXT, properties TEXT NOT NULL);
            CREATE INDEX entities_dates ON entities(earliest, latest, document_id) WHERE earliest IS NOT NULL;
            INSERT INTO blocks SELECT * FROM old_blocks;
            INSERT INTO entities SELECT * FROM old_entities;
            DROP TABLE old_blocks;
            DROP TABLE old_entities;
            CREATE TABLE name_terms (term TEXT NOT NULL, document_id INTEGER NOT NULL, PRIMARY KEY (term, document_id)) WITHOUT ROWID;
            DROP TABLE document_details;
            DROP TABLE document_dates;
            DROP TABLE document_numbers;
            DROP TABLE names_fts;
            UPDATE schema_info SET version = 3;
            """ + extraSql;
        command.ExecuteNonQuery();
    }
}
