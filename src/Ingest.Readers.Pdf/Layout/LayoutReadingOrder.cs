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

        var before = new bool[n, n];
        var incoming = new int[n];
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                if (a != b && Precedes(blocks, a, b))
                {
                    before[a, b] = true;
                    incoming[b]++;
                }
            }
        }

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
            for (var b = 0; b < n; b++)
            {
                if (before[pick, b])
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

    private static bool Precedes(List<LayoutBlockDraft> blocks, int ia, int ib)
    {
        var a = blocks[ia];
        var b = blocks[ib];
        var tolerance = 0.5;
        if (HorizontalOverlap(a, b) > tolerance)
        {
            return CenterY(a) > CenterY(b);
        }

        if (a.Right > b.Left + tolerance)
        {
            return false;
        }

        // a is left of b: it comes first unless something spanning both lies between them vertically.
        var high = Math.Max(CenterY(a), CenterY(b));
        var low = Math.Min(CenterY(a), CenterY(b));
        for (var ic = 0; ic < blocks.Count; ic++)
        {
            if (ic == ia || ic == ib)
            {
                continue;
            }

            var c = blocks[ic];
            var y = CenterY(c);
            if (y < high && y > low && HorizontalOverlap(c, a) > tolerance && HorizontalOverlap(c, b) > tolerance)
            {
                return false;
            }
        }

        return true;
    }

    private static double CenterY(LayoutBlockDraft block) => (block.Top + block.Bottom) / 2;

    private static double HorizontalOverlap(LayoutBlockDraft a, LayoutBlockDraft b)
        => Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
}
