using Microsoft.Data.Sqlite;

namespace Ingest.Store.Sqlite;

/// <summary>Brings a database written by an earlier schema up to <see cref="StoreSchema.Version"/> in one transaction.</summary>
internal static class StoreMigration
{
    public static void Run(SqliteConnection connection)
    {
        if (StoredVersion(connection, null) is not long seen || seen >= StoreSchema.Version)
        {
            return;
        }

        // Read again under the write lock (BEGIN IMMEDIATE): of two processes that open a database of an earlier schema
        // at once, both may have read the old version above; the second to take the lock finds the database migrated.
        using var transaction = connection.BeginTransaction(deferred: false);
        if (StoredVersion(connection, transaction) is not long stored || stored >= StoreSchema.Version)
        {
            return;
        }

        // Version 2 kept chunks_fts in step by triggers on chunks; the writer now adds a batch's rows just before it
        // commits (PendingFullText) and deletes a replaced document's rows itself. The index itself is unchanged.
        if (stored < 3)
        {
            Execute(connection, transaction, "DROP TRIGGER IF EXISTS chunks_fts_insert; DROP TRIGGER IF EXISTS chunks_fts_delete;");
        }

        // Versions 1 to 3 had a row per block, per entity and per name term: moved into the per-document rows of
        // schema 4 (the tables were created empty before this runs), then dropped so the views can take their names.
        if (stored < 4)
        {
            Execute(connection, transaction, ToPerDocumentRows);
        }
        else
        {
            // Schemas 5 and 6 pointed a repeated entity to the earlier one by its position, which only their view could
            // read (in time quadratic in a document's entities): the properties are written out in full instead, as
            // schema 4 wrote them, which the view of schema 7 reads as they are. The view is created again after this.
            if (stored >= 5)
            {
                Execute(connection, transaction, InlineRepeatedProperties);
            }

            Execute(connection, transaction, "DROP VIEW IF EXISTS entities;");
        }

        // Schemas 1 to 6 wrote a chunk's segments as objects; schema 7 as arrays (StoreJson.WriteSegmentArrays). The
        // numbers are copied as their JSON text (->), not read as values, so a box keeps its exact digits.
        Execute(connection, transaction, SegmentsAsArrays);

        // Schemas 1 to 5 indexed numbers by unit and value; no query reads that index (docs/store.md).
        Execute(connection, transaction, "DROP INDEX IF EXISTS document_numbers_value;");

        // Schemas 1 to 7 kept every chunk's text in the table chunks, beside the same characters in the document's text.
        // Schema 8 names the table chunk_rows (a view named chunks reads it, with the text, for every reader and as the
        // full-text index's content) and lets a row keep only where its text is in the document; the rows written before
        // keep their text (text_at is null), so nothing is rewritten. The table of that name that opening the database
        // created, empty, makes way first.
        Execute(connection, transaction, ChunkRowsTable);

        // Schemas 4 to 7 stored the names text in names_fts beside its index; schema 8 keeps only the index. A table that
        // opening the database created (schemas 1 to 3 had none) already has the new shape and the rows moved above.
        if (!IsContentless(connection, transaction, "names_fts"))
        {
            Execute(connection, transaction, ContentlessNames);
        }
        Execute(connection, transaction, "UPDATE schema_info SET version = " + StoreSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        transaction.Commit();
    }

    // Once per migrated database: each position is read with a JSON path that walks the array, as the old view read it.
    private const string InlineRepeatedProperties = """
        UPDATE document_details SET entities = (
            SELECT json_group_array(CASE WHEN json_type(e.value, '$[5]') = 'integer'
                THEN json_replace(e.value, '$[5]', json_extract(document_details.entities, '$[' || json_extract(e.value, '$[5]') || '][5]'))
                ELSE json(e.value) END)
            FROM json_each(document_details.entities) e)
        WHERE EXISTS (SELECT 1 FROM json_each(document_details.entities) e WHERE json_type(e.value, '$[5]') = 'integer');
        """;

    private const string ChunkRowsTable = """
        DROP VIEW IF EXISTS entities;
        DROP TABLE chunk_rows;
        ALTER TABLE chunks RENAME TO chunk_rows;
        ALTER TABLE chunk_rows ADD COLUMN text_at INTEGER;
        ALTER TABLE chunk_rows ADD COLUMN text_bytes INTEGER;
        """;

    private const string ContentlessNames = """
        CREATE VIRTUAL TABLE names_fts_contentless USING fts5(names, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
        INSERT INTO names_fts_contentless (rowid, names) SELECT rowid, names FROM names_fts ORDER BY rowid;
        DROP TABLE names_fts;
        ALTER TABLE names_fts_contentless RENAME TO names_fts;
        """;

    private static long? StoredVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version FROM schema_info LIMIT 1";
        return command.ExecuteScalar() as long?;
    }

