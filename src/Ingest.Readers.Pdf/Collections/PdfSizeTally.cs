namespace Ingest.Readers.Pdf.Collections;

/// <summary>
/// Counts characters by font size and tells the size that holds the most: sizes in the order first counted, equal
/// sizes compared as <see cref="double.Equals(double)"/> does (NaN equal to NaN, -0 equal to 0; the first seen is kept).
/// </summary>
/// <remarks>
/// In place of a <see cref="Dictionary{TKey, TValue}"/> from double to int, which ReadyToRun cannot precompile: each
/// host process jitted some twenty of its methods for the body and running-title font sizes.
/// </remarks>
internal sealed class PdfSizeTally
{
    private readonly PdfValueList<double> _sizes = new();
    private readonly PdfValueList<int> _counts = new();

    // The next size with the same hash, or -1; the first of each hash is in the map.
    private readonly PdfValueList<int> _nextSameHash = new();
    private readonly PdfIntMap<int> _firstByHash = new();

    /// <summary>The number of different sizes counted.</summary>
    public int Count => _sizes.Count;

    /// <summary>Adds <paramref name="count"/> to the characters set in <paramref name="size"/>.</summary>
    /// <param name="size">The font size (rounded by the caller).</param>
    /// <param name="count">The characters.</param>
    public void Add(double size, int count)
    {
        var hash = Hash(size);
        var last = -1;
        if (_firstByHash.TryGetValue(hash, out var at))
        {
            for (; at >= 0; at = _nextSameHash[at])
            {
                if (Same(_sizes[at], size))
                {
                    _counts[at] += count;
                    return;
                }

                last = at;
            }
        }

        var index = _sizes.Count;
        _sizes.Add(size);
        _counts.Add(count);
        _nextSameHash.Add(-1);
        if (last >= 0)
        {
            _nextSameHash[last] = index;
        }
        else
        {
            _firstByHash[hash] = index;
        }
    }

    /// <summary>The size with the most characters, the first counted among equals; 0 when nothing was counted.</summary>
    public double Most()
    {
        var best = 0.0;
        var most = -1;
        for (var i = 0; i < _sizes.Count; i++)
        {
            if (_counts[i] > most)
            {
                best = _sizes[i];
                most = _counts[i];
            }
        }

        return best;
    }

    private static bool Same(double a, double b) => a == b || (double.IsNaN(a) && double.IsNaN(b));

    private static int Hash(double size)
    {
        // Equal sizes must hash alike: -0 as 0, every NaN as one.
        var bits = size == 0 ? 0 : double.IsNaN(size) ? -1L : BitConverter.DoubleToInt64Bits(size);
        return (int)bits ^ (int)(bits >> 32);
    }
}
