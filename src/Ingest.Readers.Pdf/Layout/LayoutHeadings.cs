using Ingest.Readers.Pdf.Collections;

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
        var sizeChars = new PdfSizeTally();
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
                    sizeChars.Add(key, line.CharCount);
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

        var body = sizeChars.Most();

        var boldMeansHeading = boldChars < 0.5 * allChars;
        var styles = new PdfValueList<LayoutHeadingStyle>();
        var headings = new PdfValueList<LayoutHeadingCandidate>();
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
                    headings.Add(new LayoutHeadingCandidate(block, size, block.IsBold));
                    if (IndexOf(styles, size, block.IsBold) < 0)
                    {
                        styles.Add(new LayoutHeadingStyle(size, block.IsBold));
                    }
                }
            }
        }

        SortLargestFirst(styles);
        foreach (var (block, size, bold) in headings.AsSpan())
        {
            block.Kind = BlockKind.Heading;
            block.Level = Math.Min(6, IndexOf(styles, size, bold) + 1);
        }
    }

    private static int IndexOf(PdfValueList<LayoutHeadingStyle> styles, double size, bool bold)
    {
        for (var i = 0; i < styles.Count; i++)
        {
            if (styles[i].Size.Equals(size) && styles[i].Bold == bold)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Larger sizes first, bold before regular at one size (the styles are distinct, so any sort gives this order).</summary>
    private static void SortLargestFirst(PdfValueList<LayoutHeadingStyle> styles)
    {
        for (var i = 1; i < styles.Count; i++)
        {
            var style = styles[i];
            var j = i - 1;
            for (; j >= 0 && Compare(styles[j], style) > 0; j--)
            {
                styles[j + 1] = styles[j];
            }

            styles[j + 1] = style;
        }

        static int Compare(LayoutHeadingStyle a, LayoutHeadingStyle b)
            => a.Size != b.Size ? b.Size.CompareTo(a.Size) : b.Bold.CompareTo(a.Bold);
    }
}
