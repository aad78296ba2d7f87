namespace Ingest.Normalizers.Names;

/// <summary>
/// A hash table from folded phrases to values that is looked up by span, so scanning a document allocates nothing
/// (the same on net8.0 and later, without alternate-lookup APIs). Filled once, then read by any number of threads.
/// </summary>
/// <remarks>
/// Open addressing over one array of slots at most half full, each holding a phrase's hash, key, value and tag: a word
/// looked up, found or not, costs the slots of its probe and, when one's hash matches, its key's characters. (Slots
/// that pointed into a separate entry array cost a further cache line per word found: about three of four words asked
/// about are found, and the table is larger than the first-level cache.)
/// </remarks>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class PhraseTable<TValue>
    where TValue : class
{
    private Slot[] _slots = new Slot[512];

    // The slot of each phrase in order of addition, for KeyAt and ValueAt.
    private int[] _order = new int[256];
    private int _count;

    /// <summary>The number of phrases.</summary>
    public int Count => _count;

    /// <summary>The phrase added <paramref name="index"/>-th (from 0).</summary>
    /// <param name="index">The order of addition.</param>
    public string KeyAt(int index) => _slots[_order[index]].Key!;

    /// <summary>The value of the phrase added <paramref name="index"/>-th (from 0).</summary>
    /// <param name="index">The order of addition.</param>
    public TValue ValueAt(int index) => _slots[_order[index]].Value!;

    /// <summary>Finds the value of <paramref name="key"/>, or <see langword="null"/>.</summary>
    /// <param name="key">A folded phrase.</param>
    public TValue? Find(ReadOnlySpan<char> key) => Find(key, NameKeyHash.Of(key), out _);

    /// <summary>Finds the value of <paramref name="key"/> and its tag, or <see langword="null"/> and 0.</summary>
    /// <param name="key">A folded phrase.</param>
    /// <param name="tag">The tag the phrase was added with.</param>
    public TValue? Find(ReadOnlySpan<char> key, out int tag) => Find(key, NameKeyHash.Of(key), out tag);

    /// <summary>Finds the value and tag of <paramref name="key"/> whose hash the caller already has, or <see langword="null"/> and 0.</summary>
    /// <param name="key">A folded phrase.</param>
    /// <param name="hash">The hash of <paramref name="key"/> as <see cref="NameKeyHash.Of(ReadOnlySpan{char})"/> gives it.</param>
    /// <param name="tag">The tag the phrase was added with.</param>
    public TValue? Find(ReadOnlySpan<char> key, long hash, out int tag)
    {
        var index = IndexOf(key, hash);
        if (index < 0)
        {
            tag = 0;
            return null;
        }

        ref readonly var slot = ref _slots[index];
        tag = slot.Tag;
        return slot.Value;
    }

    /// <summary>Returns the value of <paramref name="key"/>, adding one made by <paramref name="create"/> when missing.</summary>
    /// <param name="key">A folded phrase.</param>
    /// <param name="create">Makes the value.</param>
    /// <param name="tag">A number kept with the phrase when it is added (the finder's flags).</param>
    public TValue GetOrAdd(string key, Func<TValue> create, int tag = 0)
    {
        var hash = NameKeyHash.Of(key);
        var found = IndexOf(key, hash);
        if (found >= 0)
        {
            return _slots[found].Value!;
        }

        if (_count == _order.Length)
        {
            Array.Resize(ref _order, _count * 2);
            Rehash(_slots.Length * 2);
        }

        var value = create();
        _order[_count++] = Place(new Slot { Key = key, Value = value, Hash = (int)hash, Tag = tag });
        return value;
    }

    /// <summary>The slot holding <paramref name="key"/>, or -1.</summary>
    private int IndexOf(ReadOnlySpan<char> key, long longHash)
    {
        var hash = (int)longHash;
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref readonly var slot = ref slots[i];
            if (slot.Key is not { } candidate)
            {
                return -1;
            }

            if (slot.Hash == hash && key.SequenceEqual(candidate))
            {
                return i;
            }
        }
    }

    /// <summary>Puts <paramref name="slot"/> in the first free slot of its probe and returns where.</summary>
    private int Place(Slot slot)
    {
        var mask = _slots.Length - 1;
        var i = slot.Hash & mask;
        while (_slots[i].Key is not null)
        {
            i = (i + 1) & mask;
        }

        _slots[i] = slot;
        return i;
    }

    private void Rehash(int size)
    {
        var old = _slots;
        _slots = new Slot[size];
        for (var i = 0; i < _count; i++)
        {
            _order[i] = Place(old[_order[i]]);
        }
    }

    /// <summary>A slot of the table: a phrase (null marks an empty slot), its value, the low half of its hash and its tag.</summary>
    private struct Slot
    {
        public string? Key;
        public TValue? Value;
        public int Hash;
        public int Tag;
    }
}
