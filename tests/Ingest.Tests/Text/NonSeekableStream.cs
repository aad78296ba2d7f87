namespace Ingest.Tests.Text;

/// <summary>Wraps a stream so that it cannot seek and returns at most <c>maxRead</c> bytes per read, like a network stream.</summary>
internal sealed class NonSeekableStream : Stream
{
    private readonly Stream _inner;
    private readonly int _maxRead;

    public NonSeekableStream(Stream inner, int maxRead = 4096)
    {
        _inner = inner;
        _maxRead = maxRead;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, _maxRead));

    // Completed at once, like a network stream with data buffered: the reader's work stays on the calling thread, where
    // tests can count its allocations.
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(_inner.Read(buffer.Span[..Math.Min(buffer.Length, _maxRead)]));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
