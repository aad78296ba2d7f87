namespace Ingest.Readers.Pdf.Layout;

/// <summary>A block being assembled: its lines (in order) and geometry in the local frame of its writing direction.</summary>
internal sealed class LayoutBlockDraft
{
    /// <summary>Starts a block with its first line.</summary>
    public LayoutBlockDraft(LayoutLine first, BlockKind kind)
    {
        Kind = kind;
        Lines.Add(first);
        Left = first.Left;
        Right = first.Right;
        Top = first.Top;
        Bottom = first.Bottom;
        IsBold = first.IsBold;
    }

    /// <summary>The lines, top to bottom.</summary>
    public List<LayoutLine> Lines { get; } = [];

    /// <summary>The block's kind.</summary>
    public BlockKind Kind { get; set; }

    /// <summary>The heading level, when the block is a heading.</summary>
    public int? Level { get; set; }

    /// <summary>The start along the writing direction.</summary>
    public double Left { get; private set; }

    /// <summary>The end along the writing direction.</summary>
    public double Right { get; private set; }

    /// <summary>The top across the writing direction.</summary>
    public double Top { get; private set; }

    /// <summary>The bottom across the writing direction.</summary>
    public double Bottom { get; private set; }

    /// <summary>The baseline distance between its lines, once it has two.</summary>
    public double Pitch { get; private set; }

    /// <summary>True when every line is bold.</summary>
    public bool IsBold { get; private set; }

    /// <summary>The last line.</summary>
    public LayoutLine Last => Lines[^1];

    /// <summary>Adds a line below the others.</summary>
    public void Add(LayoutLine line)
    {
        if (Lines.Count == 1)
        {
            Pitch = Last.Baseline - line.Baseline;
        }

        Lines.Add(line);
        Left = Math.Min(Left, line.Left);
        Right = Math.Max(Right, line.Right);
        Top = Math.Max(Top, line.Top);
        Bottom = Math.Min(Bottom, line.Bottom);
        IsBold &= line.IsBold;
    }

    /// <summary>Adds a line that shares a row with lines already in the block (a table cell).</summary>
    public void AddBeside(LayoutLine line)
    {
        Lines.Add(line);
        Left = Math.Min(Left, line.Left);
        Right = Math.Max(Right, line.Right);
        Top = Math.Max(Top, line.Top);
        Bottom = Math.Min(Bottom, line.Bottom);
        IsBold &= line.IsBold;
    }
}
