namespace Ingest.Normalizers.Names;

/// <summary>
/// A hash table from folded phrases to values that is looked up by span, so scanning a document allocates nothing
/// (the same on net8.0 and later, without alternate-lookup APIs). Filled once, then read by any number of threads.
/// </summary>
/// <remarks>
/// Open addressing over one array of (hash, index) pairs at most half full: a word that is not in the table, the usual
/// case, is answered from one or two neighbouring pairs, without reading a key.
/// </remarks>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class PhraseTable<TValue>
    where TValue : class
{
    private Bucket[] _buckets = new Bucket[512];
    private string[] _keys = new string[256];
    private TValue[] _values = new TValue[256];
    private int _count;

    /// <summary>The number of phrases.</summary>
    public int Count => _count;

    /// <summary>The phrase added <paramref name="index"/>-th (from 0).</summary>
    /// <param name="index">The order of addition.</param>
    public string KeyAt(int index) => _keys[index];

    /// <summary>The value of the phrase added <paramref name="index"/>-th (from 0).</summary>
    /// <param name="index">The order of addition.</param>
    public TValue ValueAt(int index) => _values[index];

    /// <summary>Finds the value of <paramref name="key"/>, or <see langword="null"/>.</summary>
    /// <param name="key">A folded phrase.</param>
    public TValue? Find(ReadOnlySpan<char> key) => Find(key, NameKeyHash.Of(key));

    /// <summary>Finds the value of <paramref name="key"/> whose hash the caller already has, or <see langword="null"/>.</summary>
    /// <param name="key">A folded phrase.</param>
    /// <param name="hash">The hash of <paramref name="key"/> as <see cref="NameKeyHash.Of(ReadOnlySpan{char})"/> gives it.</param>
    public TValue? Find(ReadOnlySpan<char> key, long hash)
    {
        var index = IndexOf(key, hash);
        return index >= 0 ? _values[index] : null;
    }

    /// <summary>Returns the value of <paramref name="key"/>, adding one made by <paramref name="create"/> when missing.</summary>
    /// <param name="key">A folded phrase.</param>
    /// <param name="create">Makes the value.</param>
    public TValue GetOrAdd(string key, Func<TValue> create)
    {
        var hash = NameKeyHash.Of(key);
        var found = IndexOf(key, hash);
        if (found >= 0)
        {
            return _values[found];
        }

        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _values, _count * 2);
            Rehash(_buckets.Length * 2);
        }

        var value = create();
        _keys[_count] = key;
        _values[_count] = value;
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

            if (bucket.Hash == hash && key.SequenceEqual(_keys[bucket.Index - 1]))
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
            Place(NameKeyHash.Of(_keys[i]), i);
        }
    }

    /// <summary>A slot of the table: the low half of the key's hash and its index plus one (zero marks an empty slot).</summary>
    private struct Bucket
    {
        public int Hash;
        public int Index;
    }
}
