namespace Ingest.Readers.Pdf.Collections;

/// <summary>
/// A hash map from 32-bit integer keys (object numbers, character codes, CIDs) to values, enumerated in insertion
/// order (a key set again keeps its place), with no removal but <see cref="Clear"/>.
/// </summary>
/// <remarks>
/// Why not <see cref="Dictionary{TKey, TValue}"/>: ReadyToRun cannot precompile the framework's dictionary over the
/// engine's own value types (the cross-reference entries) nor over most integer pairs, so each host process jitted
/// them; this type is compiled ahead of time with the engine. Keys are spread by a multiplicative hash, so dense
/// and strided numbers alike fill the table evenly.
/// </remarks>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class PdfIntMap<TValue>
{
    private int[] _buckets = new int[8];
    private int[] _keys = new int[8];
    private TValue[] _values = new TValue[8];
    private int[] _next = new int[8];
    private int _shift = 29;

    /// <summary>The number of keys held.</summary>
    public int Count { get; private set; }

    /// <summary>Sets the value of <paramref name="key"/>, adding the key when it is new.</summary>
    /// <param name="key">The key.</param>
    public TValue this[int key]
    {
        set
        {
            var at = Find(key);
            if (at >= 0)
            {
                _values[at] = value;
            }
            else
            {
                Append(key, value);
            }
        }
    }

    /// <summary>The key at position <paramref name="index"/> in insertion order.</summary>
    /// <param name="index">The position, below <see cref="Count"/>.</param>
    public int KeyAt(int index) => _keys[index];

    /// <summary>The value at position <paramref name="index"/> in insertion order.</summary>
    /// <param name="index">The position, below <see cref="Count"/>.</param>
    public TValue ValueAt(int index) => _values[index];

    /// <summary>Finds the value of <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, or the default when the key is absent.</param>
    public bool TryGetValue(int key, out TValue value)
    {
        var at = Find(key);
        value = at >= 0 ? _values[at] : default!;
        return at >= 0;
    }

    /// <summary>True when <paramref name="key"/> is held.</summary>
    /// <param name="key">The key.</param>
    public bool ContainsKey(int key) => Find(key) >= 0;

    /// <summary>Adds <paramref name="key"/> unless it is held already.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>True when the key was added.</returns>
    public bool TryAdd(int key, TValue value)
    {
        if (Find(key) >= 0)
        {
            return false;
        }

        Append(key, value);
        return true;
    }

    /// <summary>Removes every key.</summary>
    public void Clear()
    {
        Array.Clear(_buckets);
        Array.Clear(_values, 0, Count);
        Count = 0;
    }

    private int Bucket(int key) => (int)(((uint)key * 0x9E3779B1u) >> _shift);

    private int Find(int key)
    {
        for (var at = _buckets[Bucket(key)] - 1; at >= 0; at = _next[at])
        {
            if (_keys[at] == key)
            {
                return at;
            }
        }

        return -1;
    }

    private void Append(int key, TValue value)
    {
        if (Count == _keys.Length)
        {
            Grow();
        }

        var at = Count++;
        _keys[at] = key;
        _values[at] = value;
        var bucket = Bucket(key);
        _next[at] = _buckets[bucket] - 1;
        _buckets[bucket] = at + 1;
    }

    private void Grow()
    {
        var size = _keys.Length * 2;
        var keys = new int[size];
        Array.Copy(_keys, keys, Count);
        _keys = keys;
        var values = new TValue[size];
        Array.Copy(_values, values, Count);
        _values = values;
        _next = new int[size];
        _buckets = new int[size];
        _shift--;
        for (var at = 0; at < Count; at++)
        {
            var bucket = Bucket(_keys[at]);
            _next[at] = _buckets[bucket] - 1;
            _buckets[bucket] = at + 1;
        }
    }
}
