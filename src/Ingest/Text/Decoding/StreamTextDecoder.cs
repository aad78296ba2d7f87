using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace Ingest.Text.Decoding;

/// <summary>
/// Decodes a (possibly non-seekable) byte stream into characters chunk by chunk, holding only one byte buffer.
/// </summary>
/// <remarks>
/// The encoding is chosen once, from the first bytes: a byte-order mark (UTF-8/16/32), else a charset hint
/// (<see cref="ReadContext.DetectedCharset"/>, then <see cref="SourceDocument.Charset"/>), else a UTF-16 byte
/// pattern, else UTF-8. In UTF-8 mode every maximal invalid byte sequence is decoded byte by byte with the
/// fallback code page instead of being replaced: a whole legacy file then decodes exactly as that code page,
/// a UTF-8 file with a few stray legacy bytes keeps its UTF-8 text, and the stream never needs to be rewound.
/// </remarks>
internal sealed class StreamTextDecoder : IDisposable
{
    private const int BufferSize = 64 * 1024;
    private const int SniffSize = 4 * 1024;

    private readonly Stream _stream;
    private readonly SingleByteCharMap _fallback;
    private byte[] _bytes;
    private int _start;
    private int _end;
    private long _bufferOffset;
    private bool _eof;
    private Decoder? _decoder;
    private long _invalidBytes;
    private long _firstInvalidOffset = -1;
    private bool _sawMultibyteUtf8;

    public StreamTextDecoder(Stream stream, SingleByteCharMap fallback)
    {
        _stream = stream;
        _fallback = fallback;
        _bytes = ArrayPool<byte>.Shared.Rent(BufferSize);
    }

    /// <summary>The web name of the encoding in use.</summary>
    public string EncodingName { get; private set; } = "utf-8";

