using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ingest.Chunking;

/// <summary>Collects the pieces of the chunk being built and turns them into a <see cref="Chunk"/>.</summary>
internal sealed class ChunkAccumulator(Document document, ITokenCounter counter)
{
    private const string BlockSeparator = "\n\n";
    private const string RowSeparator = "\n";
    private readonly int _blockSeparatorTokens = counter.CountTokens(BlockSeparator);
    private readonly int _rowSeparatorTokens = counter.CountTokens(RowSeparator);

    public List<ChunkPiece> Pieces { get; } = [];

    /// <summary>The estimated tokens of the chunk: its pieces and separators counted apart.</summary>
    public int Tokens { get; private set; }

    public bool IsEmpty => Pieces.Count == 0;

    /// <summary>Whether the chunk holds nothing but headings (and a repeated table header), which belong with what follows.</summary>
    public bool HasContent => Pieces.Exists(p => p.Kind is ChunkPieceKind.Text or ChunkPieceKind.TableRow);

    /// <summary>The tokens the chunk would have with <paramref name="piece"/> added.</summary>
    public int TokensWith(ChunkPiece piece) => IsEmpty ? piece.Tokens : Tokens + SeparatorTokens(Pieces[^1], piece) + piece.Tokens;

    public void Add(ChunkPiece piece)
    {
        Tokens = TokensWith(piece);
        Pieces.Add(piece);
    }

    public void Clear()
    {
        Pieces.Clear();
        Tokens = 0;
    }

    /// <summary>Builds the chunk from the pieces, with its text, segments, and the entities inside them.</summary>
    public Chunk Build(int index, IReadOnlyList<string> headingPath, EntityIndex entities)
    {
        var text = new StringBuilder(Tokens + 16);
        var segments = new List<ChunkSegment>(4);
        var kinds = new List<BlockKind>(2);
        ChunkPiece? previous = null;
        foreach (var piece in Pieces)
        {
            if (previous is { } p && p.BlockIndex == piece.BlockIndex && p.Start + p.Length == piece.Start && segments.Count > 0)
            {
                // The next sentence of the same block: the segment grows, the text runs on.
                var last = segments[^1];
                segments[^1] = last with { Length = last.Length + piece.Length };
            }
            else
            {
                if (previous is { } before)
                {
                    text.Append(before.BlockIndex == piece.BlockIndex ? RowSeparator : BlockSeparator);
                }

                var block = document.Blocks[piece.BlockIndex];
                segments.Add(new ChunkSegment(text.Length, piece.Start, piece.Length, piece.BlockIndex, block.SourceRange, block.Page, block.Bounds));
                if (!kinds.Contains(block.Kind))
                {
                    kinds.Add(block.Kind);
                }
            }

            text.Append(document.Text, piece.Start, piece.Length);
            previous = piece;
        }

        TrimSegmentEnds(segments, text);
        var chunkText = text.ToString();
        var id = ChunkId(chunkText, index);
        return new Chunk(id, index, chunkText, counter.CountTokens(chunkText), headingPath, kinds, segments, entities.Inside(segments));
    }

    /// <summary>The first 8 bytes of the SHA-256 of the text's UTF-8, in hexadecimal, a hyphen and the index.</summary>
    private static string ChunkId(string text, int index)
    {
        // The UTF-8 goes through a pooled buffer: a chunk is small, but there is one per few hundred characters of text.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(buffer.AsSpan(0, Encoding.UTF8.GetBytes(text, buffer)), hash);
            return string.Create(CultureInfo.InvariantCulture, $"{Convert.ToHexString(hash[..8])}-{index}");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private int SeparatorTokens(ChunkPiece previous, ChunkPiece next)
    {
        if (previous.BlockIndex != next.BlockIndex)
        {
            return _blockSeparatorTokens;
        }

        return previous.Start + previous.Length == next.Start ? 0 : _rowSeparatorTokens;
    }

    // Pieces carry the white space after them so that sentences join as written; a segment ends at its last visible character.
    private static void TrimSegmentEnds(List<ChunkSegment> segments, StringBuilder text)
    {
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            var s = segments[i];
            var trimmed = s.Length;
            while (trimmed > 0 && char.IsWhiteSpace(text[s.ChunkStart + trimmed - 1]))
            {
                trimmed--;
            }

            if (trimmed == s.Length)
            {
                continue;
            }

            text.Remove(s.ChunkStart + trimmed, s.Length - trimmed);
            for (var j = i + 1; j < segments.Count; j++)
            {
                segments[j] = segments[j] with { ChunkStart = segments[j].ChunkStart - (s.Length - trimmed) };
            }

            segments[i] = s with { Length = trimmed };
        }
    }
}
