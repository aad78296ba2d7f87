using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    // The keys of one to three ASCII letters, looked up by their letters (null when a key that short has other characters,
    // which the case-insensitive comparison may match to ASCII letters: "ı" is "i").
    private readonly ShortAsciiWords<TValue>? _short;

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

        var shortKeys = list.FindAll(e => e.Key.Length <= ShortLength);
        _short = shortKeys.TrueForAll(e => ShortAsciiWords<TValue>.Fits(e.Key)) ? new ShortAsciiWords<TValue>(shortKeys) : null;
    }

    /// <summary>The longest word <see cref="TryGetAsciiLetters"/> decides by its letters, without hashing.</summary>
    private const int ShortLength = 3;

    /// <summary>Looks <paramref name="word"/> up; the shape filter is inlined at the call, so most words make no call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        if (!word.IsEmpty && (_shapes[ShapeOf(word)] & LengthBit(word.Length)) != 0)
        {
            return TryGetHashed(word, out value);
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="word"/> passes the shape filter (first letter, last letter, length) that every lookup
    /// makes first: false means no key is equal to it, without hashing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word) => !word.IsEmpty && (_shapes[ShapeOf(word)] & LengthBit(word.Length)) != 0;

    private bool TryGetHashed(ReadOnlySpan<char> word, out TValue value)
    {
        // A word of ASCII letters (most) is hashed and compared letter by letter, as the case-insensitive comparison
        // would decide for it, without that comparison's call and the case tables.
        if (AsciiLetterRun.Length(word) == word.Length)
        {
            return TryGetHashedAsciiLetters(word, out value);
        }

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

        value = default!;
        return false;
    }

    /// <summary>
    /// As <see cref="TryGetValue(ReadOnlySpan{char}, out TValue)"/> for a <paramref name="word"/> made of ASCII letters
    /// only: words of up to three letters are decided by their letters (<see cref="ShortAsciiWords{TValue}"/>), longer
    /// ones compared with keys of ASCII letters letter by letter, without a call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetAsciiLetters(ReadOnlySpan<char> word, out TValue value)
    {
        if ((uint)(word.Length - 1) < ShortLength && _short is { } shortWords)
        {
            return shortWords.TryGetValue(word, out value);
        }

        if (!word.IsEmpty && (_shapes[ShapeOf(word)] & LengthBit(word.Length)) != 0)
        {
            return TryGetHashedAsciiLetters(word, out value);
        }

        value = default!;
        return false;
    }

    private bool TryGetHashedAsciiLetters(ReadOnlySpan<char> word, out TValue value)
    {
        var slot = HashAsciiLetters(word) & _mask;
        while (_keys[slot] is { } key)
        {
            if (_asciiKeys[slot] is { } lower ? SameAsciiLetters(word, lower) : word.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                value = _values[slot];
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// Whether ASCII letters <paramref name="word"/> spell <paramref name="lower"/> (lower-case ASCII letters) in any case:
    /// four letters at a time, each lowered by setting its 0x20 bit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameAsciiLetters(ReadOnlySpan<char> word, string lower)
    {
        if (word.Length != lower.Length)
        {
            return false;
        }

        var wordQuads = MemoryMarshal.Cast<char, ulong>(word);
        var lowerQuads = MemoryMarshal.Cast<char, ulong>(lower.AsSpan());
        for (var k = 0; k < wordQuads.Length; k++)
        {
            if ((wordQuads[k] | 0x0020_0020_0020_0020UL) != lowerQuads[k])
            {
                return false;
            }
        }

        for (var k = wordQuads.Length * 4; k < word.Length; k++)
        {
            if ((word[k] | 0x20) != lower[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <see cref="Hash"/> of a word of ASCII letters, where folding a letter is setting its 0x20 bit: the same value,
    /// without the tests a character of any kind needs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int HashAsciiLetters(ReadOnlySpan<char> word)
    {
        var n = word.Length;
        var hash = ((uint)n * 0x9E3779B1u) ^ 2166136261u;
        hash = (hash ^ (word[0] | 0x20u)) * 16777619u;
        hash = (hash ^ (word[n - 1] | 0x20u)) * 16777619u;
        hash = (hash ^ (word[n >> 1] | 0x20u)) * 16777619u;
        if (n > 3)
        {
            hash = (hash ^ (word[1] | 0x20u)) * 16777619u;
            hash = (hash ^ (word[n - 2] | 0x20u)) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
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

    /// <summary>
    /// The length and five case-folded letters (the first two, the middle one, the last two): constant work per word,
    /// which matters more than spread for a table this sparse; probing settles the rare collisions. Words equal
    /// ignoring case have the same length and the same folded letters, so the same hash.
    /// </summary>
    private static int Hash(ReadOnlySpan<char> word)
    {
        var n = word.Length;
        if (n == 0)
        {
            return 0;
        }

        var hash = ((uint)n * 0x9E3779B1u) ^ 2166136261u;
        hash = (hash ^ Fold(word[0])) * 16777619u;
        hash = (hash ^ Fold(word[n - 1])) * 16777619u;
        hash = (hash ^ Fold(word[n >> 1])) * 16777619u;
        if (n > 3)
        {
            hash = (hash ^ Fold(word[1])) * 16777619u;
            hash = (hash ^ Fold(word[n - 2])) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    /// <summary>
    /// A character as the case-insensitive comparison sees it: ASCII upper case lowered, other characters above ASCII
    /// upper-cased; general punctuation (U+2000-U+206F, the curly apostrophe of "Azerbaijan’s") has no case, so it is
    /// kept without asking the case tables.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fold(char c) => c is >= 'A' and <= 'Z' ? (uint)(c | 0x20) : c < 128 || c is >= '\u2000' and <= '\u206F' ? c : char.ToUpperInvariant(c);
}
