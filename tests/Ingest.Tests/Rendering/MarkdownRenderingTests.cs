using System.Text;

using Ingest.Tests.Text;

namespace Ingest.Tests.Rendering;

public sealed class MarkdownRenderingTests
{
    public static IEnumerable<object[]> Fixtures() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Markdig_reads_the_markdown_of_a_fixture_back_into_the_same_blocks(string fixture)
    {
        var document = await ReaderHarness.ReadAsync(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture)));

        AssertRoundTrip(document);
    }

    [Fact]
    public void Every_block_kind_and_markup_character_survives_the_round_trip()
    {
        var document = Build(
            (BlockKind.Title, "Budget *2024*: the # of cuts", null),
            (BlockKind.Heading, "1. Overview & <scope>", 1),
            (BlockKind.Paragraph, "Costs rose 5% (to $1,200) for AT&amp;T_users \\ [see] `code` | pipes ~ tildes!", null),
            (BlockKind.Paragraph, "- not a list, + not either, = not a heading", null),
            (BlockKind.Paragraph, "2020. A year that starts a line", null),
            (BlockKind.ListItem, "first item", 1),
            (BlockKind.ListItem, "nested item", 2),
            (BlockKind.Quote, "> quoted words", null),
            (BlockKind.Caption, "Figure 1: the map", null),
            (BlockKind.Table, "Name\tValue\nAlpha\t1 | 2\nBeta", null),
            (BlockKind.Code, "var x = \"```\";\nreturn x;", null),
            (BlockKind.Heading, "Details", 2),
            (BlockKind.Boilerplate, "Subscribe now", null),
            (BlockKind.PageFooter, "Page 2 of 9", null));

        var markdown = document.ToMarkdown();

        AssertRoundTrip(document);
        Assert.StartsWith("# Budget \\*2024\\*: the # of cuts\n\n## 1\\. Overview", markdown, StringComparison.Ordinal);
        Assert.Contains("- first item\n  - nested item", markdown, StringComparison.Ordinal);
        Assert.Contains("| Name | Value |\n| --- | --- |\n| Alpha | 1 \\| 2 |\n| Beta |  |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 2", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_holds_the_body_blocks_separated_by_blank_lines()
    {
        var document = Build((BlockKind.Title, "Title", null), (BlockKind.Paragraph, "Body *text*.", null), (BlockKind.PageHeader, "Running head", null));

        Assert.Equal("Title\n\nBody *text*.\n", document.ToPlainText());
    }

    private static void AssertRoundTrip(Document document)
    {
        var expected = document.Blocks
            .Where(b => b.Kind is not (BlockKind.Boilerplate or BlockKind.PageHeader or BlockKind.PageFooter) && b.Length > 0)
            .Where(b => !string.IsNullOrWhiteSpace(b.GetText(document)))
            .Select(b => (b.Kind, Level: b.Kind == BlockKind.Heading ? b.Level ?? 1 : (int?)null, Text: Expected(b, document)))
            .ToList();

        var actual = MarkdownRoundTrip.Parse(document.ToMarkdown());

        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }

    private static string Expected(Block block, Document document)
    {
        var text = block.GetText(document);
        return block.Kind switch
        {
            BlockKind.Code => text.TrimEnd('\n'),
            BlockKind.Table => string.Join('\n', text.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => string.Join('\t', l.Split('\t').Select(MarkdownRoundTrip.Fold)))),
            _ => MarkdownRoundTrip.Fold(text),
        };
    }

    private static Document Build(params (BlockKind Kind, string Text, int? Level)[] blocks)
    {
        var text = new StringBuilder();
        var list = new List<Block>();
        foreach (var (kind, content, level) in blocks)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            list.Add(new Block(kind, text.Length, content.Length) { Level = level });
            text.Append(content);
        }

        return new Document(new Uri("memory://test"), "text/plain", text.ToString(), list, new DocumentMetadata());
    }
}
