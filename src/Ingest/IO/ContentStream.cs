using System.Runtime.CompilerServices;

namespace Ingest.IO;

/// <summary>
/// The stream a reader sees: the bytes already peeked for detection followed by the rest of the source,
/// with a size limit. Seeking is supported when the source stream is seekable.
/// </summary>
internal sealed class ContentStream : Stream
{
    private readonly Stream _inner;
    private readonly byte[] _head;
    private readonly int _headLength;
    private readonly long _limit;
    private readonly bool _replayHead;
    private long _position;

    private ContentStream(Stream inner, byte[] head, int headLength, long limit, bool replayHead)
    {
        _inner = inner;
        _head = head;
        _headLength = headLength;
        _limit = limit;
        _replayHead = replayHead;
    }

    /// <summary>Wraps <paramref name="inner"/> whose first <paramref name="headLength"/> bytes were read into <paramref name="head"/>.</summary>
    public static ContentStream Create(Stream inner, byte[] head, int headLength, long limit)
    {
        if (inner.CanSeek)
        {
            inner.Position = 0;
            return new ContentStream(inner, head, headLength, limit, replayHead: false);
        }

        return new ContentStream(inner, head, headLength, limit, replayHead: true);
    }

    /// <summary>The number of bytes handed to the reader so far.</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => !_replayHead;

    public override bool CanWrite => false;

    public override long Length => _replayHead ? throw new NotSupportedException() : _inner.Length;

    public override long Position
    {
        get => _replayHead ? _position : _inner.Position;
        set
        {
            if (_replayHead)
            {
                throw new NotSupportedException();
            }

            _inner.Position = value;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // A reader that recurses once per read (a recursive-descent parser over the stream) is stopped here, with an
        // exception its document fails with, before it can overflow the stack and end the process.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        int n;
        if (_replayHead && _position < _headLength)
        {
            n = Math.Min(buffer.Length, _headLength - (int)_position);
            _head.AsSpan((int)_position, n).CopyTo(buffer);
        }
        else
        {
            n = _inner.Read(buffer);
        }

        return Advance(n);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        int n;
        if (_replayHead && _position < _headLength)
        {
            n = Math.Min(buffer.Length, _headLength - (int)_position);
            _head.AsSpan((int)_position, n).CopyTo(buffer.Span);
        }
        else
        {
            n = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        return Advance(n);
    }

    private int Advance(int n)
    {
        _position += n;
        BytesRead += n;
        var position = _replayHead ? _position : _inner.Position;
        if (position > _limit)
        {
            throw new DocumentReadException(
                "source.too-large",
                $"The document is larger than the limit of {_limit:N0} bytes (IngestOptions.MaxDocumentBytes).");
        }

        return n;
    }

    public override long Seek(long offset, SeekOrigin origin)
        => _replayHead ? throw new NotSupportedException() : _inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
