using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using MdBlock = Markdig.Syntax.Block;
using MdTable = Markdig.Extensions.Tables.Table;

namespace Ingest.Readers.Markdown;

/// <summary>
/// Turns Markdig's block tree into document blocks: headings with their level, paragraphs, list items at their nesting
/// depth, quotes, code, pipe tables (cells tab-separated, rows line-fed) and front matter as metadata. Each block's
/// source range is its span in the decoded Markdown.
/// </summary>
internal sealed class MarkdownBlockWalker
{
    private readonly DocumentBuilder _builder;
    private readonly MarkdownReaderOptions _options;
    private readonly string _source;
    private readonly StringBuilder _text = new();
    private readonly List<(int Start, int Length, string Target)> _links = [];

    public MarkdownBlockWalker(DocumentBuilder builder, MarkdownReaderOptions options, string source)
    {
        _builder = builder;
        _options = options;
        _source = source;
    }

    public void Walk(ContainerBlock container, int listDepth, int depth)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    FrontMatter.Apply(LinesOf(yaml), _builder.Metadata);
                    break;
                case HeadingBlock heading:
                    AddLeaf(heading, BlockKind.Heading, heading.Level);
                    break;
                case ParagraphBlock paragraph:
                    AddLeaf(paragraph, listDepth > 0 ? BlockKind.ListItem : BlockKind.Paragraph, listDepth > 0 ? listDepth : null);
                    break;
                case CodeBlock code:
                    Add(BlockKind.Code, string.Join('\n', LinesOf(code)).TrimEnd(), null, code);
                    break;
                case MdTable table:
                    Add(BlockKind.Table, TableText(table), null, table);
                    break;
                case QuoteBlock quote:
                    Add(BlockKind.Quote, FlatText(quote), null, quote);
                    break;
                case ListBlock list when depth < _options.MaxNestingDepth:
                    Walk(list, listDepth + 1, depth + 1);
                    break;
                case ListItemBlock item when depth < _options.MaxNestingDepth:
                    Walk(item, listDepth, depth + 1);
                    break;
                case ContainerBlock other:
                    Add(listDepth > 0 ? BlockKind.ListItem : BlockKind.Paragraph, FlatText(other), listDepth > 0 ? listDepth : null, other);
                    break;
            }
        }
    }

    private void AddLeaf(LeafBlock leaf, BlockKind kind, int? level)
    {
        _text.Clear();
        _links.Clear();
        MarkdownInlineText.Append(leaf.Inline, _text, _options.IncludeLinks ? _links : null);
        var text = _text.ToString();
        var trimmed = text.TrimStart();
        var offset = text.Length - trimmed.Length;
        var block = Add(kind, trimmed.TrimEnd(), level, leaf);
        if (block is null)
        {
            return;
        }

        foreach (var (start, length, target) in _links)
        {
            var begin = start - offset;
            if (begin >= 0 && begin + length <= block.Length)
            {
                _builder.AddEntity(new LinkEntity(block.Start + begin, length, text.Substring(start, length), target));
            }
        }
    }

    private Block? Add(BlockKind kind, string text, int? level, MdBlock source)
    {
        var range = source.Span.Start >= 0 && source.Span.End < _source.Length
            ? new SourceRange(source.Span.Start, source.Span.Length)
            : (SourceRange?)null;
        if (kind == BlockKind.Heading && level == 1)
        {
            _builder.Metadata.Title ??= text;
        }

        return _builder.AddBlock(kind, text, level, range);
    }

    private static string FlatText(ContainerBlock container)
    {
        var text = new StringBuilder();
        foreach (var leaf in container.Descendants<LeafBlock>())
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            MarkdownInlineText.Append(leaf.Inline, text, null);
            if (leaf.Inline is null && leaf.Lines.Count > 0)
            {
                text.Append(string.Join('\n', leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.ToString())));
            }
        }

        return text.ToString().Trim();
    }

    private static string TableText(MdTable table)
    {
        var text = new StringBuilder();
        foreach (var row in table.OfType<TableRow>())
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            var first = true;
            foreach (var cell in row.OfType<TableCell>())
            {
                if (!first)
                {
                    text.Append('\t');
                }

                first = false;
                text.Append(FlatText(cell).Replace('\t', ' ').Replace('\n', ' '));
            }
        }

        return text.ToString();
    }

    /// <summary>The lines of a leaf block; a block Markdig closed before any line (an empty fence, a cut front matter) has none.</summary>
    private static IEnumerable<string> LinesOf(LeafBlock block)
        => block.Lines.Lines is null ? [] : block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString());
}
