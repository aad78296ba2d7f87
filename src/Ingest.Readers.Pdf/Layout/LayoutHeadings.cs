namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// Recognizes headings: short blocks set larger than the document's body text, or bold at body size when the
/// body itself is not bold. Levels follow the heading styles, largest first (bold before regular at one size).
/// </summary>
internal static class LayoutHeadings
{
    /// <summary>Marks heading blocks and sets their levels.</summary>
    public static void Classify(List<LayoutBlockDraft>[] pageBlocks)
    {
        var sizeChars = new Dictionary<double, int>();
        int boldChars = 0, allChars = 0;
        foreach (var blocks in pageBlocks)
        {
            foreach (var block in blocks)
            {
                if (block.Kind is not (BlockKind.Paragraph or BlockKind.ListItem))
                {
                    continue;
                }

                foreach (var line in block.Lines)
                {
                    var key = Math.Round(line.FontSize * 2) / 2;
                    sizeChars[key] = sizeChars.GetValueOrDefault(key) + line.CharCount;
                    allChars += line.CharCount;
                    if (line.IsBold)
                    {
                        boldChars += line.CharCount;
                    }
                }
            }
        }

        if (allChars == 0)
        {
            return;
        }

        double body = 0;
        var bodyChars = -1;
        foreach (var (size, chars) in sizeChars)
        {
            if (chars > bodyChars)
            {
                body = size;
                bodyChars = chars;
            }
        }

        var boldMeansHeading = boldChars < 0.5 * allChars;
        var styles = new List<(double Size, bool Bold)>();
        var headings = new List<(LayoutBlockDraft Block, double Size, bool Bold)>();
        foreach (var blocks in pageBlocks)
        {
            foreach (var block in blocks)
            {
                if (block.Kind != BlockKind.Paragraph || block.Lines.Count > 3)
                {
                    continue;
                }

                var size = Math.Round(block.Lines[0].FontSize * 2) / 2;
                var chars = 0;
                foreach (var line in block.Lines)
                {
                    chars += line.CharCount;
                }

                var last = block.Last.Words[^1];
                var larger = size >= body * 1.15 && chars <= 200;
                var boldAtBody = boldMeansHeading && block.IsBold && size >= body * 0.95 && block.Lines.Count <= 2 && chars <= 150
                    && last[^1] is not ('.' or ',' or ';');
                if (larger || boldAtBody)
                {
                    headings.Add((block, size, block.IsBold));
                    if (!styles.Contains((size, block.IsBold)))
                    {
                        styles.Add((size, block.IsBold));
                    }
                }
            }
        }

        styles.Sort((a, b) => a.Size != b.Size ? b.Size.CompareTo(a.Size) : b.Bold.CompareTo(a.Bold));
        foreach (var (block, size, bold) in headings)
        {
            block.Kind = BlockKind.Heading;
            block.Level = Math.Min(6, styles.IndexOf((size, bold)) + 1);
        }
    }
}