    /// <summary>The number of bytes read from the stream.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Reads the first bytes and chooses the encoding; reports what it decided on <paramref name="builder"/>.</summary>
    public async ValueTask StartAsync(ReadContext context, DocumentBuilder builder, CancellationToken cancellationToken)
    {
        while (!_eof && _end < SniffSize)
        {
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }

        var head = _bytes.AsSpan(0, _end);
        var bom = DetectByteOrderMark(head, out var bomEncoding);
        if (bom > 0)
        {
            _start = bom;
            Use(bomEncoding!);
            return;
        }

        foreach (var hint in new[] { context.DetectedCharset, context.Source.Charset })
        {
            if (string.IsNullOrWhiteSpace(hint))
            {
                continue;
            }

            var encoding = EncodingLookup.Find(hint);
            if (encoding is null)
            {
                builder.AddDiagnostic(DiagnosticSeverity.Warning, "text.encoding.unknown-charset", $"The character set '{hint}' is unknown or not supported; it was ignored.");
                continue;
            }

            Use(encoding);
            return;
        }

        if (LooksLikeUtf16(head, out var bigEndian))
        {
            Use(new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: false));
            builder.AddDiagnostic(DiagnosticSeverity.Info, "text.encoding.detected", $"No byte-order mark or charset; the byte pattern says {EncodingName}.");
        }
    }

    /// <summary>Decodes the next characters into <paramref name="destination"/> (at least 4 long); returns 0 at the end.</summary>
    public async ValueTask<int> ReadAsync(Memory<char> destination, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var written = Decode(destination.Span);
            if (written > 0 || (_eof && _start == _end))
            {
                return written;
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Adds the diagnostics about invalid bytes to <paramref name="builder"/>.</summary>
    public void Report(DocumentBuilder builder)
    {
        if (_invalidBytes == 0)
        {
            return;
        }

        // A file with no valid multi-byte UTF-8 at all is simply a legacy file; one that mixes both is damaged or concatenated.
        var severity = _sawMultibyteUtf8 ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;
        var kind = _sawMultibyteUtf8 ? "The content mixes UTF-8 with other bytes" : "The content is not UTF-8";
        builder.AddDiagnostic(
            severity,
            "text.encoding.fallback",
            $"{kind}: {_invalidBytes} byte(s) that are not valid UTF-8 were decoded as {_fallback.Name} (first at byte {_firstInvalidOffset}).",
            $"byte {_firstInvalidOffset}");
    }

    /// <summary>The encoding the whole content was decoded as, for metadata.</summary>
    public string DescribeEncoding()
        => _decoder is null && _invalidBytes > 0 && !_sawMultibyteUtf8 ? _fallback.Name : EncodingName;

    public void Dispose()
    {
        var bytes = _bytes;
        _bytes = Array.Empty<byte>();
        if (bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private void Use(Encoding encoding)
    {
        EncodingName = encoding.WebName;
        if (encoding.CodePage is 65001 or 20127)
        {
            // UTF-8 and ASCII hints both take the validating UTF-8 path (ASCII is a subset).
            _decoder = null;
            EncodingName = "utf-8";
            return;
        }

        _decoder = encoding.GetDecoder();
    }

    private int Decode(Span<char> destination)
    {
        if (_decoder is not null)
        {
            var written = 0;
            while (_start < _end || (_eof && written == 0))
            {
                _decoder.Convert(_bytes.AsSpan(_start, _end - _start), destination[written..], _eof, out var bytesUsed, out var charsUsed, out var completed);
                _start += bytesUsed;
                written += charsUsed;
                if (charsUsed > 0 || (bytesUsed == 0 && completed) || written == destination.Length)
                {
                    break;
                }
            }

            return written;
        }

        return DecodeUtf8(destination);
    }

    private int DecodeUtf8(Span<char> destination)
    {
        var written = 0;
        while (_start < _end && written < destination.Length)
        {
            var status = Utf8.ToUtf16(
                _bytes.AsSpan(_start, _end - _start),
                destination[written..],
                out var bytesRead,
                out var charsWritten,
                replaceInvalidSequences: false,
                isFinalBlock: _eof);
            if (!_sawMultibyteUtf8 && charsWritten > 0 && destination.Slice(written, charsWritten).IndexOfAnyExceptInRange('\0', '\u007F') >= 0)
            {
                _sawMultibyteUtf8 = true;
            }

            _start += bytesRead;
            written += charsWritten;
            if (status != OperationStatus.InvalidData)
            {
                // Done, DestinationTooSmall, or NeedMoreData (an incomplete sequence waits for the next read).
                break;
            }

            var rest = _bytes.AsSpan(_start, _end - _start);
            Rune.DecodeFromUtf8(rest, out _, out var invalidLength);
            invalidLength = Math.Clamp(invalidLength, 1, rest.Length);
            if (destination.Length - written < invalidLength)
            {
                break;
            }

            if (_firstInvalidOffset < 0)
            {
                _firstInvalidOffset = _bufferOffset + _start;
            }

            for (var k = 0; k < invalidLength; k++)
            {
                destination[written++] = _fallback[rest[k]];
            }

            _invalidBytes += invalidLength;
            _start += invalidLength;
        }

        return written;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_eof)
        {
            return;
        }

        if (_start > 0)
        {
            var remaining = _end - _start;
            _bytes.AsSpan(_start, remaining).CopyTo(_bytes);
            _bufferOffset += _start;
            _start = 0;
            _end = remaining;
        }

        var read = await _stream.ReadAsync(_bytes.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _eof = true;
            return;
        }

        _end += read;
        BytesRead += read;
    }

    private static int DetectByteOrderMark(ReadOnlySpan<byte> head, out Encoding? encoding)
    {
        encoding = null;
        if (head.Length >= 4 && head[0] == 0xFF && head[1] == 0xFE && head[2] == 0 && head[3] == 0)
        {
            encoding = new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: false);
            return 4;
        }

        if (head.Length >= 4 && head[0] == 0 && head[1] == 0 && head[2] == 0xFE && head[3] == 0xFF)
        {
            encoding = new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: false);
            return 4;
        }

        if (head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        {
            encoding = new UTF8Encoding(false);
            return 3;
        }

        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE)
        {
            encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);
            return 2;
        }

        if (head.Length >= 2 && head[0] == 0xFE && head[1] == 0xFF)
        {
            encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);
            return 2;
        }

        return 0;
    }

    /// <summary>BOM-less UTF-16 of mostly Latin text has a zero in almost every other byte and almost none in the others.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> head, out bool bigEndian)
    {
        bigEndian = false;
        var pairs = head.Length / 2;
        if (pairs < 8)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            var pair = BinaryPrimitives.ReadUInt16LittleEndian(head[i..]);
            evenZeros += (pair & 0xFF) == 0 ? 1 : 0;
            oddZeros += (pair >> 8) == 0 ? 1 : 0;
        }

        if (oddZeros > pairs * 7 / 10 && evenZeros < pairs / 20)
        {
            return true;
        }

        if (evenZeros > pairs * 7 / 10 && oddZeros < pairs / 20)
        {
            bigEndian = true;
            return true;
        }

        return false;
    }
}
