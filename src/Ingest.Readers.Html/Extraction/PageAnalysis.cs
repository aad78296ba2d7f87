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

    // The targets of the in-page links in running text ("<sup><a href="#note-4">"): the notes the text refers to.
    private readonly HashSet<string> _noteTargets = new(StringComparer.Ordinal);

    // How many paragraphs (and captions, the paragraphs of figures) are open around the element being walked.
    private int _paragraphDepth;

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
                switch (done.Element.TagName)
                {
                    case "A":
                        linkDepth--;
                        break;
                    case "P" or "FIGCAPTION":
                        _paragraphDepth--;
                        break;
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
                        case "INPUT" or "SELECT" or "TEXTAREA" when IsField(element):
                            parent.Inputs++;
                            break;
                        case "IMG" or "PICTURE" or "SVG":
                            parent.Images++;
                            break;
                    }
                }

                continue;
            }

            var stats = new ElementStats(element, parent, open.Count) { InParagraph = _paragraphDepth > 0 };
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
            switch (element.TagName)
            {
                case "A":
                    linkDepth++;
                    NoteReference(element, parent);
                    break;
                case "P" or "FIGCAPTION":
                    _paragraphDepth++;
                    break;
            }

            open.Push(stats);
            pending.Push((element, true));
            var kids = element.ChildNodes;
            for (var k = kids.Length - 1; k >= 0; k--)
            {
                var child = kids[k];
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
                if (done.Element.Id is { Length: > 0 } id && _noteTargets.Contains(id))
                {
                    done.NoteItems++;
                }

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
        parent.NoteItems += done.NoteItems;
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

    /// <summary>
    /// Notes the target of an in-page link set in running text (inside a paragraph or a superscript): a reference to a
    /// note, whose list item comes later in the page. Links elsewhere (a table of contents, a "skip to content" link,
    /// a carousel's dots) point at headings and sections, not at notes.
    /// </summary>
    private void NoteReference(IElement link, ElementStats? parent)
    {
        if ((_paragraphDepth > 0 || parent?.Element.TagName == "SUP") && link.GetAttribute("href") is { Length: > 1 } href && href[0] == '#')
        {
            _noteTargets.Add(href[1..]);
        }
    }

    /// <summary>
    /// Whether a form control takes input (a text box, a choice, a hidden value sent with the form): the mark of a form.
    /// Buttons are not: pages set them everywhere as controls of their own widgets (a gallery's "Next", a theme preview,
    /// "Show more"), inside the article as much as outside it.
    /// </summary>
    private static bool IsField(IElement element)
        => element.TagName != "INPUT" || element.GetAttribute("type") is not { } type
            || !(type.Equals("button", StringComparison.OrdinalIgnoreCase) || type.Equals("submit", StringComparison.OrdinalIgnoreCase)
                || type.Equals("reset", StringComparison.OrdinalIgnoreCase) || type.Equals("image", StringComparison.OrdinalIgnoreCase));

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
