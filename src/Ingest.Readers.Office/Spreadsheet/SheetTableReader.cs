using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ingest.Readers.Office.Spreadsheet;

/// <summary>
/// Streams one worksheet with <see cref="OpenXmlReader"/> (the sheet's DOM is never built) into table text: a line
/// per non-empty row, cells separated by tabs and placed by their column reference, so gaps keep columns aligned.
/// Values are shared and inline strings, <c>TRUE</c>/<c>FALSE</c>, error codes, and numbers as their number format
/// shows them (see <see cref="CellNumberFormats"/>). Stops after the row limit.
/// </summary>
internal sealed class SheetTableReader
{
    // A column jump larger than this is damage, not layout; the cell is then written next to the previous one.
    private const int MaxColumnGap = 1024;

    private readonly List<string> _sharedStrings;
    private readonly CellNumberFormats _formats;
    private readonly int _maxRows;
    private readonly StringBuilder _row = new();
    private readonly StringBuilder _value = new();

    public SheetTableReader(List<string> sharedStrings, int maxRows, CellNumberFormats? formats = null)
    {
        _formats = formats ?? CellNumberFormats.None;
        _sharedStrings = sharedStrings;
        _maxRows = maxRows;
    }

    public long Cells { get; private set; }

    public bool Truncated { get; private set; }

    public int BadReferences { get; private set; }

    public void Read(WorksheetPart sheet, StringBuilder table, CancellationToken cancellationToken)
    {
        Truncated = false;
        var rows = 0;
        using var reader = OpenXmlReader.Create(sheet);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            if (++rows > _maxRows)
            {
                Truncated = true;
                return;
            }

            if ((rows & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            ReadRow(reader);
            if (_row.Length > 0)
            {
                if (table.Length > 0)
                {
                    table.Append('\n');
                }

                table.Append(_row);
            }
        }
    }

    private void ReadRow(OpenXmlReader reader)
    {
        _row.Clear();
        var depth = reader.Depth;
        var column = 0;
        var next = 1;
        string? type = null;
        var style = 0;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.ElementType == typeof(Cell))
            {
                if (reader.IsStartElement)
                {
                    (column, type, style) = CellAttributes(reader, next);
                    _value.Clear();
                }
                else
                {
                    next = WriteCell(column, next, type, style);
                }
            }
            else if (reader.IsStartElement && reader.ElementType == typeof(CellValue))
            {
                _value.Append(reader.GetText());
            }
            else if (reader.IsStartElement && reader.ElementType == typeof(InlineString))
            {
                SharedStrings.AppendItem(reader, _value);
            }
        }
    }

    private static (int Column, string? Type, int Style) CellAttributes(OpenXmlReader reader, int next)
    {
        var column = next;
        string? type = null;
        var style = 0;
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == "r")
            {
                column = ColumnOf(attribute.Value, next);
            }
            else if (attribute.LocalName == "t")
            {
                type = attribute.Value;
            }
            else if (attribute.LocalName == "s")
            {
                style = int.TryParse(attribute.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 0;
            }
        }

        return (column, type, style);
    }

    /// <summary>Writes a non-empty cell after tabs for the columns since the last one; returns the next expected column.</summary>
    private int WriteCell(int column, int next, string? type, int style)
    {
        if (_value.Length == 0)
        {
            return column + 1;
        }

        var text = Resolve(type, style);
        if (text.Length == 0)
        {
            return column + 1;
        }

        Cells++;
        var written = _row.Length == 0 ? 1 : next;
        var gap = column - written;
        if (gap is < 0 or > MaxColumnGap)
        {
            BadReferences++;
            gap = 0;
            column = written;
        }

        if (_row.Length > 0 || gap > 0)
        {
            _row.Append('\t', gap + (_row.Length > 0 ? 1 : 0));
        }

        foreach (var c in text)
        {
            _row.Append(c is '\t' or '\n' or '\r' ? ' ' : c);
        }

        return column + 1;
    }

    private string Resolve(string? type, int style)
    {
        switch (type)
        {
            case "s":
                var raw = _value.ToString();
                return int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                    && index < _sharedStrings.Count ? _sharedStrings[index] : string.Empty;
            case "b":
                return _value.Length == 1 && _value[0] == '1' ? "TRUE" : "FALSE";
            case null or "n":
                // A number as its cell style shows it (a date, a percentage), else as stored.
                return _formats.Render(_value.ToString().Trim(), style);
            default:
                return _value.ToString().Trim();
        }
    }

    /// <summary>The 1-based column of a cell reference such as <c>AB12</c>; <paramref name="fallback"/> when it has none.</summary>
    private static int ColumnOf(string? reference, int fallback)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return fallback;
        }

        var column = 0;
        foreach (var c in reference)
        {
            var letter = c | 0x20;
            if (letter is < 'a' or > 'z' || column > 1_000_000)
            {
                break;
            }

            column = (column * 26) + (letter - 'a' + 1);
        }

        return column == 0 ? fallback : column;
    }
}
