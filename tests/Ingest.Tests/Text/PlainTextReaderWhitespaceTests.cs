namespace Ingest.Tests.Text;

public sealed class PlainTextReaderWhitespaceTests
{
    private static readonly string[] Separators = [" ", "  ", "\t", " \t ", "\u00A0", "\u2009", " \u00A0", "\u3000 ", "\u202F", "\n", " \n", "\n ", " \n  "];

    [Fact]
    public async Task Collapses_every_kind_of_whitespace_inside_a_paragraph_to_one_space()
    {
        var random = new Random(7);
        for (var round = 0; round < 50; round++)
        {
            var words = new List<string>();
            var raw = new System.Text.StringBuilder();
            for (var w = 0; w < 40; w++)
            {
                var word = "w" + random.Next(1000) + (random.Next(4) == 0 ? "é" : string.Empty);
                words.Add(word);
                raw.Append(word).Append(Separators[random.Next(Separators.Length)]);
            }

            var document = await ReaderHarness.ReadAsync("Title line here.\n\n" + raw.ToString().Replace("\n\n", "\n", StringComparison.Ordinal));

            var paragraph = Assert.Single(ReaderHarness.TextsOf(document, BlockKind.Paragraph), t => t.StartsWith('w'));
            Assert.Equal(string.Join(' ', words), paragraph);
        }
    }

    [Fact]
    public async Task Keeps_single_spaces_and_drops_leading_and_trailing_whitespace_of_a_paragraph()
    {
        var document = await ReaderHarness.ReadAsync("Heading\n\n \u00A0 The reading  of a\tline \u2009 ends here. \n");

        Assert.Contains("The reading of a line ends here.", ReaderHarness.TextsOf(document, BlockKind.Paragraph));
    }
}
