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
            sql.Append(" AND EXISTS (SELECT 1 FROM entities e WHERE e.document_id = d.id AND e.type = 'name' AND (e.name_key = lower($name) OR e.text = $name COLLATE NOCASE OR e.value = $name COLLATE NOCASE OR ' ' || lower(e.value) || ' ' LIKE '% ' || lower($name) || ' %' OR ' ' || lower(e.text) || ' ' LIKE '% ' || lower($name) || ' %'))");
            command.Parameters.AddWithValue("$name", query.Mentioning.Trim());
        }

        if (query.DatesFrom is not null || query.DatesTo is not null)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM entities e WHERE e.document_id = d.id AND e.earliest IS NOT NULL AND e.earliest <= $to AND e.latest >= $from)");
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
