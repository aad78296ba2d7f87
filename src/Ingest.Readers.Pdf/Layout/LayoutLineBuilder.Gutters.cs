using System.Buffers;
using System.Text;
using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>Column gutters: row segments cut at wide gaps, kept where whitespace runs down several rows.</summary>
internal sealed partial class LayoutLineBuilder
{
    /// <summary>Cuts each row into segments at every gap wide enough to be a gutter.</summary>
    private void CutSegments(PdfGlyphRun glyphs, PdfValueList<LayoutFinalRow> finalRows)
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
    private void ConfirmGutters(PdfGlyphRun glyphs, PdfValueList<LayoutFinalRow> finalRows)
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
            // A gap after a sentence's end may be a stretched sentence space: it needs a longer run of whitespace.
            var confirmed = width >= GutterCertainEm * em
                || (!wordGaps.IsEvenlySpacedWordGap(a.Row, a.Right, width, em)
                    && ThroughEnoughRows(finalRows, firstOfRow, a, b, em, IsSentenceSpace(glyphs, a, width) ? SentenceGapGutterRows : GutterRows));
            segments[s + 1] = b with { StartsAfterGutter = confirmed };
        }
    }

    private bool ThroughEnoughRows(PdfValueList<LayoutFinalRow> finalRows, int[] firstOfRow, LayoutSegment a, LayoutSegment b, double em, int rows)
        => 1 + Through(finalRows, firstOfRow, a.Row, -1, a.Right, b.Left, em, rows) + Through(finalRows, firstOfRow, a.Row, 1, a.Right, b.Left, em, rows) >= rows;

    /// <summary>True when the gap after <paramref name="segment"/> follows a sentence's end and may be its stretched space.</summary>
    private bool IsSentenceSpace(PdfGlyphRun glyphs, LayoutSegment segment, double width)
        => EndsSentence(glyphs, segment) && wordGaps.MayBeStretchedSentenceSpace(segment.Row, segment.Right, width);

    /// <summary>True when the segment's last visible glyphs close a sentence: '.', '!', '?', ':' or ';', then perhaps a closing quote or bracket.</summary>
    private bool EndsSentence(PdfGlyphRun glyphs, LayoutSegment segment)
    {
        for (var k = segment.End - 1; k >= segment.Start; k--)
        {
            var text = glyphs[order[k]].Text;
            if (IsBlank(text) || text.Length == 0)
            {
                continue;
            }

            var c = text[^1];
            if (c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019')
            {
                continue;
            }

            return c is '.' or '!' or '?' or ':' or ';';
        }

        return false;
    }

    /// <summary>Counts the consecutive rows in one direction, up to <paramref name="limit"/>, whose free space continues the gap [lo, hi].</summary>
    private int Through(PdfValueList<LayoutFinalRow> finalRows, int[] firstOfRow, int row, int step, double lo, double hi, double em, int limit)
    {
        var count = 0;
        var previous = finalRows[row].Baseline;
        for (var r = row + step; r >= 0 && r < finalRows.Count && count < limit; r += step)
        {
            if (Math.Abs(finalRows[r].Baseline - previous) > 3 * em)
            {
                break;
            }

            previous = finalRows[r].Baseline;

            // The free interval of row r overlapping [lo, hi] the most. It counts only when text borders it near the
            // gap; a row whose text lies wholly on one side far away (a row of the other column where baselines
            // alternate, a short heading line) neither counts nor ends the run: it says nothing about this column.
            double freeLo = double.MinValue, bestLo = 0, bestHi = 0, bestWidth = -1;
            var bordered = false;
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

            if (!bordered)
            {
                continue;
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
                    bordered = fLo >= lo - (GutterBorderEm * em) || fHi <= hi + (GutterBorderEm * em);
                }
            }
        }

        return count;
    }
}
