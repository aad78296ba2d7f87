namespace Ingest.Normalizers.Numbers;

/// <summary>
/// A read-only, case-insensitive table from words (or short phrases with single spaces) to values, looked up by span
/// so the scanner never allocates a string per word. Open addressing over a power-of-two array.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class NumberWordTable<TValue>
{
    private readonly string?[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;

    public NumberWordTable(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var list = new List<KeyValuePair<string, TValue>>(entries);
        var size = 16;
        while (size < list.Count * 3)
        {
            size <<= 1;
        }

        _keys = new string?[size];
        _values = new TValue[size];
        _mask = size - 1;
        foreach (var (key, value) in list)
        {
            var slot = Hash(key) & _mask;
            while (_keys[slot] is { } existing && !existing.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = value;
        }
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        if (!word.IsEmpty)
        {
            var slot = Hash(word) & _mask;
            while (_keys[slot] is { } key)
            {
                if (word.Equals(key, StringComparison.OrdinalIgnoreCase))
                {
                    value = _values[slot];
                    return true;
                }

                slot = (slot + 1) & _mask;
            }
        }

        value = default!;
        return false;
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            var lower = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c < 128 ? c : char.ToUpperInvariant(c);
            hash = (hash ^ lower) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
