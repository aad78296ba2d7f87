namespace Ingest.Normalizers.Names;

/// <summary>
/// A hash table from folded phrases to values that is looked up by span, so scanning a document allocates nothing
/// (the same on net8.0 and later, without alternate-lookup APIs). Filled once, then read by any number of threads.
/// </summary>
/// <remarks>
/// Open addressing over one array of (hash, index) pairs at most half full: a word that is not in the table, the usual
/// case, is answered from one or two neighbouring pairs, without reading a key. A phrase's key, value and tag sit
/// together in one entry, so a phrase found costs one more cache line and its key's characters.
/// </remarks>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class PhraseTable<TValue>
    where TValue : class
{
    private Bucket[] _buckets = new Bucket[512];
    private Entry[] _entries = new Entry[256];
    private int _count;

    /// <summary>The number of phrases.</summary>
    public int Count => _count;

    /// <summary>The phrase added <paramref name="index"/>-th (from 0).</summary>
    /// <param name="index">The order of addition.</param>
    public string KeyAt(int index) => _entries[index].Key;

    /// <summary>The value of the phrase added <paramref name="index"/>-th (from 0).</summary>
    /// <param name="index">The order of addition.</param>
    public TValue ValueAt(int index) => _entries[index].Value;

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

        ref readonly var entry = ref _entries[index];
        tag = entry.Tag;
        return entry.Value;
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
            return _entries[found].Value;
        }

        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _count * 2);
            Rehash(_buckets.Length * 2);
        }

        var value = create();
        _entries[_count] = new Entry { Key = key, Value = value, Tag = tag };
        Place(hash, _count);
        _count++;
        return value;
    }

    private int IndexOf(ReadOnlySpan<char> key, long longHash)
    {
        var hash = (int)longHash;
        var buckets = _buckets;
        var mask = buckets.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var bucket = buckets[i];
            if (bucket.Index == 0)
            {
                return -1;
            }

            if (bucket.Hash == hash && key.SequenceEqual(_entries[bucket.Index - 1].Key))
            {
                return bucket.Index - 1;
            }
        }
    }

    private void Place(long longHash, int index)
    {
        var hash = (int)longHash;
        var mask = _buckets.Length - 1;
        var i = hash & mask;
        while (_buckets[i].Index != 0)
        {
            i = (i + 1) & mask;
        }

        _buckets[i] = new Bucket { Hash = hash, Index = index + 1 };
    }

    private void Rehash(int size)
    {
        _buckets = new Bucket[size];
        for (var i = 0; i < _count; i++)
        {
            Place(NameKeyHash.Of(_entries[i].Key), i);
        }
    }

    /// <summary>A slot of the table: the low half of the key's hash and its index plus one (zero marks an empty slot).</summary>
    private struct Bucket
    {
        public int Hash;
        public int Index;
    }

    /// <summary>A phrase with its value and tag.</summary>
    private struct Entry
    {
        public string Key;
        public TValue Value;
        public int Tag;
    }
}
