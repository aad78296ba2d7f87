using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Ingest.Store.Sqlite;

/// <summary>Builds and runs the SQL of a <see cref="ChunkQuery"/>.</summary>
internal static class ChunkSearch
{
    public static List<(ChunkHit Hit, byte[]? Embedding)> Run(SqliteConnection connection, ChunkQuery query, bool needEmbeddings, int limit)
    {
        using var command = connection.CreateCommand();
        var match = FullTextQuery.From(query.Text);
        var sql = new StringBuilder(512);
        sql.Append("SELECT d.source, d.title, c.chunk_key, c.ordinal, c.text, c.heading_path, c.pages, ")
           .Append(match is null ? "0.0" : "bm25(chunks_fts)")
           .Append(needEmbeddings ? ", c.embedding" : ", NULL");
        sql.Append(match is null
            ? " FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.removed_at IS NULL"
            : " FROM chunks_fts JOIN chunks c ON c.id = chunks_fts.rowid JOIN documents d ON d.id = c.document_id WHERE chunks_fts MATCH $match AND d.removed_at IS NULL");
        if (match is not null)
        {
            command.Parameters.AddWithValue("$match", match);
        }

        if (!string.IsNullOrWhiteSpace(query.Mentioning))
        {
            // One lookup in the name_terms primary key (see NameTerms), not a scan of the names.
            sql.Append(" AND d.id IN (SELECT t.document_id FROM name_terms t WHERE t.term = $name)");
            command.Parameters.AddWithValue("$name", NameTerms.Fold(query.Mentioning));
        }

        if (query.DatesFrom is not null || query.DatesTo is not null)
        {
            // A range scan of the entities_dates index (earliest, latest, document_id), covering, once per query.
            sql.Append(" AND d.id IN (SELECT e.document_id FROM entities e WHERE e.earliest IS NOT NULL AND e.earliest <= $to AND e.latest >= $from)");
            command.Parameters.AddWithValue("$from", (query.DatesFrom ?? DateOnly.MinValue).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$to", (query.DatesTo ?? DateOnly.MaxValue).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (needEmbeddings)
        {
            sql.Append(" AND c.embedding IS NOT NULL");
        }

        sql.Append(match is null ? " ORDER BY d.id, c.ordinal" : " ORDER BY bm25(chunks_fts)");
        sql.Append(" LIMIT $limit");
        command.Parameters.AddWithValue("$limit", limit);
        command.CommandText = sql.ToString();
        return Read(command);
    }

    private static List<(ChunkHit, byte[]?)> Read(SqliteCommand command)
    {
        var hits = new List<(ChunkHit, byte[]?)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var pages = JsonSerializer.Deserialize<int[]>(reader.GetString(6)) ?? [];
            var hit = new ChunkHit(
                new Uri(reader.GetString(0)),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetString(2),
                reader.GetInt32(3),
                reader.GetString(4),
                reader.GetString(5),
                pages,
                reader.GetDouble(7));
            hits.Add((hit, reader.IsDBNull(8) ? null : (byte[])reader.GetValue(8)));
        }

        return hits;
    }
}
