namespace Ingest.Orleans;

/// <summary>
/// The cluster's durable work queue, in the store's database: batches, their partitions with a lease (owner silo and
/// expiry), and one row per document with its state and attempts. Every silo reads and writes it; no grain keeps
/// anything that is not also here, so a lost silo loses no work.
/// </summary>
internal static class WorkQueueSchema
{
    public const string Create = """
        SELECT pg_advisory_xact_lock(7403261027);
        CREATE TABLE IF NOT EXISTS ingest_batches (
            batch_id text PRIMARY KEY,
            state text NOT NULL,
            partitions integer NOT NULL,
            max_attempts integer NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            finished_at timestamptz);
        CREATE TABLE IF NOT EXISTS ingest_partitions (
            batch_id text NOT NULL REFERENCES ingest_batches(batch_id) ON DELETE CASCADE,
            partition integer NOT NULL,
            owner text,
            lease_until timestamptz,
            takeovers integer NOT NULL DEFAULT 0,
            PRIMARY KEY (batch_id, partition));
        CREATE TABLE IF NOT EXISTS ingest_items (
            batch_id text NOT NULL REFERENCES ingest_batches(batch_id) ON DELETE CASCADE,
            ordinal integer NOT NULL,
            partition integer NOT NULL,
            location text NOT NULL,
            state text NOT NULL DEFAULT 'pending',
            attempts integer NOT NULL DEFAULT 0,
            silo text,
            error text,
            updated_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (batch_id, ordinal));
        CREATE INDEX IF NOT EXISTS ingest_items_work ON ingest_items(batch_id, partition, state, ordinal);
        """;
}
