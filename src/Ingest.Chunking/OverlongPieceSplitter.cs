namespace Ingest.Chunking;

/// <summary>
/// Cuts a piece that alone is over the budget: at white space between words, and a word that alone is over the budget
/// at the longest prefix that fits (never inside a surrogate pair).
/// </summary>
internal static class OverlongPieceSplitter
{
    public static IEnumerable<ChunkPiece> Split(string text, ChunkPiece piece, ITokenCounter counter, int max)
    {
        var end = piece.Start + piece.Length;
        var partStart = piece.Start;
        var partEnd = piece.Start;
        var partTokens = 0;
        var position = piece.Start;
        while (position < end)
        {
            var wordEnd = NextWordEnd(text, position, end);
            var wordTokens = counter.CountTokens(text.AsSpan(position, wordEnd - position));
            if (partEnd > partStart && partTokens + wordTokens > max)
            {
                yield return Part(text, piece, partStart, partEnd, counter);
                partStart = partEnd;
                partTokens = 0;
            }

            if (wordTokens > max)
            {
                foreach (var cut in CutWord(text, piece, position, wordEnd, counter, max))
                {
                    yield return cut;
                }

                partStart = wordEnd;
                partTokens = 0;
            }
            else
            {
                partTokens += wordTokens;
            }

            partEnd = wordEnd;
            position = wordEnd;
        }

        if (partEnd > partStart)
        {
            yield return Part(text, piece, partStart, partEnd, counter);
        }
    }

    private static int NextWordEnd(string text, int position, int end)
    {
        while (position < end && !char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        while (position < end && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    private static IEnumerable<ChunkPiece> CutWord(string text, ChunkPiece piece, int start, int end, ITokenCounter counter, int max)
    {
        while (start < end)
        {
            // The longest prefix whose count fits, by bisection: counts grow with length.
            int low = 1, high = end - start;
            while (low < high)
            {
                var mid = (low + high + 1) >>> 1;
                if (counter.CountTokens(text.AsSpan(start, mid)) <= max)
                {
                    low = mid;
                }
                else
                {
                    high = mid - 1;
                }
            }

            if (start + low < end && char.IsHighSurrogate(text[start + low - 1]) && low > 1)
            {
                low--;
            }

            yield return Part(text, piece, start, start + low, counter);
            start += low;
        }
    }

    private static ChunkPiece Part(string text, ChunkPiece piece, int start, int end, ITokenCounter counter) =>
        piece with { Start = start, Length = end - start, Tokens = counter.CountTokens(text.AsSpan(start, end - start)) };
}
