using System.Text;

namespace Ingest.Readers.Pdf.Parsing;

/// <summary>
/// Splits PDF bytes into tokens without allocating: a token is a kind and a byte range, numbers are parsed in place,
/// and names and strings are decoded only when asked for.
/// </summary>
internal sealed class PdfLexer
{
    private readonly byte[] _data;
    private readonly int _end;

    /// <summary>Creates a lexer over <paramref name="data"/>.</summary>
    /// <param name="data">The bytes.</param>
    /// <param name="start">Where to start.</param>
    /// <param name="end">Where the data ends (exclusive); the whole array when negative.</param>
    public PdfLexer(byte[] data, int start = 0, int end = -1)
    {
        _data = data;
        _end = end < 0 ? data.Length : Math.Min(end, data.Length);
        Position = start;
    }

    /// <summary>The bytes being read.</summary>
    public byte[] Data => _data;

    /// <summary>The end of the data (exclusive).</summary>
    public int Length => _end;

    /// <summary>The read position.</summary>
    public int Position { get; set; }

    /// <summary>The kind of the current token.</summary>
    public PdfTokenKind Kind { get; private set; }

    /// <summary>Where the current token starts.</summary>
    public int TokenStart { get; private set; }

    /// <summary>Where the current token ends (exclusive).</summary>
    public int TokenEnd { get; private set; }

    /// <summary>The value of the current number token.</summary>
    public double Number { get; private set; }

    /// <summary>The bytes of the current token.</summary>
    public ReadOnlySpan<byte> TokenBytes => _data.AsSpan(TokenStart, TokenEnd - TokenStart);

    private const byte WhiteSpaceClass = 1;
    private const byte DelimiterClass = 2;

    /// <summary>
    /// The class of every byte value: white space (1) or delimiter (2). One table look-up per byte in the scanning loops,
    /// where the chains of comparisons were calls that ReadyToRun code did not inline.
    /// </summary>
    private static ReadOnlySpan<byte> ByteClasses =>
    [
        1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x00
        1, 0, 0, 0, 0, 2, 0, 0, 2, 2, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2, 0, // 0x20: ' ' % ( ) / < >
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2, 0, 0, // 0x40: [ ]
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2, 0, 0, // 0x60: { }
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    /// <summary>True for PDF white-space bytes.</summary>
    /// <param name="b">The byte.</param>
    public static bool IsWhiteSpace(byte b) => ByteClasses[b] == WhiteSpaceClass;

    /// <summary>True for PDF delimiter bytes.</summary>
    /// <param name="b">The byte.</param>
    public static bool IsDelimiter(byte b) => ByteClasses[b] == DelimiterClass;

    /// <summary>Reads the next token.</summary>
    public PdfTokenKind Next()
    {
        SkipWhiteSpaceAndComments();
        TokenStart = Position;
        if (Position >= _end)
        {
            TokenEnd = Position;
            return Kind = PdfTokenKind.EndOfData;
        }

        var b = _data[Position];
        switch (b)
        {
            case (byte)'/':
                Position++;
                ScanRegular();
                return Finish(PdfTokenKind.Name);
            case (byte)'(':
                ScanLiteralString();
                return Finish(PdfTokenKind.LiteralString);
            case (byte)'<':
                if (Position + 1 < _end && _data[Position + 1] == (byte)'<')
                {
                    Position += 2;
                    return Finish(PdfTokenKind.DictionaryStart);
                }

                Position++;
                while (Position < _end && _data[Position] != (byte)'>')
                {
                    Position++;
                }

                if (Position < _end)
                {
                    Position++;
                }

                return Finish(PdfTokenKind.HexString);
            case (byte)'>':
                Position++;
                if (Position < _end && _data[Position] == (byte)'>')
                {
                    Position++;
                    return Finish(PdfTokenKind.DictionaryEnd);
                }

                return Finish(PdfTokenKind.Other);
            case (byte)'[':
                Position++;
                return Finish(PdfTokenKind.ArrayStart);
            case (byte)']':
                Position++;
                return Finish(PdfTokenKind.ArrayEnd);
            case (byte)'{' or (byte)'}' or (byte)')':
                Position++;
                return Finish(PdfTokenKind.Other);
        }

        ScanRegular();
        if (Position == TokenStart)
        {
            Position++;
            return Finish(PdfTokenKind.Other);
        }

        var isNumber = TryParseNumber();
        TokenEnd = Position;
        return Finish(isNumber ? (IsIntegerToken() ? PdfTokenKind.Integer : PdfTokenKind.Real) : PdfTokenKind.Keyword);
    }

    /// <summary>Reads the next token and returns to the current position, returning the kind.</summary>
    public PdfTokenKind Peek()
    {
        var (pos, kind, start, end, number) = (Position, Kind, TokenStart, TokenEnd, Number);
        var next = Next();
        (Position, Kind, TokenStart, TokenEnd, Number) = (pos, kind, start, end, number);
        return next;
    }

    /// <summary>True when the current token is the keyword <paramref name="keyword"/>.</summary>
    /// <param name="keyword">The keyword, ASCII.</param>
    public bool IsKeyword(ReadOnlySpan<byte> keyword) => Kind == PdfTokenKind.Keyword && TokenBytes.SequenceEqual(keyword);

    /// <summary>Decodes the current name token (without the slash, <c>#xx</c> escapes decoded).</summary>
    public string NameValue()
    {
        var raw = _data.AsSpan(TokenStart + 1, TokenEnd - TokenStart - 1);
        if (raw.IndexOf((byte)'#') < 0)
        {
            return Encoding.Latin1.GetString(raw);
        }

        var buffer = new byte[raw.Length];
        var n = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == (byte)'#' && i + 2 < raw.Length && HexValue(raw[i + 1]) >= 0 && HexValue(raw[i + 2]) >= 0)
            {
                buffer[n++] = (byte)((HexValue(raw[i + 1]) << 4) | HexValue(raw[i + 2]));
                i += 2;
            }
            else
            {
                buffer[n++] = raw[i];
            }
        }

