namespace Ingest.Normalizers.Names;

/// <summary>
/// A set of key hashes (<see cref="NameKeyHash"/>), open-addressed in one array of 64-bit hashes: adding every
/// lower-case word of a document is a probe or two, with none of a general hash set's entry bookkeeping. Cleared to be
/// reused.
/// </summary>
/// <remarks>
/// A hash stands for its word: two words of a document share a 64-bit hash with odds of about one in 10^12, and the
/// hash's seed is random per process, so no text can be written to make them share one or to crowd one probe chain.
/// </remarks>
internal sealed class KeyHashSet
{
    // Zero marks an empty slot, so the hash zero is kept apart.
    private long[] _slots = new long[256];
    private int _used;
    private bool _hasZero;

    /// <summary>The number of hashes in the set.</summary>
    public int Count => _used + (_hasZero ? 1 : 0);

    /// <summary>Adds <paramref name="hash"/>.</summary>
    /// <param name="hash">A key hash.</param>
    public void Add(long hash)
    {
        if (hash == 0)
        {
            _hasZero = true;
            return;
        }

        if ((_used + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        var mask = _slots.Length - 1;
        for (var i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            var slot = _slots[i];
            if (slot == hash)
            {
                return;
            }

            if (slot == 0)
            {
                _slots[i] = hash;
                _used++;
                return;
            }
        }
    }

    /// <summary>Whether <paramref name="hash"/> is in the set.</summary>
    /// <param name="hash">A key hash.</param>
    public bool Contains(long hash)
    {
        if (hash == 0)
        {
            return _hasZero;
        }

        var mask = _slots.Length - 1;
        for (var i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            var slot = _slots[i];
            if (slot == hash)
            {
                return true;
            }

            if (slot == 0)
            {
                return false;
            }
        }
    }

    /// <summary>Empties the set, keeping its room.</summary>
    public void Clear()
    {
        if (_used > 0)
        {
            Array.Clear(_slots);
        }

        _used = 0;
        _hasZero = false;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new long[old.Length * 2];
        _used = 0;
        foreach (var hash in old)
        {
            if (hash != 0)
            {
                Add(hash);
            }
        }
    }
}
