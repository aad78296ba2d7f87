using System.Runtime.CompilerServices;

namespace Ingest.Normalizers;

/// <summary>
/// A read-only, case-insensitive table from words (or short phrases with single spaces) to values, looked up by span
/// so the date and number scanners never allocate a string per word. Open addressing over a power-of-two array, behind
/// a filter on each key's first letter, last letter and length: most words of prose fail that one bit test and are
/// never hashed.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class WordTable<TValue>
{
    private readonly string?[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;

    // Per (first letter, last letter) pair, a bit per key length (bit 31: 31 and longer); letters are case-folded ASCII,
    // every other character is class 26.
    private readonly uint[] _shapes = new uint[27 * 27];

    public WordTable(IEnumerable<KeyValuePair<string, TValue>> entries)
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
            if (key.Length > 0)
            {
                _shapes[ShapeOf(key)] |= LengthBit(key.Length);
            }
        }
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        if (!word.IsEmpty && (_shapes[ShapeOf(word)] & LengthBit(word.Length)) != 0)
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ShapeOf(ReadOnlySpan<char> word) => (LetterClass(word[0]) * 27) + LetterClass(word[^1]);

    private static uint LengthBit(int length) => 1u << Math.Min(length, 31);

    /// <summary>0-25 for a letter a-z in either case, including characters that upper-case to one (ı, ſ), else 26.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LetterClass(char c)
    {
        if (c >= 128)
        {
            c = char.ToUpperInvariant(c);
        }

        var letter = (uint)((c | 0x20) - 'a');
        return letter < 26 ? (int)letter : 26;
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