        var span = buffer.AsSpan(0, n);
        try
        {
            return new UTF8Encoding(false, true).GetString(span);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(span);
        }
    }

    /// <summary>Decodes the current literal or hexadecimal string token into bytes.</summary>
    public byte[] StringValue()
    {
        if (Kind == PdfTokenKind.HexString)
        {
            return DecodeHex(_data.AsSpan(TokenStart + 1, Math.Max(0, TokenEnd - TokenStart - 1)));
        }

        return DecodeLiteral(_data.AsSpan(TokenStart + 1, Math.Max(0, TokenEnd - TokenStart - 1)));
    }

    /// <summary>The value of a hexadecimal digit, or -1.</summary>
    /// <param name="b">The byte.</param>
    public static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    /// <summary>Decodes hexadecimal digits (white space ignored, an odd last digit padded with 0).</summary>
    /// <param name="hex">The digits, possibly followed by <c>&gt;</c>.</param>
    public static byte[] DecodeHex(ReadOnlySpan<byte> hex)
    {
        var result = new byte[(hex.Length + 1) / 2];
        var n = 0;
        var high = -1;
        foreach (var b in hex)
        {
            var v = HexValue(b);
            if (v < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = v;
            }
            else
            {
                result[n++] = (byte)((high << 4) | v);
                high = -1;
            }
        }

        if (high >= 0)
        {
            result[n++] = (byte)(high << 4);
        }

        return n == result.Length ? result : result.AsSpan(0, n).ToArray();
    }

    /// <summary>Skips white space and comments.</summary>
    public void SkipWhiteSpaceAndComments()
    {
        var data = _data;
        var end = _end;
        var position = Position;
        while (position < end)
        {
            var b = data[position];
            if (ByteClasses[b] == WhiteSpaceClass)
            {
                position++;
            }
            else if (b == (byte)'%')
            {
                while (position < end && data[position] is not (byte)'\r' and not (byte)'\n')
                {
                    position++;
                }
            }
            else
            {
                break;
            }
        }

        Position = position;
    }

    private static byte[] DecodeLiteral(ReadOnlySpan<byte> raw)
    {
        // raw excludes the opening parenthesis and includes the closing one, when present.
        if (raw.Length > 0 && raw[^1] == (byte)')')
        {
            raw = raw[..^1];
        }

        var result = new byte[raw.Length];
        var n = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var b = raw[i];
            if (b == (byte)'\r')
            {
                // An end of line in a literal string is read as a single line feed.
                result[n++] = (byte)'\n';
                if (i + 1 < raw.Length && raw[i + 1] == (byte)'\n')
                {
                    i++;
                }

                continue;
            }

            if (b != (byte)'\\' || i + 1 >= raw.Length)
            {
                result[n++] = b;
                continue;
            }

            var e = raw[++i];
            switch (e)
            {
                case (byte)'n': result[n++] = (byte)'\n'; break;
                case (byte)'r': result[n++] = (byte)'\r'; break;
                case (byte)'t': result[n++] = (byte)'\t'; break;
                case (byte)'b': result[n++] = (byte)'\b'; break;
                case (byte)'f': result[n++] = (byte)'\f'; break;
                case (byte)'\r':
                    if (i + 1 < raw.Length && raw[i + 1] == (byte)'\n')
                    {
                        i++;
                    }

                    break;
                case (byte)'\n':
                    break;
                case >= (byte)'0' and <= (byte)'7':
                    var value = e - '0';
                    for (var k = 0; k < 2 && i + 1 < raw.Length && raw[i + 1] is >= (byte)'0' and <= (byte)'7'; k++)
                    {
                        value = (value * 8) + (raw[++i] - '0');
                    }

                    result[n++] = (byte)value;
                    break;
                default:
                    result[n++] = e;
                    break;
            }
        }

        return n == result.Length ? result : result.AsSpan(0, n).ToArray();
    }

    private PdfTokenKind Finish(PdfTokenKind kind)
    {
        TokenEnd = Position;
        return Kind = kind;
    }

    private void ScanRegular()
    {
        var data = _data;
        var end = _end;
        var position = Position;
        while (position < end && ByteClasses[data[position]] == 0)
        {
            position++;
        }

        Position = position;
    }

    private void ScanLiteralString()
    {
        Position++;
        var depth = 1;
        while (Position < _end)
        {
            var b = _data[Position++];
            if (b == (byte)'\\')
            {
                Position++;
            }
            else if (b == (byte)'(')
            {
                depth++;
            }
            else if (b == (byte)')' && --depth == 0)
            {
                break;
            }
        }

        if (Position > _end)
        {
            Position = _end;
        }
    }

    private bool IsIntegerToken() => TokenBytes.IndexOf((byte)'.') < 0 && Math.Abs(Number) < 1e15;

    private bool TryParseNumber()
    {
        var span = _data.AsSpan(TokenStart, Position - TokenStart);
        var i = 0;
        var negative = false;

        // Lenient like other readers: several signs (--5) are tolerated.
        while (i < span.Length && span[i] is (byte)'+' or (byte)'-')
        {
            negative ^= span[i] == (byte)'-';
            i++;
        }

        double value = 0;
        var digits = 0;
        while (i < span.Length && span[i] is >= (byte)'0' and <= (byte)'9')
        {
            value = (value * 10) + (span[i] - '0');
            i++;
            digits++;
        }

        if (i < span.Length && span[i] == (byte)'.')
        {
            i++;
            var scale = 0.1;
            while (i < span.Length && span[i] is >= (byte)'0' and <= (byte)'9')
            {
                value += (span[i] - '0') * scale;
                scale *= 0.1;
                i++;
                digits++;
            }
        }

        if (digits == 0 || (i < span.Length && span[i] is not ((byte)'-' or (byte)'+' or (byte)'.')))
        {
            return false;
        }

        Number = negative ? -value : value;
        return true;
    }
}
