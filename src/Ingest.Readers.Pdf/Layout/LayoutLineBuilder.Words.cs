using System.Text;
using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>Line emission: segments joined into lines, words split at gaps, right-to-left runs put in logical order.</summary>
internal sealed partial class LayoutLineBuilder
{
    private void EmitLines(PdfPageGlyphs page, int direction, PdfGlyphRun glyphs, PdfValueList<LayoutFinalRow> finalRows, List<LayoutLine> lines)
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

    private LayoutLine? MakeLine(int pageNumber, int direction, PdfGlyphRun glyphs, int start, int end, double baseline)
    {
        // Lower quartile of the gaps between visible glyphs: the letter spacing of this line (tracking, loose kerning).
        // Not the median: in a line of short words or of ideographs between digits ("2010 年 8 月"), word gaps can be
        // half of all gaps, and a median on a word gap would raise the word threshold above the word gaps themselves.
        var gaps = 0;
        var visible = 0;
        var bold = 0;
        var italic = 0;
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
                gapScratch[gaps++] = u[i] - previousEnd;
            }

            previousEnd = double.IsNaN(previousEnd) ? u[i] + adv[i] : Math.Max(previousEnd, u[i] + adv[i]);
            sizeScratch[visible++] = size[i];
            left = Math.Min(left, u[i]);
            right = Math.Max(right, u[i] + adv[i]);
            maxSize = Math.Max(maxSize, size[i]);
            if (glyphs[i].IsBold)
            {
                bold++;
            }

            if (glyphs[i].IsItalic)
            {
                italic++;
            }

            lastVisible = k;
        }

        if (visible == 0)
        {
            return null;
        }

        var tracking = gaps >= 6 ? PdfSelect.AtRank(gapScratch.AsSpan(0, gaps), (gaps - 1) / 4) : 0;
        var fontSize = PdfSelect.AtRank(sizeScratch.AsSpan(0, visible), (visible - 1) / 2);
        var words = new List<string>();
        word.Clear();
        var pendingBreak = false;
        var spreadHan = IsSpreadHanLine(glyphs, start, end);
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
                if ((pendingBreak || gap > 0) && !spreadHan)
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
            FontSize = fontSize,
            MaxFontSize = maxSize,
            IsBold = bold >= 0.9 * visible,
            IsItalic = italic >= 0.9 * visible,
            CharCount = visible,
        };
    }

    /// <summary>
    /// The widest gap between two glyphs of one word: part of the space width (beyond the line's letter spacing).
    /// Between an ideograph and a letter of another script the letter's space counts: an ideographic font's space is
    /// often half an em or more, far wider than the space that separates a Latin word from the text around it.
    /// </summary>
    private double WordGapThreshold(PdfGlyphRun glyphs, int i, int previous, double tracking)
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
    /// A line (or a cell apart from its neighbours by a gutter) whose characters are all Han ideographs, each standing
    /// alone between spaces, at even gaps of at most <see cref="IdeographSpacingEm"/>: one word spread by typed spaces
    /// ("期 末 数"), since Chinese and Japanese put no spaces between words. Kana, full-width digits and punctuation are
    /// left out: spaced they are separate items ("１ ２ ３"). A line with a run set solid or another script is read
    /// with its spaces ("第 2 节 计算综合").
    /// </summary>
    /// <remarks>
    /// An enumeration of single Han characters with ordinary spaces ("甲 乙 丙 丁") has the same geometry as a
    /// letter-spaced heading (the gap is the width of the space either way), so it cannot be told apart here and is
    /// read as one word.
    /// </remarks>
    private bool IsSpreadHanLine(PdfGlyphRun glyphs, int start, int end)
    {
        var count = 0;
        var spaced = false;
        double previousEnd = double.NaN, minGap = double.MaxValue, maxGap = double.MinValue, em = 0;
        for (var k = start; k < end; k++)
        {
            var i = order[k];
            var text = glyphs[i].Text;
            if (IsBlank(text))
            {
                spaced = true;
                continue;
            }

            if (text == "\u00AD")
            {
                continue;
            }

            if (!LayoutScripts.IsHan(text) || (count > 0 && !spaced))
            {
                return false;
            }

            if (count > 0)
            {
                var gap = u[i] - previousEnd;
                minGap = Math.Min(minGap, gap);
                maxGap = Math.Max(maxGap, gap);
            }

            em = Math.Max(em, size[i]);
            previousEnd = u[i] + adv[i];
            spaced = false;
            count++;
        }

        return count >= 2 && minGap > 0 && maxGap <= IdeographSpacingEm * em && maxGap - minGap <= EvenGapEm * em;
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
}
