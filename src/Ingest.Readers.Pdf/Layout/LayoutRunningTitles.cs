using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// Running titles that repetition across pages cannot find: the title beside a page number in its row, and the
/// header of the only page that carries one. Called by <see cref="LayoutRunningLines"/>.
/// </summary>
internal static class LayoutRunningTitles
{
    /// <summary>The most lines, besides the page number, a page-number row holds (a title left, a date right).</summary>
    private const int PageNumberRowMates = 2;

    /// <summary>The most words a line beside a page number holds to be a running title rather than body text.</summary>
    private const int PageNumberRowWords = 12;

    /// <summary>
    /// A page number at the outer edge shares its row with the running title beside it ("Annual Report ... 7"): a
    /// row set apart from the body by more than a line's spacing, holding besides the number at most two short lines,
    /// is page furniture as a whole, even on a lone page where nothing repeats. A last body line that happens to end
    /// beside the number is no such row: it is one line pitch from the line above it.
    /// </summary>
    /// <param name="lines">The page's lines.</param>
    /// <param name="number">The line found to be the page number.</param>
    /// <param name="role">The role given to the number (header or footer).</param>
    public static void MarkPageNumberRow(List<LayoutLine> lines, LayoutLine number, BlockKind role)
    {
        var tolerance = 0.3 * number.FontSize;
        var mates = new List<LayoutLine>();
        var nearest = double.PositiveInfinity;
        foreach (var line in lines)
        {
            if (line == number || line.Direction != number.Direction)
            {
                continue;
            }

            var distance = Math.Abs(line.Baseline - number.Baseline);
            if (distance <= tolerance)
            {
                mates.Add(line);
            }
            else
            {
                nearest = Math.Min(nearest, distance);
            }
        }

        if (mates.Count is 0 or > PageNumberRowMates)
        {
            return;
        }

        var pitch = 0.0;
        foreach (var mate in mates)
        {
            if (mate.Words.Count > PageNumberRowWords)
            {
                return;
            }

            pitch = Math.Max(pitch, mate.MaxFontSize);
        }

        if (nearest <= 1.6 * Math.Max(pitch, number.MaxFontSize))
        {
            return;
        }

        foreach (var mate in mates)
        {
            mate.Role = role;
        }
    }

    /// <summary>
    /// A running header that does not repeat (the only page after a first page that has none, or a one-page
    /// document's): the topmost line, in the top band, no larger than the page's body text and not bold, short,
    /// and set apart from the text under it by more than two and a half of its ems, where a heading or a paragraph's
    /// first line is followed at about one line pitch; and only over a page of running text (a few lines under a
    /// title are no such page).
    /// </summary>
    /// <remarks>
    /// On the document's first page the top line may be its title, so there it must be set smaller than the body
    /// text: a title is never smaller than the text it heads, a running header often is (a one-page document's
    /// header repeats nowhere).
    /// </remarks>
    /// <param name="lines">The page's lines.</param>
    /// <param name="height">The page height.</param>
    /// <param name="firstPage">True on the document's first page with text.</param>
    public static void MarkLoneHeader(List<LayoutLine> lines, double height, bool firstPage)
    {
        LayoutLine? top = null;
        foreach (var line in lines)
        {
            if (line.Direction == 0 && (top is null || line.Baseline > top.Baseline))
            {
                top = line;
            }
        }

        if (top is null || top.Role != BlockKind.Paragraph || top.IsBold || top.Words.Count > PageNumberRowWords
            || !double.IsFinite(height) || top.Bottom < height * (1 - LayoutRunningLines.Band) || top.MaxFontSize > BodyFontSize(lines) + (firstPage ? -0.5 : 0.5))
        {
            return;
        }

        var below = double.NegativeInfinity;
        var bodyChars = 0;
        foreach (var line in lines)
        {
            if (line != top && line.Direction == 0)
            {
                bodyChars += line.CharCount;
                if (Math.Abs(line.Baseline - top.Baseline) <= 0.3 * top.FontSize)
                {
                    return;
                }

                below = Math.Max(below, line.Baseline);
            }
        }

        if (bodyChars >= LoneHeaderPageChars && top.Baseline - below > 2.5 * top.MaxFontSize)
        {
            top.Role = BlockKind.PageHeader;
        }
    }

    /// <summary>How many characters a page holds under a lone header: running heads go with pages of running text.</summary>
    private const int LoneHeaderPageChars = 400;

    /// <summary>The font size most of the page's characters are set in.</summary>
    private static double BodyFontSize(List<LayoutLine> lines)
    {
        var bySize = new PdfSizeTally();
        foreach (var line in lines)
        {
            bySize.Add(Math.Round(line.FontSize, 1), line.CharCount);
        }

        return bySize.Most();
    }
}
