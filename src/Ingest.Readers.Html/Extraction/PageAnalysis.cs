using AngleSharp.Dom;
using Ingest.Readers.Html.Structure;

namespace Ingest.Readers.Html.Extraction;

/// <summary>
/// Measures every rendered element of a page in one iterative pass (no recursion, so any depth is safe) and keeps the
/// elements whose own lines hold enough text to count as paragraphs, in document order.
/// </summary>
internal sealed class PageAnalysis
{
    /// <summary>Own text below this many characters does not make an element a scored paragraph.</summary>
    private const int MinParagraphLength = 25;

    private readonly Dictionary<IElement, ElementStats> _stats = new(ReferenceEqualityComparer.Instance);

    private PageAnalysis(IElement root) => Root = root;

    /// <summary>The analysed root (normally the body).</summary>
    public IElement Root { get; }

    /// <summary>Elements with a paragraph's worth of their own text, in document order.</summary>
    public List<ElementStats> Paragraphs { get; } = new();

    /// <summary>The deepest nesting seen.</summary>
    public int MaxDepth { get; private set; }

    /// <summary>Returns the stats of a measured element, or <see langword="null"/> for elements that were not measured.</summary>
    public ElementStats? Get(IElement element) => _stats.GetValueOrDefault(element);

    /// <summary>Measures <paramref name="root"/>; with <paramref name="setAsideFurniture"/>, furniture-like elements are left out.</summary>
    public static PageAnalysis Analyze(IElement root, bool setAsideFurniture, CancellationToken cancellationToken)
    {
        var analysis = new PageAnalysis(root);
        analysis.Walk(setAsideFurniture, cancellationToken);
        return analysis;
    }

    private void Walk(bool setAsideFurniture, CancellationToken cancellationToken)
    {
        var pending = new Stack<(INode Node, bool Exit)>();
        var open = new Stack<ElementStats>();
        var linkDepth = 0;
        pending.Push((Root, false));
        var visited = 0;
        while (pending.Count > 0)
        {
            var (node, exit) = pending.Pop();
            if ((++visited & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (exit)
            {
                var done = open.Pop();
                if (done.Element.TagName == "A")
                {
                    linkDepth--;
                }

                Finish(done);
                continue;
            }

            if (node is IText text)
            {
                if (open.Count > 0)
                {
                    CountText(text.Data, open.Peek(), linkDepth > 0);
                }

                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var parent = open.Count > 0 ? open.Peek() : null;
            if (HtmlTags.IsNeverRendered(element))
            {
                if (parent is not null)
                {
                    switch (element.TagName)
                    {
                        case "INPUT" or "BUTTON" or "SELECT" or "TEXTAREA":
                            parent.Inputs++;
                            break;
                        case "IMG" or "PICTURE" or "SVG":
                            parent.Images++;
                            break;
                    }
                }

                continue;
            }

            var stats = new ElementStats(element, parent, open.Count);
            _stats[element] = stats;
            if (open.Count > MaxDepth)
            {
                MaxDepth = open.Count;
            }

            if (setAsideFurniture && parent is not null && ClassHints.IsUnlikelyContent(element))
            {
                stats.IsUnlikely = true;
                continue;
            }

            stats.IsBlockish = HtmlTags.IsBlock(element);
            if (element.TagName == "A")
            {
                linkDepth++;
            }

            open.Push(stats);
            pending.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                pending.Push((child, false));
            }
        }
    }

    private void Finish(ElementStats done)
    {
        switch (done.Element.TagName)
        {
            case "P":
                if (done.TextLength >= MinParagraphLength)
                {
                    done.Paragraphs++;
                }

                break;
            case "LI":
                done.ListItems++;
                break;
            case "H1" or "H2" or "H3" or "H4" or "H5" or "H6":
                done.Headings++;
                break;
        }

        if (done.OwnTextLength >= MinParagraphLength && IsParagraphContainer(done.Element.TagName))
        {
            Paragraphs.Add(done);
        }

        var parent = done.Parent;
        if (parent is null)
        {
            return;
        }

        parent.TextLength += done.TextLength;
        parent.LinkTextLength += done.LinkTextLength;
        parent.Commas += done.Commas;
        parent.Paragraphs += done.Paragraphs;
        parent.ListItems += done.ListItems;
        parent.Inputs += done.Inputs;
        parent.Images += done.Images;
        parent.Headings += done.Headings;
        if (done.IsBlockish)
        {
            parent.IsBlockish = true;
            parent.BlockChildTextLength += done.TextLength;
            parent.BlockChildCommas += done.Commas;
        }
    }

    private static bool IsParagraphContainer(string tag)
        => tag is "P" or "PRE" or "TD" or "DIV" or "SECTION" or "ARTICLE" or "MAIN" or "BLOCKQUOTE" or "DD" or "CENTER";

    private static void CountText(string data, ElementStats stats, bool inLink)
    {
        var length = 0;
        var commas = 0;
        var inSpace = true;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                inSpace = true;
                continue;
            }

            if (inSpace && length > 0)
            {
                length++;
            }

            inSpace = false;
            length++;
            if (c is ',' or '，' or '、' or '،' or '؛')
            {
                commas++;
            }
        }

        // A whitespace run between this text and the previous one still separates words.
        if (length > 0 && stats.TextLength > 0 && (char.IsWhiteSpace(data[0]) || inSpace))
        {
            length++;
        }

        stats.TextLength += length;
        stats.Commas += commas;
        if (inLink)
        {
            stats.LinkTextLength += length;
        }
    }
}
