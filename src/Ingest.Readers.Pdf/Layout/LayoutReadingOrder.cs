using System.Buffers;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// Orders the blocks of one page and direction for reading: a block comes before another it overlaps horizontally
/// and lies above, and before one entirely to its right unless a block spanning both lies between them vertically
/// (so columns are read one after the other, and a full-width heading or figure separates column sections).
/// The order is a topological sort of that relation, taking the topmost, then leftmost, ready block first.
/// </summary>
internal static class LayoutReadingOrder
{
    /// <summary>Above this many blocks the quadratic ordering is skipped for a plain top-down, left-right sort.</summary>
    private const int MaxBlocks = 400;

    /// <summary>Sorts <paramref name="blocks"/> into reading order in place.</summary>
    public static void Sort(List<LayoutBlockDraft> blocks)
    {
        var n = blocks.Count;
        if (n < 2)
        {
            return;
        }

        if (n > MaxBlocks)
        {
            blocks.Sort((a, b) => a.Top != b.Top ? b.Top.CompareTo(a.Top) : a.Left.CompareTo(b.Left));
            return;
        }

        var geometry = new LayoutOrderGeometry(blocks);
        // One flat, pooled relation matrix: a page of a few hundred blocks would otherwise put a new large-object
        // array on the heap for every page.
        var before = ArrayPool<bool>.Shared.Rent(n * n);
        try
        {
            Array.Clear(before, 0, n * n);
            var incoming = new int[n];
            for (var a = 0; a < n; a++)
            {
                for (var b = a + 1; b < n; b++)
                {
                    var (aFirst, bFirst) = geometry.Relation(a, b);
                    if (aFirst)
                    {
                        before[(a * n) + b] = true;
                        incoming[b]++;
                    }

                    if (bFirst)
                    {
                        before[(b * n) + a] = true;
                        incoming[a]++;
                    }
                }
            }

            TopologicalOrder(blocks, before, incoming);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(before);
        }
    }

    private static void TopologicalOrder(List<LayoutBlockDraft> blocks, bool[] before, int[] incoming)
    {
        var n = blocks.Count;
        var done = new bool[n];
        var result = new List<LayoutBlockDraft>(n);
        for (var step = 0; step < n; step++)
        {
            var pick = -1;
            for (var i = 0; i < n; i++)
            {
                if (!done[i] && incoming[i] == 0 && (pick < 0 || Earlier(blocks[i], blocks[pick])))
                {
                    pick = i;
                }
            }

            // A cycle (odd layouts): fall back to the earliest remaining block.
            if (pick < 0)
            {
                for (var i = 0; i < n; i++)
                {
                    if (!done[i] && (pick < 0 || Earlier(blocks[i], blocks[pick])))
                    {
                        pick = i;
                    }
                }
            }

            done[pick] = true;
            result.Add(blocks[pick]);
            var row = pick * n;
            for (var b = 0; b < n; b++)
            {
                if (before[row + b])
                {
                    incoming[b]--;
                }
            }
        }

        blocks.Clear();
        blocks.AddRange(result);
    }

    private static bool Earlier(LayoutBlockDraft a, LayoutBlockDraft b)
        => Math.Abs(a.Top - b.Top) > 0.5 ? a.Top > b.Top : a.Left < b.Left;
}
