using System.Buffers;
using System.Text;
using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// Turns the glyphs of one page into lines of words: glyphs are grouped by writing direction, sorted once into
/// baseline rows (super- and subscripts joined to their line), drawn-twice glyphs dropped, rows cut at column
/// gutters confirmed by whitespace running down several rows, and words split where a gap is wider than the
/// font's space allows.
/// </summary>
internal sealed partial class LayoutLineBuilder
{
    /// <summary>Gaps at least this many ems wide are gutter candidates.</summary>
    private const double GutterCandidateEm = 0.8;

    /// <summary>Gaps at least this many ems wide separate text even without support from other rows.</summary>
    private const double GutterCertainEm = 3.0;

    /// <summary>A row of at most this many glyphs (or a quarter of its line's) can be a row of super- or subscripts.</summary>
    private const int MaxScriptGlyphs = 4;

    /// <summary>Letters overlapping by more than this many ems are kerned together, whatever is drawn between them.</summary>
    private const double KernedOverlapEm = 0.005;

    /// <summary>A space glyph whose centre lies more than this many ems inside a letter's box is drawn over that letter.</summary>
    private const double BlankInsideEm = 0.15;

    /// <summary>
    /// Ideographs at most this many ems apart with a space drawn between them are letter-spaced, not two words: Chinese
    /// and Japanese put no spaces between words, and a space typed between the characters of a short heading or table
    /// cell only spreads it (an ideographic space is one em wide).
    /// </summary>
    private const double IdeographSpacingEm = 1.0;

    /// <summary>Gaps differing by at most this many ems are even: letter-spacing repeats one space width.</summary>
    private const double EvenGapEm = 0.15;

    /// <summary>How many rows (including its own) a gutter's whitespace must run through.</summary>
    private const int GutterRows = 3;

    /// <summary>A row continues a gutter only when its text comes within this many ems of the gap on one side.</summary>
    private const double GutterBorderEm = 2.0;

    /// <summary>
    /// How many rows a gap after a sentence's end must run through to be a gutter: TeX stretches a sentence space
    /// up to three times as much as a word space, so in a loose justified line it is wider than the line's other
    /// spaces and may meet word spaces of the lines around it for a few rows.
    /// </summary>
    private const int SentenceGapGutterRows = 6;

    private double[] u = [];
    private double[] v = [];
    private double[] adv = [];
    private double[] size = [];
    private double[] space = [];
    private int[] dirs = [];
    private int[] order = [];
    private int[] rowOf = [];
    private int[] unsorted = [];

    // A line's gaps and sizes for their rank selection: fields, not ArrayPool<double>, which no ReadyToRun image holds
    // precompiled (every host process jitted it, and ran it at tier 0 twice per line).
    private double[] gapScratch = [];
    private double[] sizeScratch = [];
    private readonly PdfValueList<LayoutRow> rows = new();
    private readonly PdfValueList<LayoutSegment> segments = new();
    private readonly LayoutWordGaps wordGaps = new();
    private readonly StringBuilder word = new();
    private readonly PdfValueList<LayoutDirectionCount> directions = new();
    private readonly LayoutBaselineOrder baselineOrder = new();
    private readonly LayoutRowOrder rowOrder = new();

    /// <summary>Builds the lines of <paramref name="page"/> and appends them to <paramref name="lines"/>.</summary>
    public void Build(PdfPageGlyphs page, List<LayoutLine> lines)
    {
        var glyphs = page.Glyphs;
        var n = glyphs.Count;
        if (n == 0)
        {
            return;
        }

        EnsureCapacity(n);
        directions.Clear();
        for (var i = 0; i < n; i++)
        {
            var d = Direction(glyphs[i].Angle);
            dirs[i] = d;
            CountDirection(d);
        }

        // The dominant direction first, so that its lines come first in the page's reading order.
        SortDirections();
        for (var k = 0; k < directions.Count; k++)
        {
            BuildDirection(page, directions[k].Direction, lines);
        }
    }

    private void CountDirection(int direction)
    {
        for (var k = 0; k < directions.Count; k++)
        {
            ref var entry = ref directions[k];
            if (entry.Direction == direction)
            {
                entry = entry with { Count = entry.Count + 1 };
                return;
            }
        }

        directions.Add(new LayoutDirectionCount(direction, 1));
    }

