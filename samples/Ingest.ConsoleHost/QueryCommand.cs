using System.Globalization;
using Ingest.Store.Sqlite;

namespace Ingest.ConsoleHost;

/// <summary><c>ingest query</c>: full-text search of a database written with <c>--db</c>, with name and date filters.</summary>
internal static class QueryCommand
{
    public const string Usage = """
        usage: ingest query [words...] [--db FILE] [--mentioning NAME] [--from yyyy-mm-dd] [--to yyyy-mm-dd] [--limit N]

        Prints the best chunks with their source, pages and heading path. --db defaults to ingest.db.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var words = new List<string>();
        string database = "ingest.db", mentioning = string.Empty;
        DateOnly? from = null, to = null;
        var limit = 10;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--db" when value is not null:
                    database = args[++i];
                    break;
                case "--mentioning" when value is not null:
                    mentioning = args[++i];
                    break;
                case "--from" or "--to" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                    _ = args[i] == "--from" ? from = date : to = date;
                    i++;
                    break;
                case "--limit" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 1000:
                    limit = n;
                    i++;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal) || option is "-h":
                    error.WriteLine(option is "--help" or "-h" ? Usage : $"ingest query: '{option}' is unknown or lacks a valid value\n{Usage}");
                    return option is "--help" or "-h" ? 0 : 2;
                default:
                    words.Add(args[i]);
                    break;
            }
        }

        return Search(database, new ChunkQuery
        {
            Text = string.Join(' ', words),
            Mentioning = mentioning.Length == 0 ? null : mentioning,
            DatesFrom = from,
            DatesTo = to,
            Limit = limit,
        }, output, error);
    }

    private static int Search(string database, ChunkQuery query, TextWriter output, TextWriter error)
    {
        if (!File.Exists(database))
        {
            error.WriteLine($"ingest query: no database at {database}; write one with 'ingest PATHS --db {database}'");
            return 2;
        }

        try
        {
            using var store = SqliteDocumentStore.Open(new SqliteStoreOptions { DatabasePath = database });
            var hits = store.Search(query);
            foreach (var hit in hits)
            {
                var pages = hit.Pages.Count == 0 ? string.Empty : $" pages {string.Join(',', hit.Pages)}";
                output.WriteLine($"{hit.Source}{pages} [{hit.HeadingPath}] chunk {hit.ChunkIndex}");
                output.WriteLine(hit.Text);
                output.WriteLine();
            }

            error.WriteLine($"ingest query: {hits.Count} chunks");
            return hits.Count > 0 ? 0 : 1;
        }
        catch (SqliteStoreException ex)
        {
            error.WriteLine($"ingest query: {ex.Message}");
            return 2;
        }
    }
}
