using System.Buffers;
using Ingest.Readers.Pdf.Limits;

namespace Ingest.Readers.Pdf.Filters;

/// <summary>
/// A growing byte buffer that refuses to grow past a bound, so a small stream cannot inflate to gigabytes. It grows in
/// pooled arrays, so decoding leaves behind only the exact-size result of <see cref="ToArray"/>; dispose to return them.
/// </summary>
/// <remarks>
/// Only arrays up to <see cref="MaxPooledLength"/> come from the shared pool: the pool keeps what is returned to it
/// for the life of the process, so one stream that grew to tens of megabytes (a decompression bomb stopped at its
/// bound) would otherwise stay resident after its document is done. Larger arrays are ordinary allocations that the
/// collector reclaims.
/// </remarks>
internal sealed class BoundedOutput : IDisposable
{
    /// <summary>The largest array taken from and returned to the shared pool.</summary>
    internal const int MaxPooledLength = 1 << 20;

    private readonly long _max;
    private byte[] _buffer;

    /// <summary>Creates a buffer.</summary>
    /// <param name="initialCapacity">The first capacity.</param>
    /// <param name="max">The bound.</param>
    public BoundedOutput(int initialCapacity, long max)
    {
        _max = max;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Clamp(initialCapacity, 64, 1 << 20));
    }

    /// <summary>The bytes written.</summary>
    public int Length { get; private set; }

    /// <summary>Appends one byte.</summary>
    /// <param name="b">The byte.</param>
    public void Write(byte b)
    {
        Ensure(1);
        _buffer[Length++] = b;
    }

    /// <summary>Appends bytes.</summary>
    /// <param name="bytes">The bytes.</param>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Length;
    }

    /// <summary>Appends <paramref name="count"/> copies of <paramref name="b"/>.</summary>
    /// <param name="b">The byte.</param>
    /// <param name="count">How many.</param>
    public void WriteRepeated(byte b, int count)
    {
        Ensure(count);
        _buffer.AsSpan(Length, count).Fill(b);
        Length += count;
    }

    /// <summary>The byte at <paramref name="index"/>, already written.</summary>
    /// <param name="index">The index.</param>
    public byte this[int index] => _buffer[index];

    /// <summary>Copies the written bytes out.</summary>
    public byte[] ToArray() => _buffer.AsSpan(0, Length).ToArray();

    /// <inheritdoc />
    public void Dispose()
    {
        if (_buffer.Length == 0)
        {
            return;
        }

        Release(_buffer);
        _buffer = Array.Empty<byte>();
        Length = 0;
    }

    private void Ensure(int extra)
    {
        var needed = (long)Length + extra;
        if (needed > _max)
        {
            throw new PdfLimitExceededException("pdf.limit.decompression", $"A stream decodes to more than {_max} bytes.");
        }

        if (needed > _buffer.Length)
        {
            var size = Math.Min(Math.Max(needed, (long)_buffer.Length * 2), Math.Min(_max, Array.MaxLength));
            var bigger = size <= MaxPooledLength ? ArrayPool<byte>.Shared.Rent((int)size) : new byte[size];
            _buffer.AsSpan(0, Length).CopyTo(bigger);
            Release(_buffer);
            _buffer = bigger;
        }
    }

    private static void Release(byte[] buffer)
    {
        if (buffer.Length <= MaxPooledLength)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
