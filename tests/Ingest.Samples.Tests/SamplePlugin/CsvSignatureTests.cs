using System.Text;
using Ingest.Samples.Plugin;

namespace Ingest.Samples.Tests.SamplePlugin;

public sealed class CsvSignatureTests
{
    private static string? Sniff(string text) => new CsvReader().Sniff(Encoding.UTF8.GetBytes(text), MediaTypes.PlainText);

    [Theory]
    [InlineData("id,name,city\n1,Ada,London\n2,Alan,Wilmslow\n")]
    [InlineData("id;name\r\n1;Ada\r\n2;Alan\r\n")]
    [InlineData("name,note\nAda,\"first, \"\"programmer\"\"\"\nAlan,\"two\nlines, here\"\nGrace,navy\n")]
    public void Records_with_the_same_delimiter_count_are_csv(string text)
        => Assert.Equal("text/csv", Sniff(text));

    [Fact]
    public void Tab_separated_records_are_tsv()
        => Assert.Equal("text/tab-separated-values", Sniff("a\tb\n1\t2\n"));

    [Theory]
    [InlineData("Yesterday, in the rain, we walked home.\nThe dog, tired, slept.\nNobody spoke, and the evening passed slowly, quietly, without news.\n")]
    [InlineData("One line, with a comma, and no newline")]
    [InlineData("a,b\n1,2\n")]
    [InlineData("Plain words\nwith no delimiters\nat all\n")]
    public void Prose_short_tables_and_undelimited_text_are_not_csv(string text)
        => Assert.Null(Sniff(text));

    [Fact]
    public void Binary_content_is_not_claimed()
        => Assert.Null(new CsvReader().Sniff([0x01, 0x02, 0x2C, 0x0A], MediaTypes.OctetStream));
}
