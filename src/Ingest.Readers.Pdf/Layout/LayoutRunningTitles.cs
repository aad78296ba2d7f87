using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// Running titles that repetition across pages cannot find: the title beside a page number in its row, and the
/// header or footer of the only page that carries one. Called by <see cref="LayoutRunningLines"/>.
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
    /// <remarks>See <see cref="TitleSafe"/> for the document's first page.</remarks>
    /// <param name="lines">The page's lines.</param>
    /// <param name="height">The page height.</param>
    /// <param name="firstPage">True on the document's first page with text.</param>
    public static void MarkLoneHeader(List<LayoutLine> lines, double height, bool firstPage)
    {
        var top = Outermost(lines, top: true);
        var body = top is null ? 0 : BodyFontSize(lines);
        if (top is null || top.IsBold || !IsLoneTitleCandidate(top, body) || !double.IsFinite(height) || top.Bottom < height * (1 - LayoutRunningLines.Band))
        {
            return;
        }

        var next = NearestApart(lines, top, top: true);
        if (next is null || top.Baseline - next.Baseline <= 2.5 * top.MaxFontSize)
        {
            return;
        }

        if (TitleSafe(top, next, body, firstPage) && OtherChars(lines, top) >= LoneHeaderPageChars)
        {
            top.Role = BlockKind.PageHeader;
        }
    }

    /// <summary>
    /// A running footer that does not repeat (a one-page document's): the bottommost line, in the bottom band, short,
    /// set in the page's body size (bold or not: no title stands at a page's foot; a footnote is set smaller, and is
    /// content), under a page of running text and set apart from the text above it by more than two and a half of its
    /// ems, where a paragraph's next line follows at one line pitch.
    /// </summary>
    /// <remarks>
    /// A one-page letter or notice also ends with a short line set apart (a signature, a closing sentence), so the
    /// footer needs evidence of page furniture besides its place: it stands under the page's footnotes (body text
    /// never resumes below them) or is centred on the text block; and it never closes a sentence nor follows a line
    /// that leads on to it ("Yours sincerely,").
    /// </remarks>
    /// <param name="lines">The page's lines.</param>
    /// <param name="height">The page height.</param>
    public static void MarkLoneFooter(List<LayoutLine> lines, double height)
    {
        var bottom = Outermost(lines, top: false);
        var body = bottom is null ? 0 : BodyFontSize(lines);
        if (bottom is null || !IsLoneTitleCandidate(bottom, body) || bottom.MaxFontSize < body - 0.5 || !double.IsFinite(height)
            || bottom.Top > height * LayoutRunningLines.Band)
        {
            return;
        }

        var next = NearestApart(lines, bottom, top: false);
        if (next is not null && next.Baseline - bottom.Baseline > 2.5 * bottom.MaxFontSize && OtherChars(lines, bottom) >= LoneHeaderPageChars
            && !LayoutLineEnds.EndsSentence(bottom) && !LayoutLineEnds.LeadsOn(next)
            && (next.MaxFontSize < body - 0.5 || IsCentredOnText(lines, bottom)))
        {
            bottom.Role = BlockKind.PageFooter;
        }
    }

    /// <summary>
    /// On the document's first page the top line may be its title or its own first words, so there it must be set
    /// smaller than the body text, or stand over a line more prominent than itself (larger, or bold or italic where it
    /// is upright and light) while reading as a name: a title is never smaller than the text it heads nor plainer than
    /// the heading under it, a running header often is (a one-page document's header repeats nowhere). A sentence
    /// ("Please read this before the meeting.") or a date ("7 December 2026") over a bold heading is the letter's or
    /// notice's own text, so a line with a figure or closing punctuation never counts as a header there.
    /// </summary>
    private static bool TitleSafe(LayoutLine top, LayoutLine next, double body, bool firstPage)
    {
        if (!firstPage || top.MaxFontSize <= body - 0.5)
        {
            return true;
        }

        var prominentBelow = next.MaxFontSize > top.MaxFontSize + 0.5 || ((next.IsBold || next.IsItalic) && !top.IsItalic);
        return prominentBelow && !LayoutLineEnds.HasDigit(top) && !LayoutLineEnds.EndsSentence(top) && !LayoutLineEnds.LeadsOn(top);
    }

    /// <summary>
    /// True when the line is centred on the page's text block and narrower than it, as a footer set under a page is;
    /// a signature or a closing line starts at the text's margin.
    /// </summary>
    private static bool IsCentredOnText(List<LayoutLine> lines, LayoutLine edge)
    {
        double left = double.MaxValue, right = double.MinValue;
        foreach (var line in lines)
        {
            if (line != edge && line.Direction == 0)
            {
                left = Math.Min(left, line.Left);
                right = Math.Max(right, line.Right);
            }
        }

        var width = right - left;
        var centre = 0.5 * (edge.Left + edge.Right);
        return width > 0 && edge.Right - edge.Left < CentredWidthShare * width
            && Math.Abs(centre - (0.5 * (left + right))) <= edge.MaxFontSize;
    }

    /// <summary>A centred footer is at most this share of the text block's width (a full line is not centred).</summary>
    private const double CentredWidthShare = 0.8;

    /// <summary>A line still in the body, short and no larger than the body text: what a running title looks like.</summary>
    private static bool IsLoneTitleCandidate(LayoutLine line, double bodySize)
        => line.Role == BlockKind.Paragraph && line.Words.Count <= PageNumberRowWords && line.MaxFontSize <= bodySize + 0.5;

    /// <summary>The topmost (or bottommost) upright line of the page.</summary>
    private static LayoutLine? Outermost(List<LayoutLine> lines, bool top)
    {
        LayoutLine? outermost = null;
        foreach (var line in lines)
        {
            if (line.Direction == 0 && (outermost is null || (top ? line.Baseline > outermost.Baseline : line.Baseline < outermost.Baseline)))
            {
                outermost = line;
            }
        }

        return outermost;
    }

    /// <summary>
    /// The upright line nearest to <paramref name="edge"/> on the page's inner side; null when another line shares
    /// the edge line's row (a running title stands alone in its row, or beside a page number found before).
    /// </summary>
    private static LayoutLine? NearestApart(List<LayoutLine> lines, LayoutLine edge, bool top)
    {
        LayoutLine? nearest = null;
        foreach (var line in lines)
        {
            if (line == edge || line.Direction != 0)
            {
                continue;
            }

            if (Math.Abs(line.Baseline - edge.Baseline) <= 0.3 * edge.FontSize)
            {
                return null;
            }

            if (nearest is null || (top ? line.Baseline > nearest.Baseline : line.Baseline < nearest.Baseline))
            {
                nearest = line;
            }
        }

        return nearest;
    }

    private static int OtherChars(List<LayoutLine> lines, LayoutLine except)
    {
        var chars = 0;
        foreach (var line in lines)
        {
            chars += line != except && line.Direction == 0 ? line.CharCount : 0;
        }

        return chars;
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
