using System.Text;

namespace Ingest.Rendering;

/// <summary>Writes a table block (rows by line feeds, cells by tabs, the first row the header) as a pipe table.</summary>
internal static class MarkdownTableWriter
{
    public static void Write(StringBuilder output, ReadOnlySpan<char> table)
    {
        var columns = 0;
        var rest = table;
        while (NextRow(ref rest, out var row))
        {
            columns = Math.Max(columns, row.Count('\t') + 1);
        }

        var first = true;
        rest = table;
        while (NextRow(ref rest, out var row))
        {
            if (!first)
            {
                output.Append('\n');
            }

            WriteRow(output, row, columns);
            if (first)
            {
                output.Append('\n');
                WriteDelimiter(output, columns);
                first = false;
            }
        }
    }

    /// <summary>Takes the next non-blank line of <paramref name="rest"/>.</summary>
    internal static bool NextRow(ref ReadOnlySpan<char> rest, out ReadOnlySpan<char> row)
    {
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\n');
            row = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            if (!row.IsWhiteSpace())
            {
                return true;
            }
        }

        row = default;
        return false;
    }

    private static void WriteRow(StringBuilder output, ReadOnlySpan<char> row, int columns)
    {
        output.Append('|');
        var written = 0;
        while (true)
        {
            var tab = row.IndexOf('\t');
            var cell = tab < 0 ? row : row[..tab];
            output.Append(' ');
            MarkdownEscaper.AppendInline(output, cell);
            output.Append(" |");
            written++;
            if (tab < 0)
            {
                break;
            }

            row = row[(tab + 1)..];
        }

        // Short rows are padded so every row has the header's cell count.
        for (; written < columns; written++)
        {
            output.Append("  |");
        }
    }

    private static void WriteDelimiter(StringBuilder output, int columns)
    {
        output.Append('|');
        for (var i = 0; i < columns; i++)
        {
            output.Append(" --- |");
        }
    }
}
