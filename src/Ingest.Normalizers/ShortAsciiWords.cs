using System.Numerics;
using System.Runtime.CompilerServices;

namespace Ingest.Normalizers;

/// <summary>
/// The keys of one to three ASCII letters of a <see cref="WordTable{TValue}"/>, indexed by their letters: a row per first
/// letter (one- and two-letter words) or per first two letters (three-letter words), a bit per last letter, and the value
/// at the row's first index plus the set bits before it. Short function words ("the", "of", "in", "a") are the most
/// frequent words of prose and of these tables, and this decides them exactly with two loads and a bit count, where the
/// hashed look-up makes a call, a hash and a key compare.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class ShortAsciiWords<TValue>
{
    private const int Letters = 26;

    // Bit 26 of the row of a first letter: the one-letter word of that letter.
    private const int SingleLetterBit = 26;

    private readonly uint[] _rows = new uint[Letters + (Letters * Letters)];
    private readonly ushort[] _firstIndex = new ushort[Letters + (Letters * Letters)];
    private readonly TValue[] _values;

    /// <summary>Indexes <paramref name="entries"/>, every key of which is one to three ASCII letters.</summary>
    public ShortAsciiWords(IReadOnlyList<KeyValuePair<string, TValue>> entries)
    {
        foreach (var (key, _) in entries)
        {
            var (row, bit) = Place(key);
            _rows[row] |= 1u << bit;
        }

        var next = 0;
        for (var row = 0; row < _rows.Length; row++)
        {
            _firstIndex[row] = (ushort)next;
            next += BitOperations.PopCount(_rows[row]);
        }

        _values = new TValue[next];
        foreach (var (key, value) in entries)
        {
            var (row, bit) = Place(key);
            _values[_firstIndex[row] + BitOperations.PopCount(_rows[row] & ((1u << bit) - 1))] = value;
        }
    }

    /// <summary>Whether a key may be indexed here: one to three ASCII letters.</summary>
    public static bool Fits(string key) => key.Length is >= 1 and <= 3 && key.All(char.IsAsciiLetter);

    /// <summary>Looks up <paramref name="word"/>, one to three ASCII letters, in any case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        var first = (word[0] | 0x20) - 'a';
        int row;
        int bit;
        if (word.Length == 3)
        {
            row = Letters + (first * Letters) + ((word[1] | 0x20) - 'a');
            bit = (word[2] | 0x20) - 'a';
        }
        else
        {
            row = first;
            bit = word.Length == 2 ? (word[1] | 0x20) - 'a' : SingleLetterBit;
        }

        var mask = _rows[row];
        var below = mask & ((1u << bit) - 1);
        if ((mask & (1u << bit)) != 0)
        {
            value = _values[_firstIndex[row] + BitOperations.PopCount(below)];
            return true;
        }

        value = default!;
        return false;
    }

    private static (int Row, int Bit) Place(string key)
    {
        var first = (key[0] | 0x20) - 'a';
        return key.Length switch
        {
            1 => (first, SingleLetterBit),
            2 => (first, (key[1] | 0x20) - 'a'),
            _ => (Letters + (first * Letters) + ((key[1] | 0x20) - 'a'), (key[2] | 0x20) - 'a'),
        };
    }
}
