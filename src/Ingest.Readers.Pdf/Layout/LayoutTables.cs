using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// Finds tables so they are kept together: runs of at least three consecutive rows that are each cut into
/// several short cells by gutters, with the cells of neighbouring rows lining up. Two columns of running text
/// are not a table: their lines are longer than table cells.
/// </summary>
internal static class LayoutTables
{
    /// <summary>Cells longer than this (visible characters) are running text, not table cells.</summary>
    private const int MaxCellChars = 40;

    /// <summary>In rows of only two cells, cells longer than this are more likely two columns of text.</summary>
    private const int MaxPairCellChars = 20;

    /// <summary>The fewest rows a table has.</summary>
    private const int MinRows = 3;

    /// <summary>Takes the lines of tables out of <paramref name="lines"/> (sorted top down) and returns one block per table.</summary>
    public static List<LayoutBlockDraft> Extract(List<LayoutLine> lines)
    {
        var tables = new List<LayoutBlockDraft>();
        var rows = new PdfValueList<LayoutLineSpan>();
        for (var i = 0; i < lines.Count;)
        {
            var start = i;
            while (i < lines.Count && lines[i].Row == lines[start].Row)
            {
                i++;
            }

            rows.Add(new LayoutLineSpan(start, i - start));
        }

        var taken = new bool[lines.Count];
        var any = false;
        for (var r = 0; r < rows.Count;)
        {
            if (!IsTabular(lines, rows[r]))
            {
                r++;
                continue;
            }

            var end = r + 1;
            while (end < rows.Count && IsTabular(lines, rows[end]) && Follows(lines, rows[end - 1], rows[end]))
            {
                end++;
            }

            if (end - r >= MinRows)
            {
                LayoutBlockDraft? table = null;
                for (var k = r; k < end; k++)
                {
                    var (start, count) = rows[k];
                    for (var j = start; j < start + count; j++)
                    {
                        if (table is null)
                        {
                            table = new LayoutBlockDraft(lines[j], BlockKind.Table);
                        }
                        else
                        {
                            table.AddBeside(lines[j]);
                        }

                        taken[j] = true;
                        any = true;
                    }
                }

                tables.Add(table!);
            }

            r = end;
        }

        if (any)
        {
            var kept = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                if (!taken[i])
                {
                    lines[kept++] = lines[i];
                }
            }

            lines.RemoveRange(kept, lines.Count - kept);
        }

        return tables;
    }

    private static bool IsTabular(List<LayoutLine> lines, LayoutLineSpan row)
    {
        if (row.Count < 2)
        {
            return false;
        }

        for (var j = row.Start; j < row.Start + row.Count; j++)
        {
            if (lines[j].CharCount > (row.Count == 2 ? MaxPairCellChars : MaxCellChars))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="below"/> is the next row under <paramref name="above"/> and at least two of their cells line up.</summary>
    private static bool Follows(List<LayoutLine> lines, LayoutLineSpan above, LayoutLineSpan below)
    {
        var a = lines[above.Start];
        var b = lines[below.Start];
        if (a.Baseline - b.Baseline > 3 * Math.Max(a.MaxFontSize, b.MaxFontSize))
        {
            return false;
        }

        var aligned = 0;
        for (var j = below.Start; j < below.Start + below.Count; j++)
        {
            for (var k = above.Start; k < above.Start + above.Count; k++)
            {
                if (Math.Min(lines[j].Right, lines[k].Right) - Math.Max(lines[j].Left, lines[k].Left) > 0)
                {
                    aligned++;
                    break;
                }
            }
        }

        return aligned >= 2;
    }
}
