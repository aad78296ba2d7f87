using System.Text;

namespace Ingest.Readers.Csv;

/// <summary>
/// Splits delimited text into records (RFC 4180): fields separated by the delimiter, quoted fields with doubled quotes
/// and embedded line breaks, records ended by CR, LF or CRLF. Tabs and line breaks inside a field become spaces so the
/// table text keeps its shape.
/// </summary>
internal sealed class CsvTokenizer
{
    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly int _maxField;
    private readonly StringBuilder _field = new();

    public CsvTokenizer(TextReader reader, char delimiter, int maxField)
    {
        _reader = reader;
        _delimiter = delimiter;
        _maxField = maxField;
    }

    public bool UnterminatedQuote { get; private set; }

    public bool FieldTruncated { get; private set; }

    /// <summary>Reads the next record into <paramref name="fields"/>; false at the end of the input.</summary>
    public bool ReadRecord(List<string> fields)
    {
        fields.Clear();
        var c = _reader.Read();
        if (c < 0)
        {
            return false;
        }

        while (true)
        {
            c = ReadField(c, out var ended);
            fields.Add(_field.ToString());
            if (ended || c < 0)
            {
                return true;
            }

            c = _reader.Read();
        }
    }

    /// <summary>Reads one field starting with <paramref name="c"/>; returns the character after it (delimiter or end).</summary>
    private int ReadField(int c, out bool endOfRecord)
    {
        _field.Clear();
        endOfRecord = false;
        if (c == '"')
        {
            c = ReadQuoted();
        }

        while (c >= 0 && c != _delimiter)
        {
            if (c is '\r' or '\n')
            {
                if (c == '\r' && _reader.Peek() == '\n')
                {
                    _reader.Read();
                }

                endOfRecord = true;
                return c;
            }

            Append((char)c);
            c = _reader.Read();
        }

        endOfRecord = c < 0;
        return c;
    }

    private int ReadQuoted()
    {
        while (true)
        {
            var c = _reader.Read();
            if (c < 0)
            {
                UnterminatedQuote = true;
                return c;
            }

            if (c == '"')
            {
                if (_reader.Peek() != '"')
                {
                    return _reader.Read();
                }

                _reader.Read();
            }

            Append((char)c);
        }
    }

    private void Append(char c)
    {
        if (_field.Length >= _maxField)
        {
            FieldTruncated = true;
            return;
        }

        _field.Append(c is '\t' or '\r' or '\n' ? ' ' : c);
    }
}
