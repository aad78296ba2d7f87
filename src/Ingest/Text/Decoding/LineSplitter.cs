using System.Buffers;

namespace Ingest.Text.Decoding;

/// <summary>
/// Splits decoded characters into lines (LF, CRLF, CR, NEL, U+2028/2029, form feed and vertical tab all end a
/// line) and removes control characters, so the structure stage sees clean lines and their offsets in the decoded text.
/// </summary>
internal sealed class LineSplitter : IDisposable
{
    private readonly ILineSink _sink;
    private char[] _line;
    private int _length;
    private long _position;
    private long _lineStart;
    private bool _pendingCarriageReturn;

    public LineSplitter(ILineSink sink)
    {
        _sink = sink;
        _line = ArrayPool<char>.Shared.Rent(1024);
    }

    /// <summary>The number of characters seen.</summary>
    public long Characters => _position;

    /// <summary>The number of control characters removed.</summary>
    public long ControlCharacters { get; private set; }

    /// <summary>The number of U+FFFD replacement characters seen.</summary>
    public long ReplacementCharacters { get; private set; }

    public void Write(ReadOnlySpan<char> chars)
    {
        var i = 0;
        if (_pendingCarriageReturn && chars.Length > 0)
        {
            _pendingCarriageReturn = false;
            if (chars[0] == '\n')
            {
                i = 1;
                _position++;
                _lineStart = _position;
            }
        }

        while (i < chars.Length)
        {
            var rest = chars[i..];
            // Everything the fast path must stop at: line ends, C0 controls except tab, DEL, C1 controls, BOM, replacement and non-characters.
            var k = CharScan.IndexOfLineSpecial(rest);
            if (k < 0)
            {
                Append(rest);
                _position += rest.Length;
                return;
            }

            Append(rest[..k]);
            i += k;
            _position += k;
            var c = chars[i];
            switch (c)
            {
                case '\n':
                case '\u000B':
                case '\u000C':
                case '\u0085':
                case '\u2028':
                case '\u2029':
                    EndLine();
                    break;
                case '\r':
                    EndLine();
                    if (i + 1 < chars.Length)
                    {
                        if (chars[i + 1] == '\n')
                        {
                            i++;
                            _position++;
                            _lineStart = _position + 1;
                        }
                    }
                    else
                    {
                        _pendingCarriageReturn = true;
                    }

                    break;
                case '\uFFFD':
                    ReplacementCharacters++;
                    Append(rest.Slice(k, 1));
                    break;
                case '\uFEFF':
                    // A byte-order mark inside the text (from concatenated files) carries nothing.
                    break;
                default:
                    ControlCharacters++;
                    break;
            }

            i++;
            _position++;
        }
    }

    public void Complete()
    {
        if (_length > 0 || _position > _lineStart)
        {
            EndLine();
        }

        _sink.Complete();
    }

    /// <summary>Reports removed control characters and content that looks binary.</summary>
    public void Report(DocumentBuilder builder)
    {
        if (ControlCharacters > 0)
        {
            // Text has no control characters; more than one in a hundred means the bytes are not text at all.
            var binary = ControlCharacters >= 16 && ControlCharacters * 100 > _position;
            builder.AddDiagnostic(
                binary ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info,
                binary ? "text.binary" : "text.control-characters",
                binary
                    ? $"The content looks binary: {ControlCharacters} of {_position} characters were control characters and were removed."
                    : $"{ControlCharacters} control character(s) (such as NUL) were removed.");
        }

        if (ReplacementCharacters > 0)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Warning, "text.encoding.invalid", $"{ReplacementCharacters} character(s) could not be decoded and read as U+FFFD.");
        }
    }

    public void Dispose()
    {
        var line = _line;
        _line = Array.Empty<char>();
        if (line.Length > 0)
        {
            ArrayPool<char>.Shared.Return(line);
        }
    }

    private void EndLine()
    {
        _sink.AddLine(_line.AsSpan(0, _length), _lineStart, _position);
        _length = 0;
        _lineStart = _position + 1;
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return;
        }

        if (_length + chars.Length > _line.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_line.Length * 2, _length + chars.Length));
            _line.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_line);
            _line = larger;
        }

        chars.CopyTo(_line.AsSpan(_length));
        _length += chars.Length;
    }
}