    private static bool IsContentless(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT sql FROM sqlite_schema WHERE name = $name";
        command.Parameters.AddWithValue("$name", table);
        return command.ExecuteScalar() is string sql && sql.Contains("contentless_delete", StringComparison.OrdinalIgnoreCase);
    }

    private const string SegmentsAsArrays = """
        UPDATE chunks SET segments = (
            SELECT json_group_array(CASE
                WHEN s.value -> '$.box' IS NOT NULL THEN json_array(s.value -> '$.chunkStart', s.value -> '$.start',
                    s.value -> '$.length', s.value -> '$.block', s.value -> '$.sourceStart', s.value -> '$.sourceLength',
                    s.value -> '$.page', s.value -> '$.box[0]', s.value -> '$.box[1]', s.value -> '$.box[2]', s.value -> '$.box[3]')
                WHEN s.value -> '$.page' IS NOT NULL THEN json_array(s.value -> '$.chunkStart', s.value -> '$.start',
                    s.value -> '$.length', s.value -> '$.block', s.value -> '$.sourceStart', s.value -> '$.sourceLength', s.value -> '$.page')
                WHEN s.value -> '$.sourceStart' IS NOT NULL THEN json_array(s.value -> '$.chunkStart', s.value -> '$.start',
                    s.value -> '$.length', s.value -> '$.block', s.value -> '$.sourceStart', s.value -> '$.sourceLength')
                ELSE json_array(s.value -> '$.chunkStart', s.value -> '$.start', s.value -> '$.length', s.value -> '$.block') END)
            FROM json_each(chunks.segments) s)
        WHERE json_type(segments, '$[0]') = 'object';
        """;

    private const string ToPerDocumentRows = """
        INSERT INTO document_details (document_id, blocks, entities)
        SELECT d.id,
            (SELECT json_group_array(json_array(b.kind, b.level, b.start, b.length, b.source_start, b.source_length, b.page,
                    b.box_left, b.box_bottom, b.box_right, b.box_top))
                FROM (SELECT * FROM blocks WHERE document_id = d.id ORDER BY ordinal) b),
            (SELECT json_group_array(json_array(e.type, e.start, e.length, e.text,
                    (SELECT c.ordinal FROM chunks c WHERE c.id = e.chunk_id), json(e.properties)))
                FROM (SELECT * FROM entities WHERE document_id = d.id ORDER BY rowid) e)
        FROM documents d
        WHERE EXISTS (SELECT 1 FROM blocks b WHERE b.document_id = d.id) OR EXISTS (SELECT 1 FROM entities e WHERE e.document_id = d.id);
        INSERT OR IGNORE INTO document_dates (document_id, earliest, latest)
            SELECT document_id, earliest, latest FROM entities WHERE earliest IS NOT NULL AND latest IS NOT NULL;
        INSERT OR IGNORE INTO document_numbers (document_id, unit, number)
            SELECT document_id, coalesce(unit, ''), number FROM entities WHERE number IS NOT NULL;
        INSERT INTO names_fts (rowid, names)
            SELECT document_id, group_concat(form, ' ' || char(57344) || ' ') FROM (
                SELECT DISTINCT document_id, form FROM (
                    SELECT document_id, text AS form FROM entities WHERE type = 'name'
                    UNION ALL SELECT document_id, value FROM entities WHERE type = 'name' AND value IS NOT NULL
                    UNION ALL SELECT document_id, name_key FROM entities WHERE type = 'name' AND name_key IS NOT NULL))
            GROUP BY document_id;
        DROP TABLE IF EXISTS name_terms;
        DROP TABLE IF EXISTS entities;
        DROP TABLE IF EXISTS blocks;
        """;

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
