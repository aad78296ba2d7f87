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
        }
    }

    public bool TryGet(ReadOnlySpan<char> word, out WordEntry entry)
    {
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
