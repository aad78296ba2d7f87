using Microsoft.Data.Sqlite;

namespace Ingest.Store.Sqlite;

/// <summary>Brings a database written by an earlier schema up to <see cref="StoreSchema.Version"/> in one transaction.</summary>
internal static class StoreMigration
{
    public static void Run(SqliteConnection connection)
    {
        using var version = connection.CreateCommand();
        version.CommandText = "SELECT version FROM schema_info LIMIT 1";
        if (version.ExecuteScalar() is not long stored || stored >= StoreSchema.Version)
        {
            return;
        }

        using var transaction = connection.BeginTransaction();

        // Version 1 had no name_terms: fill it from the stored names.
        if (stored < 2)
        {
            FillNameTerms(connection, transaction);
        }

        // Version 2 kept chunks_fts in step by triggers on chunks; the writer now adds a batch's rows just before it
        // commits (PendingFullText) and deletes a replaced document's rows itself. The index itself is unchanged.
        if (stored < 3)
        {
            using var drop = connection.CreateCommand();
            drop.Transaction = transaction;
            drop.CommandText = "DROP TRIGGER IF EXISTS chunks_fts_insert; DROP TRIGGER IF EXISTS chunks_fts_delete;";
            drop.ExecuteNonQuery();
        }

        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE schema_info SET version = $version";
        update.Parameters.AddWithValue("$version", StoreSchema.Version);
        update.ExecuteNonQuery();
        transaction.Commit();
    }

    private static void FillNameTerms(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var names = connection.CreateCommand();
        names.Transaction = transaction;
        names.CommandText = "SELECT document_id, text, value, name_key FROM entities WHERE type = 'name' ORDER BY document_id";
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT OR IGNORE INTO name_terms VALUES ($term, $doc)";
        var term = insert.Parameters.Add("$term", SqliteType.Text);
        var doc = insert.Parameters.Add("$doc", SqliteType.Integer);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        using var reader = names.ExecuteReader();
        while (reader.Read())
        {
            terms.Clear();
            NameTerms.Add(terms, reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
            doc.Value = reader.GetInt64(0);
            foreach (var t in terms)
            {
                term.Value = t;
                insert.ExecuteNonQuery();
            }
        }
    }
}
