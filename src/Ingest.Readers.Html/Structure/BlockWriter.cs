using AngleSharp.Dom;

namespace Ingest.Readers.Html.Structure;

/// <summary>
/// Walks the chosen elements (iteratively, so any nesting depth is safe) and writes their text as blocks: headings with
/// their level, paragraphs, list items with their depth, quotes, captions, tables and pre-formatted code, each with the
/// source range of its element, and the links inside them as <see cref="LinkEntity"/> annotations.
/// </summary>
internal sealed class BlockWriter
{
    private readonly DocumentBuilder _builder;
    private readonly SourceRangeLocator _ranges;
    private readonly LinkResolver? _links;
    private readonly Func<IElement, bool> _isBoilerplate;
    private readonly InlineTextBuffer _buffer = new();
    private readonly List<(int Start, int End, string Target)> _pendingLinks = new();
    private readonly Stack<Context> _contexts = new();
    private string? _titleToSkip;

    public BlockWriter(DocumentBuilder builder, SourceRangeLocator ranges, LinkResolver? links, Func<IElement, bool> isBoilerplate, string? titleToSkip)
    {
        _builder = builder;
        _ranges = ranges;
        _links = links;
        _isBoilerplate = isBoilerplate;
        _titleToSkip = titleToSkip;
    }

    private enum Step
    {
        Enter,
        ExitBlock,
        ExitLink,
    }

    /// <summary>Writes <paramref name="roots"/> in order.</summary>
    public void Write(IReadOnlyList<IElement> roots, CancellationToken cancellationToken)
    {
        foreach (var root in roots)
        {
            WriteRoot(root, cancellationToken);
        }
    }

