using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ingest.Tests.Rendering;

/// <summary>Parses Markdown with Markdig and reads back the blocks as (kind, level, text) to compare with a document's.</summary>
internal static class MarkdownRoundTrip
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static List<(BlockKind Kind, int? Level, string Text)> Parse(string markdown)
    {
        var blocks = new List<(BlockKind, int?, string)>();
        var sawTitle = false;
        foreach (var block in Markdown.Parse(markdown, Pipeline).Descendants<Markdig.Syntax.Block>())
        {
            switch (block)
            {
                case HeadingBlock h when h.Level == 1 && !sawTitle:
                    sawTitle = true;
                    blocks.Add((BlockKind.Title, null, InlineText(h.Inline)));
                    break;
                case HeadingBlock h:
                    blocks.Add((BlockKind.Heading, h.Level - (sawTitle ? 1 : 0), InlineText(h.Inline)));
                    break;
                case ParagraphBlock p when p.Parent is ListItemBlock:
                    blocks.Add((BlockKind.ListItem, null, InlineText(p.Inline)));
                    break;
                case ParagraphBlock p when p.Parent is QuoteBlock:
                    blocks.Add((BlockKind.Quote, null, InlineText(p.Inline)));
                    break;
                case ParagraphBlock p when p.Parent is MarkdownDocument:
                    var isCaption = p.Inline?.FirstChild is EmphasisInline && p.Inline.FirstChild.NextSibling is null;
                    blocks.Add((isCaption ? BlockKind.Caption : BlockKind.Paragraph, null, InlineText(p.Inline)));
                    break;
                case Table t:
                    blocks.Add((BlockKind.Table, null, TableText(t)));
                    break;
                case FencedCodeBlock c:
                    blocks.Add((BlockKind.Code, null, c.Lines.ToString()));
                    break;
            }
        }

        return blocks;
    }

    public static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string InlineText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return Fold(text.ToString());
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        for (var node = inline; node is not null; node = node.NextSibling)
        {
            switch (node)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline container:
                    Append(container.FirstChild, text);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
            }
        }
    }

    private static string TableText(Table table) =>
        string.Join('\n', table.OfType<TableRow>().Select(row =>
            string.Join('\t', row.OfType<TableCell>().Select(cell => string.Join(' ', cell.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline))))).TrimEnd('\t')));
}
