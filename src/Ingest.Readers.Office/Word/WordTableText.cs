using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ingest.Readers.Office.Word;

/// <summary>
/// A Word table as <see cref="BlockKind.Table"/> text: rows separated by line feeds, cells by tabs. A cell merged
/// across columns (<c>gridSpan</c>) is written once followed by an empty cell for each further column it spans, and
/// the continuation of a vertical merge (<c>vMerge</c>) is an empty cell, so every row keeps the grid's columns.
/// Line breaks and tabs inside a cell become spaces.
/// </summary>
internal static class WordTableText
{
    public static string Render(Table table, StringBuilder scratch)
    {
        var text = new StringBuilder();
        foreach (var row in table.Elements<TableRow>())
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            var first = true;
            foreach (var cell in row.Elements<TableCell>())
            {
                if (!first)
                {
                    text.Append('\t');
                }

                first = false;
                var properties = cell.TableCellProperties;
                var continuation = properties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                if (!continuation)
                {
                    AppendCell(WordText.OfParagraphs(cell, scratch, ' '), text);
                }

                var span = properties?.GridSpan?.Val?.Value ?? 1;
                text.Append('\t', Math.Clamp(span, 1, 64) - 1);
            }
        }

        return text.ToString();
    }

    private static void AppendCell(string cell, StringBuilder text)
    {
        foreach (var c in cell)
        {
            text.Append(c is '\t' or '\n' or '\r' ? ' ' : c);
        }
    }
}
