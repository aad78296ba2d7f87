using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ingest.Store.Sqlite.Tests;

/// <summary>Plain SQL against a store's database file, for tests that look at its tables and schema directly.</summary>
internal static class StoreQueries
{
    /// <summary>Opens the database file without the connection pool, so the file is free once the connection is disposed.</summary>
    public static SqliteConnection Connect(string databasePath)
    {
        var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = new SqliteCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = new SqliteCommand(sql, connection);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Every row of the query, its values joined by '|' in invariant form.</summary>
    public static List<string> Rows(SqliteConnection connection, string sql)
    {
        using var command = new SqliteCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(string.Join('|', values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