    /// <summary>Most glyphs first, then the smaller angle (a page has a few directions: an insertion sort).</summary>
    private void SortDirections()
    {
        for (var i = 1; i < directions.Count; i++)
        {
            var entry = directions[i];
            var j = i - 1;
            while (j >= 0 && (directions[j].Count < entry.Count || (directions[j].Count == entry.Count && directions[j].Direction > entry.Direction)))
            {
                directions[j + 1] = directions[j];
                j--;
            }

            directions[j + 1] = entry;
        }
    }

    /// <summary>Rounds an angle to a writing direction: multiples of 90 within 3 degrees snap, others round to a degree.</summary>
    public static int Direction(double angle)
    {
        if (!double.IsFinite(angle))
        {
            return 0;
        }

        var a = angle % 360;
        if (a < 0)
        {
            a += 360;
        }

        var snapped = Math.Round(a / 90) * 90;
        var d = Math.Abs(a - snapped) <= 3 ? (int)snapped : (int)Math.Round(a);
        return d % 360;
    }

    private void BuildDirection(PdfPageGlyphs page, int direction, List<LayoutLine> lines)
    {
        var glyphs = page.Glyphs;
        var radians = direction * Math.PI / 180;
        var cos = Math.Round(Math.Cos(radians), 12);
        var sin = Math.Round(Math.Sin(radians), 12);
        var m = 0;
        for (var i = 0; i < glyphs.Count; i++)
        {
            if (dirs[i] != direction)
            {
                continue;
            }

            var g = glyphs[i];
            if (!double.IsFinite(g.X) || !double.IsFinite(g.Y))
            {
                continue;
            }

            var s = double.IsFinite(g.FontSize) && Math.Abs(g.FontSize) > 0.01 ? Math.Abs(g.FontSize) : 1;
            u[i] = (g.X * cos) + (g.Y * sin);
            v[i] = (-g.X * sin) + (g.Y * cos);
            adv[i] = double.IsFinite(g.BoxWidth) ? Math.Clamp(g.BoxWidth, 0, 10 * s) : 0;
            size[i] = s;
            space[i] = double.IsFinite(g.SpaceWidth) && g.SpaceWidth >= 0.1 * s && g.SpaceWidth <= 0.7 * s ? g.SpaceWidth : 0.25 * s;
            order[m++] = i;
        }

        if (m == 0)
        {
            return;
        }

        // An own sort with inlined comparisons; where two glyphs tie (drawn at the very same place), the framework's
        // sort from the same input instead, whose order of tied glyphs the output has always followed.
        order.AsSpan(0, m).CopyTo(unsorted);
        if (!PdfIndexSort.SortWithoutTies(order.AsSpan(0, m), new LayoutBaselineKey(u, v)))
        {
            unsorted.AsSpan(0, m).CopyTo(order);
            baselineOrder.Use(u, v);
            Array.Sort(order, 0, m, baselineOrder);
        }

        FindRows(m);
        MergeScripts(glyphs);

        // Re-sort so that each row (after joining scripts) is contiguous and ordered along the text.
        var rowIndex = rowOf;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            for (var k = row.Start; k < row.Start + row.Count; k++)
            {
                rowIndex[order[k]] = row.Target;
            }
        }

        order.AsSpan(0, m).CopyTo(unsorted);
        if (!PdfIndexSort.SortWithoutTies(order.AsSpan(0, m), new LayoutRowKey(rowIndex, u)))
        {
            unsorted.AsSpan(0, m).CopyTo(order);
            rowOrder.Use(rowIndex, u);
            Array.Sort(order, 0, m, rowOrder);
        }

        var finalRows = new PdfValueList<LayoutFinalRow>();
        for (var k = 0; k < m;)
        {
            var r = rowIndex[order[k]];
            var start = k;
            while (k < m && rowIndex[order[k]] == r)
            {
                k++;
            }

            var count = DropDuplicates(glyphs, start, k - start);
            finalRows.Add(new LayoutFinalRow(start, count, rows[r].Baseline));
        }

