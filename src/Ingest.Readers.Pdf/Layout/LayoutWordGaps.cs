using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// The word gaps of each row of a page (gaps between visible glyphs at least <see cref="MinWordGapEm"/> wide), in
/// row order and along each row: the evidence for telling a justified line's stretched word space from a gutter.
/// </summary>
internal sealed class LayoutWordGaps
{
    /// <summary>Gaps at least this many ems wide are word gaps rather than letter spacing or kerning.</summary>
    public const double MinWordGapEm = 0.15;

    /// <summary>A sentence space is at most this many times a word space of its line (three times the stretch, and the extra space).</summary>
    private const double SentenceStretch = 3.5;

    /// <summary>A row whose narrowest word gap is at least this many times the page's usual one is stretched by justification.</summary>
    private const double StretchedRow = 1.25;

    private readonly PdfValueList<LayoutWordGap> gaps = new();
    private double[] widths = [];
    private int cachedRow = -1;
    private int cachedStart;
    private double usualWidth = double.NaN;

    /// <summary>Forgets every gap (a new page or direction).</summary>
    public void Clear()
    {
        gaps.Clear();
        cachedRow = -1;
        usualWidth = double.NaN;
    }

    /// <summary>Adds the gap that starts at <paramref name="start"/> in <paramref name="row"/>; rows come in order, gaps along them.</summary>
    public void Add(int row, double start, double width) => gaps.Add(new LayoutWordGap(row, start, width));

    /// <summary>
    /// True when the gap at <paramref name="start"/> is one of the evenly stretched spaces of a justified line:
    /// <paramref name="row"/> has another gap of (almost) the same width before it and another after it, or two on
    /// one side (the first or last space of the line). A column gutter differs from the spaces of the lines it separates.
    /// </summary>
    public bool IsEvenlySpacedWordGap(int row, double start, double width, double em)
    {
        var tolerance = Math.Max(0.05 * em, 0.05 * width);
        int before = 0, after = 0;
        for (var g = FirstOf(row); g < gaps.Count && gaps[g].Row == row; g++)
        {
            var gap = gaps[g];
            if (Math.Abs(gap.Start - start) < 0.01 || Math.Abs(gap.Width - width) > tolerance)
            {
                continue;
            }

            before += gap.Start < start ? 1 : 0;
            after += gap.Start > start ? 1 : 0;
        }

        return (before > 0 && after > 0) || before > 1 || after > 1;
    }

    /// <summary>
    /// True when the gap at <paramref name="start"/> may be a sentence space stretched with its justified line: the
    /// row has at least two other word gaps, all of them stretched beyond the page's usual word gap (the line is
    /// justified loose), and this one is at most <see cref="SentenceStretch"/> times the narrowest of them (TeX
    /// stretches a sentence space three times as much as a word space). In a row whose spaces are the page's usual
    /// ones nothing is stretched, and a wide gap after a sentence's end is a gutter as much as any other.
    /// </summary>
    public bool MayBeStretchedSentenceSpace(int row, double start, double width)
    {
        var others = 0;
        var narrowest = double.MaxValue;
        for (var g = FirstOf(row); g < gaps.Count && gaps[g].Row == row; g++)
        {
            if (Math.Abs(gaps[g].Start - start) >= 0.01)
            {
                others++;
                narrowest = Math.Min(narrowest, gaps[g].Width);
            }
        }

        return others >= 2 && width <= SentenceStretch * narrowest && narrowest >= StretchedRow * UsualWidth();
    }

    /// <summary>The page's usual word gap: the lower quartile of its gaps' widths, below the stretched spaces of loose lines.</summary>
    private double UsualWidth()
    {
        if (double.IsNaN(usualWidth))
        {
            if (widths.Length < gaps.Count)
            {
                widths = new double[Math.Max(gaps.Count, 2 * widths.Length)];
            }

            for (var g = 0; g < gaps.Count; g++)
            {
                widths[g] = gaps[g].Width;
            }

            Array.Sort(widths, 0, gaps.Count);
            usualWidth = gaps.Count == 0 ? 0 : widths[gaps.Count / 4];
        }

        return usualWidth;
    }

    private int FirstOf(int row)
    {
        if (row != cachedRow)
        {
            // Gaps are stored in row order: binary search for the first gap of the row.
            int lo = 0, hi = gaps.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (gaps[mid].Row < row)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            cachedRow = row;
            cachedStart = lo;
        }

        return cachedStart;
    }
}
