namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// One line of text found on a page: its words and geometry in the local frame of its writing direction
/// (u grows along the text, v grows towards the top of the text), so that rotated text is handled like upright text.
/// </summary>
internal sealed class LayoutLine
{
    /// <summary>Creates a line.</summary>
    public LayoutLine(int pageNumber, int direction, List<string> words)
    {
        PageNumber = pageNumber;
        Direction = direction;
        Words = words;
    }

    /// <summary>The 1-based page number.</summary>
    public int PageNumber { get; }

    /// <summary>The writing direction in whole degrees (0, 90, 180, 270 or another rounded angle).</summary>
    public int Direction { get; }

    /// <summary>The words of the line, left to right in the writing direction.</summary>
    public List<string> Words { get; }

    /// <summary>The start of the line along the writing direction.</summary>
    public double Left { get; set; }

    /// <summary>The end of the line along the writing direction.</summary>
    public double Right { get; set; }

    /// <summary>The baseline position across the writing direction.</summary>
    public double Baseline { get; set; }

    /// <summary>The dominant font size of the line.</summary>
    public double FontSize { get; set; }

    /// <summary>The largest font size on the line.</summary>
    public double MaxFontSize { get; set; }

    /// <summary>True when (nearly) every glyph of the line is bold.</summary>
    public bool IsBold { get; set; }

    /// <summary>True when (nearly) every glyph of the line is italic or oblique.</summary>
    public bool IsItalic { get; set; }

    /// <summary>The number of visible characters.</summary>
    public int CharCount { get; set; }

    /// <summary>The row the line was cut from; lines of one row share a baseline.</summary>
    public int Row { get; set; }

    /// <summary>What the line turned out to be (body, running header or footer).</summary>
    public BlockKind Role { get; set; } = BlockKind.Paragraph;

    /// <summary>The top of the line (baseline plus ascent).</summary>
    public double Top => Baseline + (0.8 * MaxFontSize);

    /// <summary>The bottom of the line (baseline minus descent).</summary>
    public double Bottom => Baseline - (0.25 * MaxFontSize);

    /// <summary>The text of the line, words separated by single spaces.</summary>
    public string Text => string.Join(' ', Words);
}
