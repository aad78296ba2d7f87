using System.Text;

namespace Ingest.Readers.Markdown.Tests.Conformance;

/// <summary>Blocks Markdig closes before they have a line (found by the fuzz test) read as empty, not as a crash.</summary>
public sealed class EmptyBlockTests
{
    private static async Task<Document> ReadAsync(string markdown)
    {
        var bytes = Encoding.UTF8.GetBytes(markdown);
        using var stream = new MemoryStream(bytes);
        return await new MarkdownReader().ReadAsync(stream, new ReadContext(new MemorySourceDocument(bytes, new Uri("memory:/empty.md")), "text/markdown"));
    }

    [Theory]
    [InlineData("Before\n\n```\n```\n\nAfter\n", "Before\n\nAfter")]
    [InlineData("Before\n\n~~~python\n", "Before")]
    [InlineData("---\n---\nAfter the empty front matter\n", "After the empty front matter")]
    public async Task An_empty_code_block_or_front_matter_reads_without_a_crash(string markdown, string text)
    {
        var document = await ReadAsync(markdown);

        Assert.Equal(text, document.Text.Trim());
        Assert.All(document.Blocks, b => Assert.InRange(b.Start + b.Length, 0, document.Text.Length));
    }
}
