namespace Ingest.Store.Sqlite;

/// <summary>
/// The database schema, created when missing; <see cref="Version"/> is recorded so a later schema can migrate. Schema 4
/// writes a document's blocks and entities as two JSON arrays in one row (<c>document_details</c>), read back as rows
/// through the <c>blocks</c> and <c>entities</c> views; only what queries filter on gets rows of its own, once per
/// document: its names in an FTS5 table, its date ranges and numbers in tables keyed by document first. Schema 5 writes
/// an entity whose type and properties repeat an earlier entity of its document with that entity's position in place of
/// the properties, and sets the full-text index's merge and flush settings (<see cref="FullTextSettings"/>). Schema 6 drops
/// the index on numbers by unit and value: no query of the store used it, and its keys, in no order, touched pages all
/// over it in every batch. Schema 7 points a repeated entity to its properties by where their bytes are in the column
/// (<c>[offset, length]</c>) instead of by the earlier entity's position: the view read a position with a JSON path that
/// walks the array up to it, once per repeated entity, so reading a document's entities took time quadratic in their count;
/// it also writes a chunk's segments as arrays, like blocks, not as objects whose key names were most of their bytes.
/// Schema 8 stores a chunk's text once: a chunk whose text is a range of its document's stored text keeps only where
/// that range is (<c>text_at</c>, <c>text_bytes</c>: UTF-8 bytes of the document text) in <c>chunk_rows</c>, and the view
/// <c>chunks</c> (the table's name and columns before) reads the text from the document; the full-text index gets the
/// chunk text bound from memory when the batch commits. Schema 8's <c>names_fts</c> is contentless (the names are
/// indexed, not stored: only its rowids are ever read back; rows are deleted by rowid, <c>contentless_delete</c>): the
/// stored copy of the names was four fifths of the table.
/// </summary>
internal static class StoreSchema
{
    public const int Version = 8;

    /// <summary>
    /// The token written between two name forms of a document in <c>names_fts</c>: a private-use character, which the
    /// <c>unicode61</c> tokenizer keeps as a token (category Co), so a phrase never runs from one name into the next.
    /// </summary>
    public const char NameSeparator = '\uE000';

    /// <summary>
    /// Per connection: commits without a sync of every transaction (WAL keeps the database consistent: a power cut can lose
    /// the last commits, never corrupt the file), cascading deletes, temporary B-trees in memory, and a 64 MiB page cache
    /// (SQLite's default is 2 MiB) for the small index with keys in no order (dates).
    /// </summary>
    public const string ConnectionSettings = "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;";

