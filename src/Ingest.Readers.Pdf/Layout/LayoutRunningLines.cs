using System.Text;
using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// Finds running headers, footers and page numbers: lines among the outermost rows at the top or bottom of
/// their page whose text (digits and roman numerals folded, so "Page 3" matches "Page 4") recurs at about the
/// same height on at least half of the pages; a lone page number at the page edge counts even on its own.
/// </summary>
internal static class LayoutRunningLines
{
    /// <summary>The share of the page height at the top and bottom where running lines can be.</summary>
    public const double Band = 0.15;

    /// <summary>The most parts (left, centre, right) a running title's row has.</summary>
    private const int MaxRunningParts = 3;

    /// <summary>How many outermost rows at each edge are considered.</summary>
    private const int EdgeRows = 2;

    /// <summary>Sets <see cref="LayoutLine.Role"/> of running lines to page header or footer.</summary>
    public static void Mark(IReadOnlyList<PdfPageGlyphs> pages, List<LayoutLine>[] pageLines)
    {
        var candidates = new PdfValueList<LayoutEdgeCandidate>();
        var pagesWithText = 0;
        for (var p = 0; p < pages.Count; p++)
        {
            var lines = pageLines[p];
            if (lines.Count == 0)
            {
                continue;
            }

            pagesWithText++;
            var height = pages[p].Height;
            if (!double.IsFinite(height) || height <= 0)
            {
                continue;
            }

            AddEdge(candidates, p, lines, height, top: true);
            AddEdge(candidates, p, lines, height, top: false);
        }

        var needed = Math.Max(2, (int)Math.Ceiling(0.5 * pagesWithText));
        // Header and footer candidates by their text, apart (two string-keyed tables rather than one keyed by a tuple,
        // whose dictionary code ReadyToRun cannot precompile).
        var topByKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var bottomByKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var c = 0; c < candidates.Count; c++)
        {
            var byKey = candidates[c].Top ? topByKey : bottomByKey;
            if (!byKey.TryGetValue(candidates[c].Key, out var same))
            {
                byKey[candidates[c].Key] = same = [];
            }

            same.Add(c);
        }

        var seenPages = new HashSet<int>();
        foreach (var candidate in candidates.AsSpan())
        {
            var isPageNumber = IsPageNumber(candidate.Line, pages[candidate.Page].PageNumber) && IsOutermost(pageLines[candidate.Page], candidate.Line, candidate.Top);
            var repeated = false;
            var same = (candidate.Top ? topByKey : bottomByKey)[candidate.Key];
            if (same.Count >= needed)
            {
                seenPages.Clear();
                var tolerance = Math.Max(2, 0.5 * candidate.Line.FontSize);
                foreach (var o in same)
                {
                    var other = candidates[o];
                    if (Math.Abs(other.Line.Baseline - candidate.Line.Baseline) <= tolerance)
                    {
                        seenPages.Add(other.Page);
                    }
                }

                repeated = seenPages.Count >= needed;
            }

            // A row of more than three cells is a table's header row repeated on each page, which is content; running
            // titles have at most a left, a centre and a right part.
            repeated = repeated && CellsInRow(pageLines[candidate.Page], candidate.Line) <= MaxRunningParts;
            if (repeated || isPageNumber)
            {
                candidate.Line.Role = candidate.Top ? BlockKind.PageHeader : BlockKind.PageFooter;
            }

            if (isPageNumber)
            {
                LayoutRunningTitles.MarkPageNumberRow(pageLines[candidate.Page], candidate.Line, candidate.Line.Role);
            }
        }

        var firstWithText = Array.FindIndex(pageLines, lines => lines.Count > 0);
        for (var p = Math.Max(firstWithText, 0); p < pageLines.Length; p++)
        {
            LayoutRunningTitles.MarkLoneHeader(pageLines[p], pages[p].Height, firstPage: p == firstWithText);
            if (pagesWithText == 1)
            {
                LayoutRunningTitles.MarkLoneFooter(pageLines[p], pages[p].Height);
            }
        }
    }

    private static void AddEdge(PdfValueList<LayoutEdgeCandidate> candidates, int page, List<LayoutLine> lines, double height, bool top)
    {
        // Only upright text: running lines are written across the page.
        var rowsTaken = 0;
        var lastBaseline = double.NaN;
        var ordered = new List<LayoutLine>();
        foreach (var line in lines)
        {
            if (line.Direction == 0)
            {
                ordered.Add(line);
            }
        }

        ordered.Sort((a, b) => top ? b.Baseline.CompareTo(a.Baseline) : a.Baseline.CompareTo(b.Baseline));
        foreach (var line in ordered)
        {
            if (!(top ? line.Bottom >= height * (1 - Band) : line.Top <= height * Band))
            {
                break;
            }

            if (double.IsNaN(lastBaseline) || Math.Abs(line.Baseline - lastBaseline) > 0.3 * line.FontSize)
            {
                if (++rowsTaken > EdgeRows)
                {
                    break;
                }

                lastBaseline = line.Baseline;
            }

            candidates.Add(new LayoutEdgeCandidate(page, line, top, Key(line)));
        }
    }

    /// <summary>How many upright lines share the baseline of <paramref name="line"/> on its page.</summary>
    private static int CellsInRow(List<LayoutLine> lines, LayoutLine line)
    {
        var count = 0;
        var tolerance = 0.3 * line.FontSize;
        foreach (var other in lines)
        {
            count += other.Direction == 0 && Math.Abs(other.Baseline - line.Baseline) <= tolerance ? 1 : 0;
        }

        return count;
    }

    private static bool IsOutermost(List<LayoutLine> lines, LayoutLine line, bool top)
    {
        foreach (var other in lines)
        {
            if (other != line && other.Direction == 0 && (top ? other.Baseline > line.Baseline + 1 : other.Baseline < line.Baseline - 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The line's text, case-folded, spaces dropped, numbers (arabic or roman) folded to '#'.</summary>
    private static string Key(LayoutLine line)
    {
        var key = new StringBuilder();
        foreach (var word in line.Words)
        {
            if (IsRoman(word))
            {
                key.Append('#');
                continue;
            }

            var inNumber = false;
            foreach (var c in word)
            {
                if (char.IsDigit(c))
                {
                    if (!inNumber)
                    {
                        key.Append('#');
                    }

                    inNumber = true;
                    continue;
                }

                inNumber = false;
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    /// <summary>"7", "- 7 -", "Page 7", "7 of 12", "7/12", "vii": a line that is only a page number.</summary>
    private static bool IsPageNumber(LayoutLine line, int pageNumber)
    {
        var numbers = 0;
        var matchesPage = false;
        foreach (var word in line.Words)
        {
            var core = LayoutHyphenation.Core(word);
            if (core.Length == 0)
            {
                continue;
            }

            if (int.TryParse(core, out var value))
            {
                numbers++;
                matchesPage |= value == pageNumber;
            }
            else if (core.Contains('/') && core.IndexOf('/') is var slash && int.TryParse(core[..slash], out var part))
            {
                numbers++;
                matchesPage |= part == pageNumber;
            }
            else if (!core.Equals("page", StringComparison.OrdinalIgnoreCase) && !core.Equals("of", StringComparison.OrdinalIgnoreCase)
                && !core.Equals("p", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return numbers is 1 or 2 && matchesPage;
    }

    private static bool IsRoman(string word)
    {
        if (word.Length == 0 || word.Length > 6)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c is not ('i' or 'v' or 'x' or 'l' or 'c' or 'I' or 'V' or 'X' or 'L' or 'C'))
            {
                return false;
            }
        }

        return true;
    }
}
