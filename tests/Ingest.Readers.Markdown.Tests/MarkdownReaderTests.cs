using Ingest.Readers.Markdown;

namespace Ingest.Readers.Markdown.Tests;

public sealed class MarkdownReaderTests
{
    private static async Task<Document> ReadAsync(string markdown)
    {
        var source = new MemorySourceDocument(System.Text.Encoding.UTF8.GetBytes(markdown), new Uri("memory:///note.md"));
        await using var stream = await source.OpenAsync();
        return await new MarkdownReader().ReadAsync(stream, new ReadContext(source, "text/markdown"));
    }

    [Fact]
    public async Task Headings_paragraphs_lists_quotes_code_and_pipe_tables_become_blocks()
    {
        var document = await ReadAsync("# Ledger\n\nSpent *little* on [tea](https://tea.example).\n\n- one\n  - inner\n- two\n\n> quoted words\n\n```\nx = 1\n```\n\n| a | b |\n|---|---|\n| 1 | **2** |\n");

        Assert.Equal(
            [
                (BlockKind.Heading, 1, "Ledger"),
                (BlockKind.Paragraph, null, "Spent little on tea."),
                (BlockKind.ListItem, 1, "one"),
                (BlockKind.ListItem, 2, "inner"),
                (BlockKind.ListItem, 1, "two"),
                (BlockKind.Quote, null, "quoted words"),
                (BlockKind.Code, null, "x = 1"),
                (BlockKind.Table, null, "a\tb\n1\t2"),
            ],
            document.Blocks.Select(b => (b.Kind, b.Level, b.GetText(document))));
        var link = Assert.IsType<LinkEntity>(Assert.Single(document.Entities));
        Assert.Equal("tea", document.Text.Substring(link.Start, link.Length));
        Assert.Equal(new SourceRange(0, 8), document.Blocks[0].SourceRange);
    }

    [Fact]
    public async Task Front_matter_fills_the_metadata_and_is_not_text()
    {
        var document = await ReadAsync("---\ntitle: \"Trip log\"\nauthors: [Ida Berg, Ole Dahl]\ndate: 2022-07-01\nlang: nb\ntags:\n  - travel\n---\n\nBody.\n");

        Assert.Equal("Body.", document.Text);
        Assert.Equal("Trip log", document.Metadata.Title);
        Assert.Equal(["Ida Berg", "Ole Dahl"], document.Metadata.Authors);
        Assert.Equal(new DateOnly(2022, 7, 1), document.Metadata.Published);
        Assert.Equal("nb", document.Metadata.Language);
        Assert.Equal("travel", document.Metadata.Extra["frontmatter.tags"]);
    }

    [Fact]
    public async Task Quotes_nested_past_the_parser_limit_fail_with_a_read_error_not_a_crash()
    {
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => ReadAsync(new string('>', 5000) + " deep\n"));

        Assert.Equal("markdown.too-deep", error.Code);
    }
}
