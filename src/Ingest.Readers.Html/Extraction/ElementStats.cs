using AngleSharp.Dom;

namespace Ingest.Readers.Html.Extraction;

/// <summary>Text measurements of one element and everything rendered inside it, and its content score.</summary>
internal sealed class ElementStats
{
    public ElementStats(IElement element, ElementStats? parent, int depth)
    {
        Element = element;
        Parent = parent;
        Depth = depth;
    }

    /// <summary>The element.</summary>
    public IElement Element { get; }

    /// <summary>The stats of the nearest measured ancestor.</summary>
    public ElementStats? Parent { get; }

    /// <summary>The nesting depth below the body.</summary>
    public int Depth { get; }

    /// <summary>Characters of rendered text, whitespace runs counted as one.</summary>
    public int TextLength { get; set; }

    /// <summary>Characters of rendered text inside links.</summary>
    public int LinkTextLength { get; set; }

    /// <summary>Commas (of any script) in the rendered text.</summary>
    public int Commas { get; set; }

    /// <summary>Characters of text in children that are blocks (so not flowing in this element's own lines).</summary>
    public int BlockChildTextLength { get; set; }

    /// <summary>Commas in children that are blocks.</summary>
    public int BlockChildCommas { get; set; }

    /// <summary>Whether the element is a block or holds one.</summary>
    public bool IsBlockish { get; set; }

    /// <summary>Paragraph elements inside with at least a sentence of text.</summary>
    public int Paragraphs { get; set; }

    /// <summary>List items inside.</summary>
    public int ListItems { get; set; }

    /// <summary>List items inside that the running text links to by their id: notes ("[4]" pointing at the fourth reference).</summary>
    public int NoteItems { get; set; }

    /// <summary>Whether the element stands inside a paragraph or a caption, flowing in its sentences.</summary>
    public bool InParagraph { get; init; }

    /// <summary>Form fields inside (text boxes, choices, hidden values; not buttons).</summary>
    public int Inputs { get; set; }

    /// <summary>Images inside.</summary>
    public int Images { get; set; }

    /// <summary>Headings inside.</summary>
    public int Headings { get; set; }

    /// <summary>Whether the element was set aside as page furniture before scoring.</summary>
    public bool IsUnlikely { get; set; }

    /// <summary>Whether the element has been given a content score.</summary>
    public bool HasScore { get; set; }

    /// <summary>The content score.</summary>
    public double Score { get; set; }

    /// <summary>Text flowing in the element's own lines, not inside block children.</summary>
    public int OwnTextLength => TextLength - BlockChildTextLength;

    /// <summary>Commas in the element's own lines.</summary>
    public int OwnCommas => Commas - BlockChildCommas;

    /// <summary>The share of the text that is link text.</summary>
    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkTextLength / TextLength;
}
