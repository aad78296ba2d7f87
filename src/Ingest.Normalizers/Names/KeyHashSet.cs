namespace Ingest.Normalizers.Names;

/// <summary>
/// A set of key hashes (<see cref="NameKeyHash"/>), open-addressed in one array of integers: adding every lower-case
/// word of a document is a probe or two, with none of a general hash set's entry bookkeeping. Cleared to be reused.
/// </summary>
internal sealed class KeyHashSet
{
    // Zero marks an empty slot, so the hash zero is kept apart.
    private int[] _slots = new int[256];
    private int _used;
    private bool _hasZero;

    /// <summary>The number of hashes in the set.</summary>
    public int Count => _used + (_hasZero ? 1 : 0);

    /// <summary>Adds <paramref name="hash"/>.</summary>
    /// <param name="hash">A key hash.</param>
    public void Add(int hash)
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
        for (var i = hash & mask; ; i = (i + 1) & mask)
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
    public bool Contains(int hash)
    {
        if (hash == 0)
        {
            return _hasZero;
        }

        var mask = _slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
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
        _slots = new int[old.Length * 2];
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
