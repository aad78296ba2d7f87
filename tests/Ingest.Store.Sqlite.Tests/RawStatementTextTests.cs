using System.Text;
using Microsoft.Data.Sqlite;

namespace Ingest.Store.Sqlite.Tests;

/// <summary>Strings bound by the prepared statements are encoded to UTF-8 by the store (not by SQLite) and read back the same.</summary>
public sealed class RawStatementTextTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ingest-raw-").FullName;

    [Fact]
    public void Two_strings_of_one_row_keep_their_own_text_although_they_are_encoded_into_one_buffer()
    {
        using var connection = Open();
        var long1 = string.Concat(Enumerable.Repeat("Zürich, Łódź и 東京 🙂 ", 400));
        var rows = new (string? A, string? B)[]
        {
            ("plain ascii", "second value"),
            ("Zürich, Łódź и 東京 🙂", ""),
            (long1, "short after long"),
            ("short before long", long1 + "end"),
            (null, "null beside text"),
        };

        using (var insert = new RawStatement(connection, "INSERT INTO t (a, b) VALUES (?1, ?2)"))
        {
            foreach (var (a, b) in rows)
            {
                insert.Bind(1, a);
                insert.Bind(2, b);
                insert.Execute();
            }
        }

        var read = Read(connection, "SELECT a, b, length(a), length(b), typeof(b) FROM t ORDER BY rowid");

        Assert.Equal(rows.Length, read.Count);
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal(rows[i].A, read[i].A);
            Assert.Equal(rows[i].B, read[i].B);
            Assert.Equal("text", read[i].Type);
            Assert.Equal((long)(rows[i].B ?? string.Empty).EnumerateRunes().Count(), read[i].LengthB);
        }
    }

    [Fact]
    public void A_lone_surrogate_is_stored_as_one_replacement_character_so_the_text_keeps_its_length()
    {
        using var connection = Open();
        const string Text = "before \uD800 after";
        using (var insert = new RawStatement(connection, "INSERT INTO t (a, b) VALUES (?1, ?2)"))
        {
            insert.Bind(1, Text);
            insert.Bind(2, "x");
            insert.Execute();
        }

        var row = Assert.Single(Read(connection, "SELECT a, b, length(a), length(b), typeof(a) FROM t"));

        Assert.Equal("before \uFFFD after", row.A);
        Assert.Equal(Text.Length, row.A!.Length);
    }

    [Fact]
    public void A_three_megabyte_string_round_trips_and_leaves_no_buffer_of_its_size_behind()
    {
        using var connection = Open();
        var large = string.Concat(Enumerable.Repeat("Zürich, Łódź и 東京 🙂 ", 150_000));
        using var insert = new RawStatement(connection, "INSERT INTO t (a, b) VALUES (?1, ?2)");
        insert.Bind(1, large);
        insert.Bind(2, "small beside large");
        insert.Execute();
        insert.Bind(1, "after");
        insert.Bind(2, large + "end");
        insert.Execute();

        var read = Read(connection, "SELECT a, b, length(a), length(b), typeof(b) FROM t ORDER BY rowid");

        Assert.True(large.Length >= 3_000_000);
        Assert.Equal([(large, "small beside large"), ("after", large + "end")], read.Select(r => (r.A, r.B)));
        Assert.InRange(insert.ReusedBufferLength, 1, 1 << 20);
    }

    [Fact]
    public void A_string_a_little_longer_than_the_buffer_grows_it_once_to_its_worst_case_size()
    {
        using var connection = Open();
        var text = new string('é', 5_000);
        using var insert = new RawStatement(connection, "INSERT INTO t (a, b) VALUES (?1, ?2)");
        insert.Bind(1, text);
        insert.Bind(2, text);
        insert.Execute();

        Assert.Equal(text, Assert.Single(Read(connection, "SELECT a, b, length(a), length(b), typeof(b) FROM t")).A);
        Assert.Equal(Encoding.UTF8.GetMaxByteCount(text.Length), insert.ReusedBufferLength);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "raw.db")};Pooling=False");
        connection.Open();
        using var create = new SqliteCommand("CREATE TABLE t (a TEXT, b TEXT)", connection);
        create.ExecuteNonQuery();
        return connection;
    }

    private static List<(string? A, string? B, long LengthB, string Type)> Read(SqliteConnection connection, string sql)
    {
        using var command = new SqliteCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<(string?, string?, long, string)>();
        while (reader.Read())
        {
            rows.Add((reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(3), reader.GetString(4)));
        }

        return rows;
    }
}
