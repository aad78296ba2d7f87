namespace Ingest.Samples.Plugin;

/// <summary>Splits CSV text into records (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes).</summary>
internal sealed class CsvParser(string text, char delimiter)
{
    private int _position;

    /// <summary>Whether the last quoted field ran to the end of the text.</summary>
    public bool UnterminatedQuote { get; private set; }

    /// <summary>Picks the delimiter that occurs most often in the first line, outside quotes: comma, semicolon or tab.</summary>
    public static char GuessDelimiter(string text)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted)
            {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    /// <summary>Reads the next record; false at the end of the text.</summary>
    public bool TryReadRecord(out List<string> fields, out SourceRange range)
    {
        fields = new List<string>();
        range = default;
        if (_position >= text.Length)
        {
            return false;
        }

        var start = _position;
        var end = -1;
        var field = new System.Text.StringBuilder();
        while (_position < text.Length)
        {
            var c = text[_position];
            if (c == '"' && field.Length == 0)
            {
                _position++;
                ReadQuoted(field);
                continue;
            }

            _position++;
            if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                end = _position - 1;
                if (c == '\r' && _position < text.Length && text[_position] == '\n')
                {
                    _position++;
                }

                break;
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        range = new SourceRange(start, (end < 0 ? _position : end) - start);
        return true;
    }

    private void ReadQuoted(System.Text.StringBuilder field)
    {
        while (_position < text.Length)
        {
            var c = text[_position++];
            if (c != '"')
            {
                field.Append(c);
            }
            else if (_position < text.Length && text[_position] == '"')
            {
                field.Append('"');
                _position++;
            }
            else
            {
                return;
            }
        }

        UnterminatedQuote = true;
    }
}
