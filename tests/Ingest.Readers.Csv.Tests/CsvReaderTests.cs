using Ingest.Readers.Csv;

namespace Ingest.Readers.Csv.Tests;

public sealed class CsvReaderTests
{
    private static async Task<Document> ReadAsync(string text, string mediaType = "text/csv", CsvReaderOptions? options = null)
    {
        var source = new MemorySourceDocument(System.Text.Encoding.UTF8.GetBytes(text), new Uri("memory:///t.csv"));
        await using var stream = await source.OpenAsync();
        return await new CsvReader(options ?? new CsvReaderOptions()).ReadAsync(stream, new ReadContext(source, mediaType));
    }

    [Fact]
    public async Task Quoted_fields_with_delimiters_quotes_and_line_breaks_stay_one_cell()
    {
        var document = await ReadAsync("name,note\r\nAda,\"a, b\"\r\nBo,\"said \"\"hi\"\"\nthen left\"\r\n");

        var table = Assert.Single(document.Blocks);
        Assert.Equal(BlockKind.Table, table.Kind);
        Assert.Equal("name\tnote\nAda\ta, b\nBo\tsaid \"hi\" then left", document.Text);
        Assert.Equal("3", document.Metadata.Extra["rows"]);
        Assert.Equal("2", document.Metadata.Extra["columns"]);
    }

    [Fact]
    public async Task Semicolons_are_detected_as_the_delimiter_and_tsv_splits_on_tabs()
    {
        var semicolons = await ReadAsync("a;b;c\n1,5;2;3\n");
        var tabs = await ReadAsync("a\tb,c\n1\t2\n", "text/tab-separated-values");

        Assert.Equal("a\tb\tc\n1,5\t2\t3", semicolons.Text);
        Assert.Equal("a\tb,c\n1\t2", tabs.Text);
    }

    [Fact]
    public async Task Row_limit_and_unterminated_quote_give_warnings()
    {
        var limited = await ReadAsync(string.Concat(Enumerable.Range(0, 50).Select(i => $"{i},x\n")), options: new CsvReaderOptions { MaxRows = 10 });
        var open = await ReadAsync("a,\"never closed\nmore");

        Assert.Equal(10, limited.Text.Split('\n').Length);
        Assert.Contains(limited.Diagnostics, d => d.Code == "csv.rows-truncated");
        Assert.Contains(open.Diagnostics, d => d.Code == "csv.unterminated-quote");
        Assert.Equal("a\tnever closed more", open.Text);
    }

    [Fact]
    public async Task The_text_budget_stops_before_the_record_that_would_pass_it_and_says_where()
    {
        // Ten records of "nnn\txxxxx" are 9 characters each, 10 with the line feed: 45 characters hold four records.
        var text = string.Concat(Enumerable.Range(100, 10).Select(i => $"{i},xxxxx\n"));

        var document = await ReadAsync(text, options: new CsvReaderOptions { MaxTextLength = 45 });

        Assert.Equal("100\txxxxx\n101\txxxxx\n102\txxxxx\n103\txxxxx", document.Text);
        Assert.Equal("4", document.Metadata.Extra["rows"]);
        var cut = Assert.Single(document.Diagnostics, d => d.Code == "csv.text-truncated");
        Assert.Equal(DiagnosticSeverity.Warning, cut.Severity);
        Assert.Equal("record 5", cut.Location);
    }

    [Fact]
    public async Task A_table_within_the_text_budget_is_read_whole_without_a_warning()
    {
        var text = string.Concat(Enumerable.Range(100, 10).Select(i => $"{i},xxxxx\n"));

        var document = await ReadAsync(text, options: new CsvReaderOptions { MaxTextLength = 99 });

        Assert.Equal(10, document.Text.Split('\n').Length);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "csv.text-truncated");
    }
}