    /// <summary>
    /// The tables, created when missing (also in a database of an earlier schema, before it migrates). SQLite's default
    /// 4 KiB pages are kept: 16 KiB pages cut the CPU time of writing the tables by about a sixth, but made the filtered
    /// query (a word, a name and a date range over the 100 MB store) half as slow again, 31 to 46 ms (docs/performance.md).
    /// </summary>
    public const string Tables = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS documents (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            options_fingerprint TEXT NOT NULL,
            status TEXT NOT NULL,
            media_type TEXT,
            reader TEXT,
            title TEXT,
            authors TEXT,
            published TEXT,
            language TEXT,
            page_count INTEGER,
            metadata TEXT NOT NULL,
            diagnostics TEXT NOT NULL,
            text TEXT,
            ingested_at TEXT NOT NULL,
            last_seen_run INTEGER NOT NULL DEFAULT 0,
            removed_at TEXT);
        CREATE TABLE IF NOT EXISTS chunk_rows (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            chunk_key TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            text TEXT NOT NULL,
            token_count INTEGER NOT NULL,
            heading_path TEXT NOT NULL,
            block_kinds TEXT NOT NULL,
            pages TEXT NOT NULL,
            segments TEXT NOT NULL,
            embedding BLOB,
            text_at INTEGER,
            text_bytes INTEGER);
        CREATE INDEX IF NOT EXISTS chunks_document ON chunk_rows(document_id, ordinal);
        CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
            text, heading_path, content = 'chunks', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
        CREATE TABLE IF NOT EXISTS document_details (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            blocks TEXT NOT NULL,
            entities TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS document_dates (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            earliest TEXT NOT NULL,
            latest TEXT NOT NULL,
            PRIMARY KEY (document_id, earliest, latest)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS document_dates_range ON document_dates(earliest, latest);
        CREATE TABLE IF NOT EXISTS document_numbers (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            unit TEXT NOT NULL,
            number REAL NOT NULL,
            PRIMARY KEY (document_id, unit, number)) WITHOUT ROWID;
        CREATE VIRTUAL TABLE IF NOT EXISTS names_fts USING fts5(names, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
        """;

    /// <summary>
    /// The settings of <c>chunks_fts</c>, kept in its <c>chunks_fts_config</c> table and set once (a database that has
    /// them is not written to). FTS5 flushes its in-memory terms to a new segment whenever they pass <c>hashsize</c>
    /// (1 MiB by default, less than the terms of one batch): 64 MiB makes each batch one segment. It merges segments of a
    /// level once <c>automerge</c> of them exist (default 4) and at once at <c>crisismerge</c> (default 16): 16 and 64
    /// merge each term's entries fewer times over (a query reads at most about 16 segments per level).
    /// </summary>
    public const string FullTextSettings = """
        INSERT INTO chunks_fts(chunks_fts, rank) SELECT 'hashsize', 67108864 WHERE NOT EXISTS (SELECT 1 FROM chunks_fts_config WHERE k = 'hashsize');
        INSERT INTO chunks_fts(chunks_fts, rank) SELECT 'automerge', 16 WHERE NOT EXISTS (SELECT 1 FROM chunks_fts_config WHERE k = 'automerge');
        INSERT INTO chunks_fts(chunks_fts, rank) SELECT 'crisismerge', 64 WHERE NOT EXISTS (SELECT 1 FROM chunks_fts_config WHERE k = 'crisismerge');
        """;

    /// <summary>
    /// <c>chunks</c>: the rows of <c>chunk_rows</c> with their text, read from the document's text when the row keeps only
    /// where it is (one <c>substr</c> of the document text as a blob, whose offsets are bytes); the content table of
    /// <c>chunks_fts</c>. Then the rows of <c>document_details</c> as tables of their own, with the columns of schema 3. A block is
    /// <c>[kind, level, start, length, source start, source length, page, left, bottom, right, top]</c> (trailing nulls
    /// left out); an entity <c>[type, start, length, text, chunk ordinal, properties]</c>, where properties is either the
    /// JSON object or <c>[offset, length]</c>: the UTF-8 bytes of the column that hold the object of an earlier entity it
    /// repeats (read as one <c>substr</c> of the column as a blob, whose offsets are bytes).
    /// </summary>
    public const string Views = """
        CREATE VIEW IF NOT EXISTS chunks AS
            SELECT r.id AS id, r.document_id AS document_id, r.chunk_key AS chunk_key, r.ordinal AS ordinal,
                CASE WHEN r.text_at IS NULL THEN r.text
                    ELSE (SELECT CAST(substr(CAST(d.text AS BLOB), r.text_at + 1, r.text_bytes) AS TEXT) FROM documents d WHERE d.id = r.document_id) END AS text,
                r.token_count AS token_count, r.heading_path AS heading_path, r.block_kinds AS block_kinds, r.pages AS pages,
                r.segments AS segments, r.embedding AS embedding
            FROM chunk_rows r;
        CREATE VIEW IF NOT EXISTS blocks AS
            SELECT d.document_id AS document_id, b.key AS ordinal,
                json_extract(b.value, '$[0]') AS kind, json_extract(b.value, '$[1]') AS level,
                json_extract(b.value, '$[2]') AS start, json_extract(b.value, '$[3]') AS length,
                json_extract(b.value, '$[4]') AS source_start, json_extract(b.value, '$[5]') AS source_length,
                json_extract(b.value, '$[6]') AS page,
                json_extract(b.value, '$[7]') AS box_left, json_extract(b.value, '$[8]') AS box_bottom,
                json_extract(b.value, '$[9]') AS box_right, json_extract(b.value, '$[10]') AS box_top
            FROM document_details d, json_each(d.blocks) b;
        CREATE VIEW IF NOT EXISTS entities AS
            SELECT document_id, chunk_id, type, start, length, text,
                json_extract(properties, '$.kind') AS kind, CAST(json_extract(properties, '$.value') AS TEXT) AS value,
                json_extract(properties, '$.earliest') AS earliest, json_extract(properties, '$.latest') AS latest,
                CASE WHEN json_type(properties, '$.value') IN ('integer', 'real') THEN json_extract(properties, '$.value') END AS number,
                json_extract(properties, '$.low') AS low, json_extract(properties, '$.high') AS high,
                json_extract(properties, '$.unit') AS unit, json_extract(properties, '$.key') AS name_key,
                properties
            FROM (SELECT d.document_id AS document_id,
                    (SELECT c.id FROM chunk_rows c WHERE c.document_id = d.document_id AND c.ordinal = json_extract(e.value, '$[4]')) AS chunk_id,
                    json_extract(e.value, '$[0]') AS type, json_extract(e.value, '$[1]') AS start,
                    json_extract(e.value, '$[2]') AS length, json_extract(e.value, '$[3]') AS text,
                    CASE WHEN json_type(e.value, '$[5]') = 'array'
                        THEN CAST(substr(CAST(d.entities AS BLOB), json_extract(e.value, '$[5][0]') + 1, json_extract(e.value, '$[5][1]')) AS TEXT)
                        ELSE json_extract(e.value, '$[5]') END AS properties
                FROM document_details d, json_each(d.entities) e);
        """;
}