    private void WriteRoot(IElement root, CancellationToken cancellationToken)
    {
        var pending = new Stack<(INode Node, Step Step, int LinkStart, string? Target, int Bound)>();
        pending.Push((root, Step.Enter, 0, null, _ranges.SourceLength));
        var visited = 0;
        while (pending.Count > 0)
        {
            var (node, step, linkStart, target, bound) = pending.Pop();
            if ((++visited & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            switch (step)
            {
                case Step.ExitBlock:
                    Flush();
                    _contexts.Pop();
                    continue;
                case Step.ExitLink:
                    if (_buffer.Length > linkStart && target is not null)
                    {
                        _pendingLinks.Add((linkStart, _buffer.Length, target));
                    }

                    continue;
            }

            if (node is IText text)
            {
                _buffer.Append(text.Data);
                continue;
            }

            if (node is not IElement element || HtmlTags.IsNeverRendered(element)
                || (!ReferenceEquals(element, root) && _isBoilerplate(element)))
            {
                continue;
            }

            switch (element.TagName)
            {
                case "BR":
                    _buffer.LineBreak();
                    continue;
                case "HR":
                    Flush();
                    continue;
                case "PRE" or "LISTING" or "XMP" or "PLAINTEXT":
                    Flush();
                    AddBlock(BlockKind.Code, PreformattedText.Read(element), null, element, bound);
                    continue;
                case "TABLE" when TableText.IsDataTable(element):
                    Flush();
                    var table = TableText.Write(element, out var caption);
                    if (!string.IsNullOrEmpty(caption))
                    {
                        AddBlock(BlockKind.Caption, caption, null, element, bound);
                    }

                    AddBlock(BlockKind.Table, table, null, element, bound);
                    continue;
            }

            if (HtmlTags.IsBlock(element) || _contexts.Count == 0)
            {
                Flush();
                _contexts.Push(ContextFor(element, bound));
                pending.Push((element, Step.ExitBlock, 0, null, bound));
            }
            else if (element.TagName == "A" && _links is not null && _links.Resolve(element.GetAttribute("href")) is { } resolved)
            {
                pending.Push((element, Step.ExitLink, _buffer.Length, resolved, bound));
            }

            var kids = element.ChildNodes;
            var nextStart = bound;
            for (var k = kids.Length - 1; k >= 0; k--)
            {
                var child = kids[k];
                pending.Push((child, Step.Enter, 0, null, nextStart));
                nextStart = SourceRangeLocator.StartOf(child) ?? nextStart;
            }
        }

        Flush();
        _contexts.Clear();
    }

    private Context ContextFor(IElement element, int bound)
    {
        var parent = _contexts.Count > 0 ? _contexts.Peek() : new Context(element, BlockKind.Paragraph, null, 0, bound);
        var heading = HtmlTags.HeadingLevel(element);
        if (heading > 0)
        {
            return new Context(element, BlockKind.Heading, heading, parent.ListDepth, bound);
        }

        return element.TagName switch
        {
            "UL" or "OL" or "MENU" or "DIR" => new Context(element, parent.Kind == BlockKind.ListItem ? BlockKind.ListItem : parent.Kind, parent.Level, parent.ListDepth + 1, bound),
            "LI" => new Context(element, BlockKind.ListItem, Math.Max(1, parent.ListDepth), parent.ListDepth, bound),
            "BLOCKQUOTE" => new Context(element, BlockKind.Quote, null, parent.ListDepth, bound),
            "FIGCAPTION" or "CAPTION" => new Context(element, BlockKind.Caption, null, parent.ListDepth, bound),
            _ => parent.Kind is BlockKind.Quote or BlockKind.Caption or BlockKind.ListItem
                ? new Context(element, parent.Kind, parent.Level, parent.ListDepth, bound)
                : new Context(element, BlockKind.Paragraph, null, parent.ListDepth, bound),
        };
    }

    private void Flush()
    {
        var text = _buffer.Take();
        if (text.Length == 0)
        {
            _pendingLinks.Clear();
            return;
        }

        var context = _contexts.Count > 0 ? _contexts.Peek() : default;
        if (_titleToSkip is not null && (context.Kind == BlockKind.Heading || (context.Kind == BlockKind.Paragraph && _builder.Blocks.Count <= 1))
            && SameText(text, _titleToSkip))
        {
            // The heading, or a first paragraph, repeats the title block that starts the document: no headline twice.
            _titleToSkip = null;
            _pendingLinks.Clear();
            return;
        }

        // Two line breaks in a row separate paragraphs, as on pages laid out with <br><br>.
        var segmentStart = 0;
        while (segmentStart < text.Length)
        {
            var gap = text.IndexOf("\n\n", segmentStart, StringComparison.Ordinal);
            var segmentEnd = gap < 0 ? text.Length : gap;
            var segment = text.AsSpan(segmentStart, segmentEnd - segmentStart).Trim('\n');
            if (!segment.IsEmpty)
            {
                var offset = segmentStart + text.AsSpan(segmentStart, segmentEnd - segmentStart).IndexOf(segment[0]);
                var block = AddBlock(context.Kind, segment, context.Level, context.Element, context.Bound);
                if (block is not null)
                {
                    AddLinks(block, text, offset, offset + segment.Length);
                }
            }

            if (gap < 0)
            {
                break;
            }

            segmentStart = gap;
            while (segmentStart < text.Length && text[segmentStart] == '\n')
            {
                segmentStart++;
            }
        }

        _pendingLinks.Clear();
    }

    private void AddLinks(Block block, string text, int from, int to)
    {
        foreach (var (start, end, target) in _pendingLinks)
        {
            var s = Math.Max(start, from);
            var e = Math.Min(end, to);
            while (s < e && text[s] is ' ' or '\n')
            {
                s++;
            }

            while (e > s && text[e - 1] is ' ' or '\n')
            {
                e--;
            }

            if (e > s)
            {
                _builder.AddEntity(new LinkEntity(block.Start + s - from, e - s, text[s..e], target));
            }
        }
    }

    private Block? AddBlock(BlockKind kind, ReadOnlySpan<char> text, int? level, IElement? element, int bound)
        => text.IsEmpty ? null : _builder.AddBlock(kind, text, level, element is null ? null : _ranges.Find(element, bound));

    private static bool SameText(string a, string b)
    {
        var x = a.AsSpan().Trim();
        var y = b.AsSpan().Trim();
        return x.Equals(y, StringComparison.OrdinalIgnoreCase);
    }

    private readonly record struct Context(IElement? Element, BlockKind Kind, int? Level, int ListDepth, int Bound);
}
