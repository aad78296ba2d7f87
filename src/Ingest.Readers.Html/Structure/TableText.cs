using System.Text;
using AngleSharp.Dom;

namespace Ingest.Readers.Html.Structure;

/// <summary>
/// Tells data tables from layout tables and writes a data table's text in reading order:
/// cells separated by tabs, rows by line feeds.
/// </summary>
internal static class TableText
{
    /// <summary>Whether the table holds data (rather than laying out paragraphs).</summary>
    public static bool IsDataTable(IElement table)
    {
        var role = table.GetAttribute("role");
        if (role is not null && role.Equals("presentation", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rows = 0;
        var maxColumns = 0;
        var columns = 0;
        var hasHeader = false;
        var pending = new Stack<IElement>();
        PushChildren(pending, table);
        while (pending.Count > 0)
        {
            var e = pending.Pop();
            switch (e.TagName)
            {
                case "TABLE" or "P" or "DIV" or "UL" or "OL" or "H1" or "H2" or "H3" or "H4" or "H5" or "H6" or "BLOCKQUOTE" or "PRE":
                    // Paragraphs, lists or tables inside cells: the table lays out a page.
                    return false;
                case "CAPTION" or "THEAD" or "TFOOT" or "TH" or "COLGROUP":
                    hasHeader = true;
                    break;
                case "TR":
                    rows++;
                    maxColumns = Math.Max(maxColumns, columns);
                    columns = 0;
                    break;
                case "TD":
                    columns++;
                    break;
            }

            if (e.TagName is not ("TD" or "TH" or "CAPTION"))
            {
                PushChildren(pending, e);
            }
            else
            {
                if (e.TagName == "TH")
                {
                    columns++;
                }

                PushChildren(pending, e);
            }
        }

        maxColumns = Math.Max(maxColumns, columns);
        if (hasHeader)
        {
            return true;
        }

        return rows > 1 && maxColumns > 1;
    }

    /// <summary>Writes the rows of <paramref name="table"/> (not of tables inside it).</summary>
    public static string Write(IElement table, out string? caption)
    {
        caption = null;
        var text = new StringBuilder();
        var cell = new InlineTextBuffer();
        var pending = new Stack<IElement>();
        PushChildren(pending, table);
        var firstRow = true;
        var firstCell = true;
        while (pending.Count > 0)
        {
            var e = pending.Pop();
            if (HtmlTags.IsNeverRendered(e))
            {
                continue;
            }

            switch (e.TagName)
            {
                case "CAPTION":
                    AppendText(e, cell);
                    caption = cell.Take();
                    continue;
                case "TR":
                    if (!firstRow)
                    {
                        text.Append('\n');
                    }

                    firstRow = false;
                    firstCell = true;
                    PushChildren(pending, e);
                    continue;
                case "TD" or "TH":
                    if (!firstCell)
                    {
                        text.Append('\t');
                    }

                    firstCell = false;
                    AppendText(e, cell);
                    text.Append(cell.Take().Replace('\n', ' '));
                    continue;
                case "TABLE":
                    continue;
                default:
                    PushChildren(pending, e);
                    continue;
            }
        }

        return text.ToString().Trim('\n');
    }

    /// <summary>Appends the rendered text inside <paramref name="element"/> to <paramref name="buffer"/>.</summary>
    public static void AppendText(IElement element, InlineTextBuffer buffer)
    {
        var pending = new Stack<INode>();
        for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push(child);
        }

        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is IText text)
            {
                buffer.Append(text.Data);
            }
            else if (node is IElement e && !HtmlTags.IsNeverRendered(e))
            {
                if (e.TagName == "BR" || HtmlTags.IsBlock(e))
                {
                    buffer.Space();
                }

                for (var child = e.LastChild; child is not null; child = child.PreviousSibling)
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static void PushChildren(Stack<IElement> pending, IElement element)
    {
        for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
        {
            pending.Push(child);
        }
    }
}
