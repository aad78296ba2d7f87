namespace Ingest.Normalizers.Dates;

/// <summary>
/// A case-insensitive open-addressing table from words to <see cref="WordEntry"/> values, looked up by span so the
/// scanner never allocates a string per token.
/// </summary>
internal sealed class WordTable
{
    private readonly string?[] _keys;
    private readonly WordEntry[] _values;
    private readonly int _mask;

    // Which (first letter, length) pairs occur at all: most words of running text are rejected without hashing.
    private readonly bool[] _shapes = new bool[27 * 32];

    public WordTable(IReadOnlyDictionary<string, WordEntry> words)
    {
        var size = 16;
        while (size < words.Count * 4)
        {
            size <<= 1;
        }

        _keys = new string?[size];
        _values = new WordEntry[size];
        _mask = size - 1;
        foreach (var (key, value) in words)
        {
            var slot = Hash(key) & _mask;
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key.ToLowerInvariant();
            _values[slot] = value;
            _shapes[Shape(key)] = true;
        }
    }

    public bool TryGet(ReadOnlySpan<char> word, out WordEntry entry)
    {
        if (word.IsEmpty || !_shapes[Shape(word)])
        {
            entry = default;
            return false;
        }

        var slot = Hash(word) & _mask;
        while (_keys[slot] is { } key)
        {
            if (key.Length == word.Length && word.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                entry = _values[slot];
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        entry = default;
        return false;
    }

    private static int Shape(ReadOnlySpan<char> word)
    {
        var first = (char)(word[0] | 0x20);
        var letter = first is >= 'a' and <= 'z' ? first - 'a' : 26;
        return (letter * 32) + Math.Min(word.Length, 31);
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        // FNV-1a over ASCII-lowercased chars; non-ASCII words simply hash their code units.
        var hash = 2166136261u;
        foreach (var c in word)
        {
            var lower = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            hash = (hash ^ lower) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
