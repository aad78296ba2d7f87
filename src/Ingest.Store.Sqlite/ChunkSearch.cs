using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Ingest.Store.Sqlite;

/// <summary>Builds and runs the SQL of a <see cref="ChunkQuery"/>.</summary>
internal static class ChunkSearch
{
    /// <summary>
    /// The chunks that pass <paramref name="query"/>, best first. With <paramref name="needEmbeddings"/> every candidate is
    /// read with its embedding but without its text (<see cref="ChunkHit.Text"/> is empty; <see cref="Text"/> reads it for
    /// the few that are kept): a chunk's text may be read from its document's whole text (schema 8).
    /// </summary>
    public static List<(ChunkHit Hit, byte[]? Embedding, long Id)> Run(SqliteConnection connection, ChunkQuery query, bool needEmbeddings, int limit, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var match = FullTextQuery.From(query.Text);
        var sql = new StringBuilder(512);
        sql.Append("SELECT d.source, d.title, c.chunk_key, c.ordinal, ")
           .Append(needEmbeddings ? "''" : "c.text")
           .Append(", c.heading_path, c.pages, ")
           .Append(match is null ? "0.0" : "ranked.rank")
           .Append(needEmbeddings ? ", c.embedding" : ", NULL")
           .Append(", c.id");

        // With a text, the matches are ranked on the full-text index alone first, then joined to their chunk and
        // document in rank order until the limit is filled: a chunk row is read only for the matches that are looked
        // at, not for every match (16,000 for a common word) before sorting. The LIMIT keeps the subquery from being
        // flattened and its ORDER BY from being dropped (with LIMIT -1 the order was lost); CROSS JOIN keeps it the outer
        // loop, so rows come out in rank order (FilteredSearchTests checks the order against the unfiltered ranking).
        sql.Append(match is null
            ? " FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.removed_at IS NULL"
            : " FROM (SELECT rowid AS id, bm25(chunks_fts) AS rank FROM chunks_fts WHERE chunks_fts MATCH $match ORDER BY rank LIMIT 9223372036854775807) ranked"
              + " CROSS JOIN chunks c ON c.id = ranked.id CROSS JOIN documents d ON d.id = c.document_id WHERE d.removed_at IS NULL");
        if (match is not null)
        {
            command.Parameters.AddWithValue("$match", match);
        }

        if (!string.IsNullOrWhiteSpace(query.Mentioning))
        {
            // A phrase query on the documents' names (names_fts, rowid = document id; see NameQuery).
            var phrase = NameQuery.Phrase(query.Mentioning);
            sql.Append(phrase is null ? " AND 0" : " AND d.id IN (SELECT rowid FROM names_fts WHERE names_fts MATCH $name)");
            if (phrase is not null)
            {
                command.Parameters.AddWithValue("$name", phrase);
            }
        }

        if (query.DatesFrom is not null || query.DatesTo is not null)
        {
            // A range scan of the document_dates_range index (earliest, latest, and the document id of the primary key),
            // covering, once per query; a document's overlapping dates are one merged row (DateRanges).
            sql.Append(" AND d.id IN (SELECT t.document_id FROM document_dates t WHERE t.earliest <= $to AND t.latest >= $from)");
            command.Parameters.AddWithValue("$from", (query.DatesFrom ?? DateOnly.MinValue).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$to", (query.DatesTo ?? DateOnly.MaxValue).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (needEmbeddings)
        {
            sql.Append(" AND c.embedding IS NOT NULL");
        }

        // The ranked subquery already gives the order of a text search; an outer ORDER BY would sort after the join.
        sql.Append(match is null ? " ORDER BY d.id, c.ordinal" : string.Empty);
        sql.Append(" LIMIT $limit");
        command.Parameters.AddWithValue("$limit", limit);
        command.CommandText = sql.ToString();
        return Read(command);
    }

    /// <summary>The text of the chunk <paramref name="id"/>, in <paramref name="transaction"/> (the one its id was read in: ids are reused).</summary>
    public static string Text(SqliteConnection connection, long id, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT text FROM chunks WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() as string ?? string.Empty;
    }

    private static List<(ChunkHit, byte[]?, long)> Read(SqliteCommand command)
    {
        var hits = new List<(ChunkHit, byte[]?, long)>();
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
            hits.Add((hit, reader.IsDBNull(8) ? null : (byte[])reader.GetValue(8), reader.GetInt64(9)));
        }

        return hits;
    }
}
