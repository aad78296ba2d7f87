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

    // Per slot, the key in lower case when it is made of ASCII letters only, else null: an ASCII word is compared with
    // it letter by letter, which for such keys is what the case-insensitive comparison decides.
    private readonly string?[] _asciiKeys;
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
        _asciiKeys = new string?[size];
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
            _asciiKeys[slot] = IsAsciiLetters(key) ? key.ToLowerInvariant() : null;
            _values[slot] = value;
            if (key.Length > 0)
            {
                _shapes[ShapeOf(key)] |= LengthBit(key.Length);
            }
        }
    }

    /// <summary>The hash of the empty word; <see cref="HashStep"/> folds in each character, <see cref="HashResult"/> finishes.</summary>
    public const uint HashSeed = 2166136261u;

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
        => TryGetValue(word, -1, out value);

    /// <summary>
    /// As <see cref="TryGetValue(ReadOnlySpan{char}, out TValue)"/> with <paramref name="hash"/> the word's hash as
    /// <see cref="HashSeed"/>, <see cref="HashStep"/> and <see cref="HashResult"/> give it (a scanner computes it while it
    /// reads the letters), or -1 to compute it here only when the shape filter lets the word through.
    /// </summary>
    public bool TryGetValue(ReadOnlySpan<char> word, int hash, out TValue value)
    {
        if (!word.IsEmpty && (_shapes[ShapeOf(word)] & LengthBit(word.Length)) != 0)
        {
            var slot = (hash < 0 ? Hash(word) : hash) & _mask;
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

    /// <summary>
    /// As <see cref="TryGetValue(ReadOnlySpan{char}, int, out TValue)"/> for a <paramref name="word"/> made of ASCII letters
    /// only, with its <paramref name="hash"/>: keys of ASCII letters are compared letter by letter, without a call.
    /// </summary>
    public bool TryGetAsciiLetters(ReadOnlySpan<char> word, int hash, out TValue value)
    {
        if (!word.IsEmpty && (_shapes[ShapeOf(word)] & LengthBit(word.Length)) != 0)
        {
            var slot = hash & _mask;
            while (_keys[slot] is { } key)
            {
                if (_asciiKeys[slot] is { } lower ? SameAsciiLetters(word, lower) : word.Equals(key, StringComparison.OrdinalIgnoreCase))
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

    /// <summary>Whether ASCII letters <paramref name="word"/> spell <paramref name="lower"/> (lower-case ASCII letters) in any case.</summary>
    private static bool SameAsciiLetters(ReadOnlySpan<char> word, string lower)
    {
        if (word.Length != lower.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if ((word[k] | 0x20) != lower[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetters(string key)
    {
        foreach (var c in key)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return key.Length > 0;
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

    /// <summary>Folds <paramref name="c"/>, case-folded, into <paramref name="hash"/> (FNV-1a).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashStep(uint hash, char c)
    {
        var lower = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c < 128 ? c : char.ToUpperInvariant(c);
        return (hash ^ lower) * 16777619u;
    }

    /// <summary>The table hash from the running <paramref name="hash"/> of all the word's characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HashResult(uint hash) => (int)(hash & 0x7FFFFFFF);

    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = HashSeed;
        foreach (var c in word)
        {
            hash = HashStep(hash, c);
        }

        return HashResult(hash);
    }
}
