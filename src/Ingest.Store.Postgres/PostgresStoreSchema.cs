namespace Ingest.Store.Postgres;

/// <summary>
/// The SQLite store's schema in PostgreSQL: the same tables and columns, <c>bigint identity</c> keys, and a generated
/// <c>tsvector</c> column with a GIN index in place of FTS5. Created when missing, in one transaction.
/// </summary>
internal static class PostgresStoreSchema
{
    public const int Version = 1;

    public const string Create = """
        SELECT pg_advisory_xact_lock(7403261026);
        CREATE TABLE IF NOT EXISTS schema_info (version integer NOT NULL);
        CREATE TABLE IF NOT EXISTS documents (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            source text NOT NULL UNIQUE,
            content_hash text NOT NULL,
            options_fingerprint text NOT NULL,
            status text NOT NULL,
            media_type text,
            reader text,
            title text,
            authors text,
            published text,
            language text,
            page_count integer,
            metadata text NOT NULL,
            diagnostics text NOT NULL,
            text text,
            ingested_at timestamptz NOT NULL,
            last_seen_run bigint NOT NULL DEFAULT 0,
            removed_at timestamptz);
        CREATE TABLE IF NOT EXISTS blocks (
            document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal integer NOT NULL,
            kind text NOT NULL,
            level integer,
            start integer NOT NULL,
            length integer NOT NULL,
            source_start bigint,
            source_length bigint,
            page integer,
            box_left double precision, box_bottom double precision, box_right double precision, box_top double precision,
            PRIMARY KEY (document_id, ordinal));
        CREATE TABLE IF NOT EXISTS chunks (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            chunk_key text NOT NULL,
            ordinal integer NOT NULL,
            text text NOT NULL,
            token_count integer NOT NULL,
            heading_path text NOT NULL,
            block_kinds text NOT NULL,
            pages text NOT NULL,
            segments text NOT NULL,
            embedding bytea,
            search tsvector GENERATED ALWAYS AS (to_tsvector('simple', heading_path || ' ' || text)) STORED);
        CREATE INDEX IF NOT EXISTS chunks_document ON chunks(document_id, ordinal);
        CREATE INDEX IF NOT EXISTS chunks_search ON chunks USING GIN (search);
        CREATE TABLE IF NOT EXISTS entities (
            document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            chunk_id bigint REFERENCES chunks(id) ON DELETE CASCADE,
            type text NOT NULL,
            start integer NOT NULL,
            length integer NOT NULL,
            text text NOT NULL,
            kind text,
            value text,
            earliest text,
            latest text,
            number double precision,
            low double precision,
            high double precision,
            unit text,
            name_key text,
            properties text NOT NULL);
        CREATE INDEX IF NOT EXISTS entities_document ON entities(document_id);
        CREATE INDEX IF NOT EXISTS entities_name ON entities(name_key, document_id) WHERE name_key IS NOT NULL;
        CREATE INDEX IF NOT EXISTS entities_text ON entities(lower(text), document_id);
        CREATE INDEX IF NOT EXISTS entities_dates ON entities(earliest, latest, document_id) WHERE earliest IS NOT NULL;
        CREATE INDEX IF NOT EXISTS entities_numbers ON entities(unit, number) WHERE number IS NOT NULL;
        INSERT INTO schema_info (version) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM schema_info);
        """;
}
