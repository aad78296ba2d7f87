using System.Text;
using Ingest.Samples.Plugin;

namespace Ingest.Samples.Tests.SamplePlugin;

public sealed class CsvReaderTests
{
    private static async Task<Document> ReadAsync(string csv, string name = "data.csv", string mediaType = "text/csv")
    {
        var source = new MemorySourceDocument(Encoding.UTF8.GetBytes(csv), new Uri("memory:/" + name));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await new CsvReader().ReadAsync(stream, new ReadContext(source, mediaType));
    }

    [Fact]
    public async Task Pairs_each_value_with_its_column_header_one_table_block_per_row()
    {
        var document = await ReadAsync("City,Country,Population\nLyon,France,522250\nPorto,Portugal,231800\n");

        Assert.Equal("City: Lyon; Country: France; Population: 522250\n\nCity: Porto; Country: Portugal; Population: 231800", document.Text);
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.Table, b.Kind));
        Assert.Equal("City: Porto; Country: Portugal; Population: 231800", document.Text.Substring(document.Blocks[1].Start, document.Blocks[1].Length));
        Assert.Equal("City, Country, Population", document.Metadata.Extra["csv.columns"]);
        Assert.Equal("2", document.Metadata.Extra["csv.rows"]);
        Assert.Equal("data", document.Metadata.Title);
    }

    [Fact]
    public async Task Quoted_fields_keep_delimiters_doubled_quotes_and_line_breaks()
    {
        const string Csv = "Title,Quote\r\n\"Report, final\",\"He said \"\"no\"\"\r\nthen left\"\r\n";
        var document = await ReadAsync(Csv);

        Assert.Equal("Title: Report, final; Quote: He said \"no\" then left", document.Text);
        var range = document.Blocks[0].SourceRange!.Value;
        Assert.Equal(Csv[13..^2], Csv.Substring(range.Start, range.Length));
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public async Task Semicolon_and_tab_delimiters_are_recognised()
    {
        var semicolons = await ReadAsync("a;b\n1,5;2\n");
        var tabs = await ReadAsync("a\tb\n1\t2\n", "data.tsv", "text/tab-separated-values");

        Assert.Equal("a: 1,5; b: 2", semicolons.Text);
        Assert.Equal("a: 1; b: 2", tabs.Text);
    }

    [Fact]
    public async Task Unterminated_quote_and_ragged_rows_give_diagnostics_not_exceptions()
    {
        var document = await ReadAsync("a,b\n1\n2,\"never closed\n");

        Assert.Equal("a: 1\n\na: 2; b: never closed", document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "csv.unterminated-quote");
        Assert.Contains(document.Diagnostics, d => d.Code == "csv.ragged" && d.Message.StartsWith("1 of 2 rows", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Empty_input_gives_an_empty_document()
    {
        var document = await ReadAsync("");

        Assert.Equal("", document.Text);
        Assert.Empty(document.Blocks);
    }
}