        CutSegments(glyphs, finalRows);
        ConfirmGutters(glyphs, finalRows);
        EmitLines(page, direction, glyphs, finalRows, lines);
    }

    private void FindRows(int m)
    {
        rows.Clear();
        var start = 0;
        var baseline = v[order[0]];
        var rowSize = size[order[0]];
        for (var k = 1; k <= m; k++)
        {
            if (k < m)
            {
                var i = order[k];
                if (Math.Abs(v[i] - baseline) <= 0.3 * Math.Min(rowSize, size[i]))
                {
                    rowSize = Math.Max(rowSize, size[i]);
                    continue;
                }
            }

            rows.Add(new LayoutRow(start, k - start, baseline, rowSize, rows.Count));
            if (k < m)
            {
                start = k;
                baseline = v[order[k]];
                rowSize = size[order[k]];
            }
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            double min = double.MaxValue, max = double.MinValue;
            for (var k = row.Start; k < row.Start + row.Count; k++)
            {
                var i = order[k];
                min = Math.Min(min, u[i]);
                max = Math.Max(max, u[i] + adv[i]);
            }

            rows[r] = row with { MinU = min, MaxU = max };
        }
    }

    /// <summary>Joins rows of smaller glyphs just above or below a line (superscripts, subscripts) to that line.</summary>
    private void MergeScripts(PdfGlyphRun glyphs)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var best = -1;
            var bestOffset = double.MaxValue;
            if (r + 1 < rows.Count)
            {
                var below = rows[r + 1];
                var offset = row.Baseline - below.Baseline;
                if (row.Size < 0.9 * below.Size && offset > 0 && offset <= 0.6 * below.Size && IsScriptOf(glyphs, row, below))
                {
                    best = r + 1;
                    bestOffset = offset / below.Size;
                }
            }

            if (r > 0)
            {
                var above = rows[r - 1];
                var offset = above.Baseline - row.Baseline;
                if (row.Size < 0.9 * above.Size && offset > 0 && offset <= 0.45 * above.Size && IsScriptOf(glyphs, row, above)
                    && offset / above.Size < bestOffset)
                {
                    best = r - 1;
                }
            }

            if (best >= 0)
            {
                rows[r] = row with { Target = rows[best].Target };
            }
        }
    }

    /// <summary>
    /// A script row lies within its line and holds a few glyphs (footnote marks, exponents, indices): a line of
    /// smaller text close under another, or a full line beside a larger heading in the next column, is a line of
    /// its own, however its size and offset compare.
    /// </summary>
    private bool IsScriptOf(PdfGlyphRun glyphs, LayoutRow script, LayoutRow line)
        => script.MinU >= line.MinU - line.Size && script.MaxU <= line.MaxU + line.Size && script.Count <= Math.Max(MaxScriptGlyphs, line.Count / 4)
            && !HasIdeographs(glyphs, script);

    /// <summary>True when the row holds an ideograph: ideographs are not set as super- or subscripts, so such a row is a line.</summary>
    private bool HasIdeographs(PdfGlyphRun glyphs, LayoutRow row)
    {
        for (var k = row.Start; k < row.Start + row.Count; k++)
        {
            if (LayoutScripts.IsIdeographic(glyphs[order[k]].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Drops glyphs drawn again at (almost) the same place to fake bold; returns the kept count.</summary>
    private int DropDuplicates(PdfGlyphRun glyphs, int start, int count)
    {
        var kept = 0;
        for (var k = start; k < start + count; k++)
        {
            var i = order[k];
            var text = glyphs[i].Text;
            var duplicate = false;
            if (!IsBlank(text))
            {
                for (var back = 1; back <= 4 && back <= kept; back++)
                {
                    var j = order[start + kept - back];
                    if (Math.Abs(u[i] - u[j]) <= Math.Max(0.3 * adv[j], 0.05 * size[j])
                        && Math.Abs(v[i] - v[j]) <= 0.15 * size[j]
                        && string.Equals(glyphs[j].Text, text, StringComparison.Ordinal))
                    {
                        duplicate = true;
                        break;
                    }
                }
            }

            if (!duplicate)
            {
                order[start + kept] = i;
                kept++;
            }
        }

        return kept;
    }

    private void EnsureCapacity(int n)
    {
        if (u.Length >= n)
        {
            return;
        }

        var capacity = Math.Max(n, 2 * u.Length);
        u = new double[capacity];
        v = new double[capacity];
        adv = new double[capacity];
        size = new double[capacity];
        space = new double[capacity];
        dirs = new int[capacity];
        order = new int[capacity];
        rowOf = new int[capacity];
        unsorted = new int[capacity];
        gapScratch = new double[capacity];
        sizeScratch = new double[capacity];
    }
}
