using System.Text;
using Ingest.Chunking;

namespace Ingest.Store.Sqlite;

/// <summary>
/// Where a chunk's text lies in its document's stored text, in UTF-8 bytes (the offsets <c>substr</c> takes on the text as
/// a blob), so the chunk row need not hold the same characters again. Most chunks are one range of the document text;
/// one that is not (a table header repeated, pieces joined) keeps its own text. The byte offset is carried from one chunk
/// to the next, so the text is counted once, not once per chunk. A range is never taken when it starts or ends inside a
/// surrogate pair (its bytes would differ from the same characters encoded whole), nor for a document over
/// <see cref="LargestDocumentBytes"/>: reading a chunk's text loads its document's whole text.
/// </summary>
internal sealed class DocumentTextRanges
{
    /// <summary>
    /// Past this size (UTF-8) a document's chunks keep their own text: each read of one through the view loads the whole
    /// document text, so reading all of a document's chunks costs time quadratic in its size (a 1 MB document's 849
    /// chunks: 0.4-1.6 s against 1-9 ms from a table). At 32 KiB a chunk read costs about four times a plain row's, at
    /// 64 KiB eight (docs/store.md); the benchmark corpus's documents are all under 18 KB.
    /// </summary>
    public const int LargestDocumentBytes = 1 << 15;

    private string? _text;
    private int _char;
    private long _byte;

    /// <summary>Starts a document whose text is stored (or <see langword="null"/> when it is not: no chunk is then a range).</summary>
    public void Start(string? storedText)
    {
        _text = storedText is { Length: <= LargestDocumentBytes } t && Encoding.UTF8.GetByteCount(t) <= LargestDocumentBytes ? t : null;
        _char = 0;
        _byte = 0;
    }

    /// <summary>Whether <paramref name="chunk"/>'s text is exactly a range of the document text, and where in bytes.</summary>
    public bool TryFind(Chunk chunk, out int byteOffset, out int byteLength)
    {
        byteOffset = 0;
        byteLength = 0;
        if (_text is not { } text || chunk.Segments.Count == 0 || chunk.Text.Length == 0)
        {
            return false;
        }

        var start = chunk.Segments[0].DocumentStart;
        var length = chunk.Text.Length;
        if (start < 0 || start > text.Length - length || SplitsPair(text, start) || SplitsPair(text, start + length)
            || !text.AsSpan(start, length).SequenceEqual(chunk.Text))
        {
            return false;
        }

        MoveTo(text, start);
        byteOffset = (int)_byte;
        byteLength = Encoding.UTF8.GetByteCount(text.AsSpan(start, length));
        return true;
    }

    private static bool SplitsPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]);

    // Only ever at 0 or at a range's start, never inside a pair: the bytes between two such places are those of the whole.
    private void MoveTo(string text, int position)
    {
        _byte += position >= _char
            ? Encoding.UTF8.GetByteCount(text.AsSpan(_char, position - _char))
            : -Encoding.UTF8.GetByteCount(text.AsSpan(position, _char - position));
        _char = position;
    }
}
