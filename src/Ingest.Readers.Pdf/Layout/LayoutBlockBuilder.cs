namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// Groups the body lines of one page and direction into blocks: a line continues the block whose last line is
/// just above it and overlaps it, in the same size and weight, at the block's line spacing; a wider gap, an
/// indented first line, a change of size or weight, or a list bullet starts a new block. Tables are taken out
/// first and kept as one block each.
/// </summary>
internal static class LayoutBlockBuilder
{
    /// <summary>Builds the blocks of <paramref name="lines"/> (one page, one direction, body lines only), in reading order.</summary>
    public static List<LayoutBlockDraft> Build(List<LayoutLine> lines)
    {
        lines.Sort((a, b) => a.Baseline != b.Baseline ? b.Baseline.CompareTo(a.Baseline) : a.Left.CompareTo(b.Left));
        var blocks = LayoutTables.Extract(lines);
        foreach (var line in lines)
        {
            LayoutBlockDraft? best = null;
            var bestDistance = double.MaxValue;
            if (!StartsWithBullet(line))
            {
                foreach (var block in blocks)
                {
                    if (block.Kind is not (BlockKind.Paragraph or BlockKind.ListItem))
                    {
                        continue;
                    }

                    var distance = block.Last.Baseline - line.Baseline;
                    if (distance < bestDistance && Continues(block, line, distance))
                    {
                        best = block;
                        bestDistance = distance;
                    }
                }
            }

            if (best is null)
            {
                blocks.Add(new LayoutBlockDraft(line, StartsWithBullet(line) ? BlockKind.ListItem : BlockKind.Paragraph));
            }
            else
            {
                best.Add(line);
            }
        }

        LayoutReadingOrder.Sort(blocks);
        return blocks;
    }

    private static bool Continues(LayoutBlockDraft block, LayoutLine line, double distance)
    {
        var last = block.Last;
        var em = Math.Max(line.FontSize, last.FontSize);
        if (distance <= 0.3 * em)
        {
            return false;
        }

        if (Math.Abs(line.FontSize - last.FontSize) > 0.15 * em)
        {
            return false;
        }

        var maxDistance = block.Lines.Count >= 2 ? (1.3 * block.Pitch) + (0.1 * em) : 1.7 * em;
        if (distance > maxDistance)
        {
            return false;
        }

        if (Math.Min(line.Right, block.Right) - Math.Max(line.Left, block.Left) <= 0)
        {
            return false;
        }

        if (block.IsBold != line.IsBold)
        {
            return false;
        }

        // An indented line after lines flush with the block's left edge starts a new paragraph.
        var indent = line.Left - block.Left;
        if (block.Lines.Count >= 2 && Math.Abs(last.Left - block.Left) <= 0.3 * em && indent >= 0.8 * em && indent <= 8 * em
            && line.Right <= block.Right + (0.5 * em))
        {
            return false;
        }

        return true;
    }

    /// <summary>True when the line starts with a list bullet (•, ◦, ▪, –) followed by text.</summary>
    public static bool StartsWithBullet(LayoutLine line)
    {
        var first = line.Words[0];
        return line.Words.Count > 1 && first.Length == 1 && first[0] is '•' or '◦' or '▪' or '‣' or '●' or '○' or '■' or '–' or '·';
    }
}
