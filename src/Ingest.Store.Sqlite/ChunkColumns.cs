using System.Buffers;
using System.Text.Json;
using Ingest.Chunking;

namespace Ingest.Store.Sqlite;

/// <summary>
/// The JSON columns of one chunk (block kinds, pages, segments) written as UTF-8 into one reused buffer and bound from
/// it: no writer, buffer or string per column of every chunk. The segments are arrays (<see cref="StoreJson.WriteSegmentArrays"/>).
/// </summary>
internal sealed class ChunkColumns : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _writer;
    private int _pagesAt;
    private int _segmentsAt;

    public ChunkColumns() => _writer = new Utf8JsonWriter(_buffer, StoreJson.Options);

    public ReadOnlySpan<byte> BlockKinds => _buffer.WrittenSpan[.._pagesAt];

    public ReadOnlySpan<byte> Pages => _buffer.WrittenSpan[_pagesAt.._segmentsAt];

    public ReadOnlySpan<byte> Segments => _buffer.WrittenSpan[_segmentsAt..];

    public void Dispose() => _writer.Dispose();

    public void Write(Chunk chunk)
    {
        // Reset, not flushed: bytes a previous write left unflushed when it threw must not open this chunk's columns.
        _writer.Reset(_buffer);
        _buffer.ResetWrittenCount();
        StoreJson.WriteBlockKinds(_writer, chunk.BlockKinds);
        _pagesAt = Next();
        StoreJson.WriteNumbers(_writer, chunk.Pages);
        _segmentsAt = Next();
        StoreJson.WriteSegmentArrays(_writer, chunk.Segments);
        Next();
    }

    // Each column is a JSON document of its own: the writer is flushed and reset between them, onto the same buffer.
    private int Next()
    {
        _writer.Flush();
        _writer.Reset(_buffer);
        return _buffer.WrittenCount;
    }
}
