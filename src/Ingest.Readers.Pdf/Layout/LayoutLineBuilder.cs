using System.Buffers;
using System.Text;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// Turns the glyphs of one page into lines of words: glyphs are grouped by writing direction, sorted once into
/// baseline rows (super- and subscripts joined to their line), drawn-twice glyphs dropped, rows cut at column
/// gutters confirmed by whitespace running down several rows, and words split where a gap is wider than the
/// font's space allows.
/// </summary>
internal sealed class LayoutLineBuilder
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

    /// <summary>How many rows (including its own) a gutter's whitespace must run through.</summary>
    private const int GutterRows = 3;

    private double[] u = [];
    private double[] v = [];
    private double[] adv = [];
    private double[] size = [];
    private double[] space = [];
    private int[] dirs = [];
    private int[] order = [];
    private int[] rowOf = [];
    private readonly List<LayoutRow> rows = [];
    private readonly List<LayoutSegment> segments = [];
    private readonly LayoutWordGaps wordGaps = new();
    private readonly StringBuilder word = new();

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
        var directionCounts = new Dictionary<int, int>();
        for (var i = 0; i < n; i++)
        {
            var d = Direction(glyphs[i].Angle);
            dirs[i] = d;
            directionCounts[d] = directionCounts.GetValueOrDefault(d) + 1;
        }

        // The dominant direction first, so that its lines come first in the page's reading order.
        var directions = new List<KeyValuePair<int, int>>(directionCounts);
        directions.Sort((a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key));
        foreach (var direction in directions)
        {
            BuildDirection(page, direction.Key, lines);
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

        var uu = u;
        var vv = v;
        Array.Sort(order, 0, m, Comparer<int>.Create((a, b) =>
        {
            var c = vv[b].CompareTo(vv[a]);
            return c != 0 ? c : uu[a].CompareTo(uu[b]);
        }));

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

        Array.Sort(order, 0, m, Comparer<int>.Create((a, b) =>
        {
            var c = rowIndex[a].CompareTo(rowIndex[b]);
            return c != 0 ? c : uu[a].CompareTo(uu[b]);
        }));

        var finalRows = new List<(int Start, int Count, double Baseline)>();
        for (var k = 0; k < m;)
        {
            var r = rowIndex[order[k]];
            var start = k;
            while (k < m && rowIndex[order[k]] == r)
            {
                k++;
            }

            var count = DropDuplicates(glyphs, start, k - start);
            finalRows.Add((start, count, rows[r].Baseline));
        }

        CutSegments(glyphs, finalRows);
        ConfirmGutters(finalRows);
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
    private void MergeScripts(IReadOnlyList<PdfGlyph> glyphs)
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
    private bool IsScriptOf(IReadOnlyList<PdfGlyph> glyphs, LayoutRow script, LayoutRow line)
        => script.MinU >= line.MinU - line.Size && script.MaxU <= line.MaxU + line.Size && script.Count <= Math.Max(MaxScriptGlyphs, line.Count / 4)
            && !HasIdeographs(glyphs, script);

    /// <summary>True when the row holds an ideograph: ideographs are not set as super- or subscripts, so such a row is a line.</summary>
    private bool HasIdeographs(IReadOnlyList<PdfGlyph> glyphs, LayoutRow row)
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
    private int DropDuplicates(IReadOnlyList<PdfGlyph> glyphs, int start, int count)
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

    /// <summary>Cuts each row into segments at every gap wide enough to be a gutter.</summary>
    private void CutSegments(IReadOnlyList<PdfGlyph> glyphs, List<(int Start, int Count, double Baseline)> finalRows)
    {
        segments.Clear();
        wordGaps.Clear();
        for (var r = 0; r < finalRows.Count; r++)
        {
            var (start, count, _) = finalRows[r];
            var segStart = -1;
            double left = 0, right = 0, em = 0, lastSize = 0;
            for (var k = start; k < start + count; k++)
            {
                var i = order[k];
                if (IsBlank(glyphs[i].Text))
                {
                    continue;
                }

                if (segStart >= 0 && u[i] - right >= LayoutWordGaps.MinWordGapEm * Math.Max(em, size[i]))
                {
                    wordGaps.Add(r, right, u[i] - right);
                }

                // Measured in the smaller of the two sizes beside it: a gutter is as wide as the body text's, so a
                // larger heading running up to it does not widen what counts as one.
                if (segStart >= 0 && u[i] - right >= GutterCandidateEm * Math.Min(lastSize, size[i]))
                {
                    segments.Add(new LayoutSegment(r, segStart, k, left, right, em, true));
                    segStart = -1;
                }

                if (segStart < 0)
                {
                    segStart = k;
                    left = u[i];
                    right = u[i] + adv[i];
                    em = size[i];
                }
                else
                {
                    right = Math.Max(right, u[i] + adv[i]);
                    em = Math.Max(em, size[i]);
                }

                lastSize = size[i];
            }

            if (segStart >= 0)
            {
                segments.Add(new LayoutSegment(r, segStart, start + count, left, right, em, true));
            }
        }
    }

    /// <summary>
    /// Keeps a cut between two segments of a row only when the whitespace between them runs through enough
    /// neighbouring rows (a column gutter) or is very wide; a wide gap in one justified line is not a gutter.
    /// </summary>
    private void ConfirmGutters(List<(int Start, int Count, double Baseline)> finalRows)
    {
        var firstOfRow = new int[finalRows.Count + 1];
        Array.Fill(firstOfRow, -1);
        for (var s = segments.Count - 1; s >= 0; s--)
        {
            firstOfRow[segments[s].Row] = s;
        }

        for (var s = 0; s + 1 < segments.Count; s++)
        {
            var a = segments[s];
            var b = segments[s + 1];
            if (a.Row != b.Row)
            {
                continue;
            }

            var em = Math.Max(a.Em, b.Em);
            var width = b.Left - a.Right;
            // A justified line spreads its slack evenly over its word spaces: a wide gap as wide as the row's other
            // word gaps is a word space, whatever the rows around it show (rivers of white are not gutters).
            var confirmed = width >= GutterCertainEm * em
                || (!wordGaps.IsEvenlySpacedWordGap(a.Row, a.Right, width, em) && ThroughEnoughRows(finalRows, firstOfRow, a, b, em));
            segments[s + 1] = b with { StartsAfterGutter = confirmed };
        }
    }

    private bool ThroughEnoughRows(List<(int Start, int Count, double Baseline)> finalRows, int[] firstOfRow, LayoutSegment a, LayoutSegment b, double em)
        => 1 + Through(finalRows, firstOfRow, a.Row, -1, a.Right, b.Left, em) + Through(finalRows, firstOfRow, a.Row, 1, a.Right, b.Left, em) >= GutterRows;

    /// <summary>Counts the consecutive rows in one direction whose free space continues the gap [lo, hi].</summary>
    private int Through(List<(int Start, int Count, double Baseline)> finalRows, int[] firstOfRow, int row, int step, double lo, double hi, double em)
    {
        var count = 0;
        var previous = finalRows[row].Baseline;
        for (var r = row + step; r >= 0 && r < finalRows.Count && count < GutterRows; r += step)
        {
            if (Math.Abs(finalRows[r].Baseline - previous) > 3 * em)
            {
                break;
            }

            previous = finalRows[r].Baseline;

            // The free interval of row r overlapping [lo, hi] the most.
            double freeLo = double.MinValue, bestLo = 0, bestHi = 0, bestWidth = -1;
            var s = firstOfRow[r];
            for (; s >= 0 && s < segments.Count && segments[s].Row == r; s++)
            {
                Consider(freeLo, segments[s].Left);
                freeLo = segments[s].Right;
            }

            Consider(freeLo, double.MaxValue);
            if (bestWidth < 0.4 * em)
            {
                break;
            }

            lo = bestLo;
            hi = bestHi;
            count++;

            void Consider(double fLo, double fHi)
            {
                var iLo = Math.Max(fLo, lo);
                var iHi = Math.Min(fHi, hi);
                if (iHi - iLo > bestWidth)
                {
                    bestWidth = iHi - iLo;
                    bestLo = iLo;
                    bestHi = iHi;
                }
            }
        }

        return count;
    }

    private void EmitLines(PdfPageGlyphs page, int direction, IReadOnlyList<PdfGlyph> glyphs, List<(int Start, int Count, double Baseline)> finalRows, List<LayoutLine> lines)
    {
        for (var s = 0; s < segments.Count;)
        {
            var first = segments[s];
            var end = first.End;
            var e = s + 1;
            while (e < segments.Count && segments[e].Row == first.Row && !segments[e].StartsAfterGutter)
            {
                end = segments[e].End;
                e++;
            }

            // A segment's glyph range starts at its first visible glyph; blanks before it belong to the previous one.
            var line = MakeLine(page.PageNumber, direction, glyphs, first.Start, end, finalRows[first.Row].Baseline);
            if (line is not null)
            {
                line.Row = first.Row;
                lines.Add(line);
            }

            s = e;
        }
    }

    private LayoutLine? MakeLine(int pageNumber, int direction, IReadOnlyList<PdfGlyph> glyphs, int start, int end, double baseline)
    {
        // Lower quartile of the gaps between visible glyphs: the letter spacing of this line (tracking, loose kerning).
        // Not the median: in a line of short words or of ideographs between digits ("2010 年 8 月"), word gaps can be
        // half of all gaps, and a median on a word gap would raise the word threshold above the word gaps themselves.
        var gapBuffer = ArrayPool<double>.Shared.Rent(end - start);
        var sizeBuffer = ArrayPool<double>.Shared.Rent(end - start);
        try
        {
            var gaps = 0;
            var visible = 0;
            var bold = 0;
            var lastVisible = -1;
            double previousEnd = double.NaN, left = double.MaxValue, right = double.MinValue, maxSize = 0;
            for (var k = start; k < end; k++)
            {
                var i = order[k];
                var text = glyphs[i].Text;
                if (IsBlank(text) || text == "\u00AD")
                {
                    continue;
                }

                if (!double.IsNaN(previousEnd))
                {
                    gapBuffer[gaps++] = u[i] - previousEnd;
                }

                previousEnd = double.IsNaN(previousEnd) ? u[i] + adv[i] : Math.Max(previousEnd, u[i] + adv[i]);
                sizeBuffer[visible++] = size[i];
                left = Math.Min(left, u[i]);
                right = Math.Max(right, u[i] + adv[i]);
                maxSize = Math.Max(maxSize, size[i]);
                if (glyphs[i].IsBold)
                {
                    bold++;
                }

                lastVisible = k;
            }

            if (visible == 0)
            {
                return null;
            }

            double tracking = 0;
            if (gaps >= 6)
            {
                Array.Sort(gapBuffer, 0, gaps);
                tracking = gapBuffer[(gaps - 1) / 4];
            }

            Array.Sort(sizeBuffer, 0, visible);
            var words = new List<string>();
            word.Clear();
            var pendingBreak = false;
            var blankCenter = double.MaxValue;
            previousEnd = double.NaN;
            var previous = -1;
            var trailingSoftHyphen = false;
            for (var k = start; k < end; k++)
            {
                var i = order[k];
                var text = glyphs[i].Text;
                if (IsBlank(text))
                {
                    // A space counts where it is drawn between the letters; one drawn over a letter (a table cell's
                    // padding run overlapping the number beside it) separates nothing.
                    var center = u[i] + (0.5 * adv[i]);
                    if (previous < 0 || center >= previousEnd - (BlankInsideEm * size[i]))
                    {
                        pendingBreak = true;
                        blankCenter = Math.Min(blankCenter, center);
                    }

                    continue;
                }

                if (text == "\u00AD")
                {
                    trailingSoftHyphen = k > lastVisible;
                    continue;
                }

                if (previous >= 0)
                {
                    var gap = u[i] - previousEnd;
                    if (pendingBreak || gap > 0)
                    {
                        var threshold = WordGapThreshold(glyphs, i, previous, tracking);
                        // A space glyph between letters whose boxes overlap (kerned together) only positions them: no
                        // word space lets letters overlap, so the geometry decides (Ghostscript draws "NATO" as "AT O").
                        var spaceBetween = pendingBreak && gap > -KernedOverlapEm * size[i] && blankCenter <= u[i] + (BlankInsideEm * size[i]);
                        if (spaceBetween || gap > threshold)
                        {
                            Flush(words);
                        }
                    }
                }

                pendingBreak = false;
                blankCenter = double.MaxValue;
                AppendVisible(text);
                previousEnd = previous < 0 ? u[i] + adv[i] : Math.Max(previousEnd, u[i] + adv[i]);
                previous = i;
            }

            if (trailingSoftHyphen)
            {
                word.Append('\u00AD');
            }

            Flush(words);
            if (words.Count == 0)
            {
                return null;
            }

            ToLogicalOrder(words);

            return new LayoutLine(pageNumber, direction, words)
            {
                Left = left,
                Right = right,
                Baseline = baseline,
                FontSize = sizeBuffer[(visible - 1) / 2],
                MaxFontSize = maxSize,
                IsBold = bold >= 0.9 * visible,
                CharCount = visible,
            };
        }
        finally
        {
            ArrayPool<double>.Shared.Return(gapBuffer);
            ArrayPool<double>.Shared.Return(sizeBuffer);
        }
    }

    /// <summary>
    /// The widest gap between two glyphs of one word: part of the space width (beyond the line's letter spacing).
    /// Between an ideograph and a letter of another script the letter's space counts: an ideographic font's space is
    /// often half an em or more, far wider than the space that separates a Latin word from the text around it.
    /// </summary>
    private double WordGapThreshold(IReadOnlyList<PdfGlyph> glyphs, int i, int previous, double tracking)
    {
        var sw = Math.Max(space[i], space[previous]);
        var ideographBefore = LayoutScripts.IsIdeographic(glyphs[previous].Text);
        if (ideographBefore != LayoutScripts.IsIdeographic(glyphs[i].Text))
        {
            sw = ideographBefore ? space[i] : space[previous];
        }

        return Math.Max(0.08 * Math.Max(size[i], size[previous]), Math.Clamp(tracking, 0, 0.5 * sw) + (0.4 * sw));
    }

    /// <summary>
    /// Glyphs are placed left to right; a line written mostly in a right-to-left script (Hebrew, Arabic) is read
    /// right to left, so its words are reversed, and so are the letters of its right-to-left words (numbers and
    /// Latin words inside keep their order).
    /// </summary>
    private static void ToLogicalOrder(List<string> words)
    {
        int rtl = 0, ltr = 0;
        foreach (var w in words)
        {
            foreach (var c in w)
            {
                if (IsRightToLeft(c))
                {
                    rtl++;
                }
                else if (char.IsLetter(c))
                {
                    ltr++;
                }
            }
        }

        if (rtl <= ltr)
        {
            return;
        }

        words.Reverse();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var hasRtl = false;
            foreach (var c in w)
            {
                hasRtl |= IsRightToLeft(c);
            }

            if (hasRtl)
            {
                words[i] = string.Create(w.Length, w, static (span, source) =>
                {
                    for (var k = 0; k < source.Length; k++)
                    {
                        span[k] = Mirror(source[source.Length - 1 - k]);
                    }
                });
            }
        }
    }

    private static bool IsRightToLeft(char c) => c is (>= '\u0590' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFC');

    /// <summary>Brackets drawn in visual order turn around when the text is reversed.</summary>
    private static char Mirror(char c) => c switch
    {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '<' => '>',
        '>' => '<',
        _ => c,
    };

    private void AppendVisible(string text)
    {
        foreach (var c in text)
        {
            // Soft hyphens inside a glyph's text and control characters are not part of the word.
            if (c != '\u00AD' && !char.IsControl(c))
            {
                word.Append(c);
            }
        }
    }

    private void Flush(List<string> words)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }

    /// <summary>True for glyphs that draw nothing readable: spaces (fake spaces included) and empty text.</summary>
    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return text.Length > 0;
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
    }
}
