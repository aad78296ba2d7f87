using System.Text;

namespace Ingest.Store.Sqlite;

/// <summary>Turns words a person typed into an FTS5 query that matches all of them, with no FTS5 syntax left to misfire.</summary>
internal static class FullTextQuery
{
    public static string? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var query = new StringBuilder(text.Length + 8);
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var term = word.Replace("\"", string.Empty, StringComparison.Ordinal);
            if (term.Length == 0)
            {
                continue;
            }

            // Each word is a quoted string: operators (AND, NEAR, *, -) and punctuation are only text.
            query.Append(query.Length == 0 ? "\"" : " \"").Append(term).Append('"');
        }

        return query.Length == 0 ? null : query.ToString();
    }
}
