using System.Buffers.Binary;
using System.Text.Json;

namespace Ingest.Plugins.Isolation;

/// <summary>
/// Length-prefixed frames over a pipe between the host and a plugin worker: a 4-byte little-endian length, then that
/// many bytes. A zero-length frame ends a document's content.
/// </summary>
internal static class WireFrames
{
    /// <summary>The size of the content frames a document is sent in.</summary>
    public const int ContentFrameLength = 64 * 1024;

    // No message comes near this; a larger length means the stream is not speaking the protocol.
    private const int MaxFrameLength = 1024 * 1024 * 1024;

    public static async ValueTask WriteAsync(Stream stream, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var prefix = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(prefix, payload.Length);
        await stream.WriteAsync(prefix, cancellationToken).ConfigureAwait(false);
        if (!payload.IsEmpty)
        {
            await stream.WriteAsync(payload, cancellationToken).ConfigureAwait(false);
        }
    }

    public static ValueTask WriteJsonAsync(Stream stream, Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return WriteAsync(stream, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
    }

    /// <summary>Reads one frame; <see langword="null"/> when the stream ended before a frame began.</summary>
    public static async ValueTask<byte[]?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var prefix = new byte[4];
        var got = await stream.ReadAtLeastAsync(prefix, 4, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (got == 0)
        {
            return null;
        }

        if (got < 4)
        {
            throw new EndOfStreamException("The pipe ended inside a frame's length.");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(prefix);
        if (length is < 0 or > MaxFrameLength)
        {
            throw new InvalidDataException($"A frame of {length} bytes is not part of the plugin worker protocol.");
        }

        var payload = new byte[length];
        await stream.ReadExactlyAsync(payload, cancellationToken).ConfigureAwait(false);
        return payload;
    }
}
