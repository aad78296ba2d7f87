namespace Ingest.Normalizers.Names;

/// <summary>
/// A hash table from folded phrases to values that is looked up by span, so scanning a document allocates nothing
/// (the same on net8.0 and later, without alternate-lookup APIs). Filled once, then read by any number of threads.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class PhraseTable<TValue>
    where TValue : class
{
    private int[] _buckets = new int[256];
    private Slot[] _slots = new Slot[256];
    private int _count;

    /// <summary>The number of phrases.</summary>
    public int Count => _count;

    /// <summary>Finds the value of <paramref name="key"/>, or <see langword="null"/>.</summary>
    /// <param name="key">A folded phrase.</param>
    public TValue? Find(ReadOnlySpan<char> key) => Find(key, NameKeyHash.Of(key));

    /// <summary>Finds the value of <paramref name="key"/> whose hash the caller already has, or <see langword="null"/>.</summary>
    /// <param name="key">A folded phrase.</param>
    /// <param name="hash">The hash of <paramref name="key"/> as <see cref="NameKeyHash.Of"/> gives it.</param>
    public TValue? Find(ReadOnlySpan<char> key, int hash)
    {
        for (var i = _buckets[hash & (_buckets.Length - 1)] - 1; i >= 0; i = _slots[i].Next)
        {
            ref var slot = ref _slots[i];
            if (slot.Hash == hash && key.SequenceEqual(slot.Key))
            {
                return slot.Value;
            }
        }

        return null;
    }

    /// <summary>Returns the value of <paramref name="key"/>, adding one made by <paramref name="create"/> when missing.</summary>
    /// <param name="key">A folded phrase.</param>
    /// <param name="create">Makes the value.</param>
    public TValue GetOrAdd(string key, Func<TValue> create)
    {
        var found = Find(key);
        if (found is not null)
        {
            return found;
        }

        if (_count == _slots.Length)
        {
            Grow();
        }

        var hash = NameKeyHash.Of(key);
        var value = create();
        ref var bucket = ref _buckets[hash & (_buckets.Length - 1)];
        _slots[_count] = new Slot { Key = key, Hash = hash, Value = value, Next = bucket - 1 };
        bucket = _count + 1;
        _count++;
        return value;
    }

    private void Grow()
    {
        var size = _slots.Length * 2;
        Array.Resize(ref _slots, size);
        _buckets = new int[size];
        for (var i = 0; i < _count; i++)
        {
            ref var bucket = ref _buckets[_slots[i].Hash & (size - 1)];
            _slots[i].Next = bucket - 1;
            bucket = i + 1;
        }
    }

    private struct Slot
    {
        public string Key;
        public int Hash;
        public int Next;
        public TValue Value;
    }
}
