namespace Ingest.Store.Sqlite;

/// <summary>The database schema, created when missing; <see cref="Version"/> is recorded so a later schema can migrate.</summary>
internal static class StoreSchema
{
    public const int Version = 3;

    /// <summary>
    /// Per connection: commits without a sync of every transaction (WAL keeps the database consistent: a power cut can lose
    /// the last commits, never corrupt the file), cascading deletes, temporary B-trees in memory, and a 64 MiB page cache
    /// (SQLite's default is 2 MiB): the indexes with keys in no particular order (name terms, dates, numbers) touch pages
    /// all over their B-trees, and past the cache every batch read them back from the file.
    /// </summary>
    public const string ConnectionSettings = "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;";

    public const string Create = """
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
        CREATE TABLE IF NOT EXISTS blocks (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL,
            level INTEGER,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            source_start INTEGER,
            source_length INTEGER,
            page INTEGER,
            box_left REAL, box_bottom REAL, box_right REAL, box_top REAL,
            PRIMARY KEY (document_id, ordinal)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS chunks (
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
            embedding BLOB);
        CREATE INDEX IF NOT EXISTS chunks_document ON chunks(document_id, ordinal);
        CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
            text, heading_path, content = 'chunks', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
        CREATE TABLE IF NOT EXISTS entities (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            chunk_id INTEGER REFERENCES chunks(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT,
            value TEXT,
            earliest TEXT,
            latest TEXT,
            number REAL,
            low REAL,
            high REAL,
            unit TEXT,
            name_key TEXT,
            properties TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS entities_document ON entities(document_id);
        CREATE INDEX IF NOT EXISTS entities_chunk ON entities(chunk_id);
        CREATE INDEX IF NOT EXISTS entities_dates ON entities(earliest, latest, document_id) WHERE earliest IS NOT NULL;
        CREATE INDEX IF NOT EXISTS entities_numbers ON entities(unit, number) WHERE number IS NOT NULL;
        CREATE TABLE IF NOT EXISTS name_terms (
            term TEXT NOT NULL,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            PRIMARY KEY (term, document_id)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS name_terms_document ON name_terms(document_id);
        DROP INDEX IF EXISTS entities_name;
        DROP INDEX IF EXISTS entities_text;
        """;
}
