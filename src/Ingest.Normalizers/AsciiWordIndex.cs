using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Ingest.Normalizers;

/// <summary>
/// Keys of one to seven ASCII letters, each held lower-cased as eight bytes (zero past its end) beside a payload, in a
/// table where every key sits in one of the two slots its two hashes name (cuckoo hashing). A word is looked up by its
/// letters, which the caller folds from the eight characters it has already loaded to find the word's end (the word and
/// the character after it): two slot compares whose results are combined without a branch, so whether a word of prose
/// is a key (the tokenizer's least predictable question) costs no mispredicted jump, the short and the longer words
/// take the same path, and the payload comes with the key rather than from a second table.
/// </summary>
internal sealed class AsciiWordIndex
{
    /// <summary>
    /// The longest key and word the index takes: one less than <see cref="BlockLength"/>, so that a word's end is seen
    /// in the one block loaded at its start.
    /// </summary>
    public const int MaxLength = 7;

    /// <summary>The characters loaded at a word's start (one <see cref="Vector128{T}"/> of <see cref="ushort"/>): the word and the character that ends it.</summary>
    public const int BlockLength = 8;

    // Eight lanes of all ones then eight of zeros: the mask of a word of n letters starts n lanes before the zeros.
    private static readonly ushort[] LengthMasks = [.. Enumerable.Repeat(ushort.MaxValue, BlockLength), .. new ushort[BlockLength]];

    // Per slot, the key's letters then its payload; an empty slot is zero, which no word's letters are.
    private readonly ulong[] _slots;
    private readonly int _shift;
    private readonly ulong _seed;

    private AsciiWordIndex(ulong[] slots, int shift, ulong seed)
    {
        _slots = slots;
        _shift = shift;
        _seed = seed;
    }

    /// <summary>
    /// Indexes <paramref name="entries"/>: keys of one to seven ASCII letters, distinct ignoring case, with payloads other
    /// than zero; <see langword="null"/> when a key does not fit or a payload is zero.
    /// </summary>
    public static AsciiWordIndex? Create(IReadOnlyList<KeyValuePair<string, ulong>> entries)
    {
        var letters = new ulong[entries.Count];
        for (var k = 0; k < entries.Count; k++)
        {
            if (!Fits(entries[k].Key) || entries[k].Value == 0)
            {
                return null;
            }

            letters[k] = KeyLetters(entries[k].Key);
        }

        // A table of at least twice the keys: the two choices place every key for almost every seed.
        for (var bits = 4; bits < 20; bits++)
        {
            if ((1 << bits) < letters.Length * 2)
            {
                continue;
            }

            for (var attempt = 1UL; attempt <= 64; attempt++)
            {
                var seed = (0x9E3779B97F4A7C15UL * attempt) | 1;
                if (TryPlace(entries, letters, bits, seed) is { } slots)
                {
                    return new AsciiWordIndex(slots, 64 - bits, seed);
                }
            }
        }

        throw new InvalidOperationException("The word index could not place its keys.");
    }

    /// <summary>Whether <paramref name="key"/> is one to seven ASCII letters.</summary>
    public static bool Fits(string key) => key.Length is >= 1 and <= MaxLength && key.All(char.IsAsciiLetter);

    /// <summary>
    /// The letters of a word of <paramref name="length"/> ASCII letters (one to seven) from the eight characters
    /// <paramref name="block"/> that start with it: each letter lowered by its 0x20 bit and narrowed to a byte, the first
    /// in the lowest byte, the bytes past the word zero.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong WordLetters(Vector128<ushort> block, int length)
    {
        var lowered = (block | Vector128.Create((ushort)0x20)) & Vector128.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(LengthMasks), (nuint)(BlockLength - length));
        return Vector128.Narrow(lowered, lowered).AsUInt64().ToScalar();
    }

    /// <summary>The payload of the key whose letters are <paramref name="letters"/> (see <see cref="WordLetters"/>), or 0 for none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Find(ulong letters)
    {
        // The table's start read before the hashes: in this order the JIT keeps both slot numbers in registers.
        ref var table = ref MemoryMarshal.GetArrayDataReference(_slots);
        var (first, second) = Slots(letters, _seed, _shift);

        // The slots are below the table's size by construction (a hash shifted down to its bits), so unchecked.
        ref var one = ref Unsafe.Add(ref table, (nint)first * 2);
        ref var other = ref Unsafe.Add(ref table, (nint)second * 2);
        return (Unsafe.Add(ref one, 1) & (0UL - Unsafe.BitCast<bool, byte>(one == letters)))
            | (Unsafe.Add(ref other, 1) & (0UL - Unsafe.BitCast<bool, byte>(other == letters)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (uint First, uint Second) Slots(ulong letters, ulong seed, int shift)
    {
        var mixed = letters * seed;
        return ((uint)(mixed >> shift), (uint)(((mixed ^ (mixed >> 29)) * 0xFF51AFD7ED558CCDUL) >> shift));
    }

    private static ulong KeyLetters(string key)
    {
        var letters = 0UL;
        for (var k = 0; k < key.Length; k++)
        {
            letters |= (ulong)(byte)(key[k] | 0x20) << (8 * k);
        }

        return letters;
    }

    private static ulong[]? TryPlace(IReadOnlyList<KeyValuePair<string, ulong>> entries, ulong[] letters, int bits, ulong seed)
    {
        var slots = new ulong[2 << bits];
        for (var k = 0; k < letters.Length; k++)
        {
            var key = letters[k];
            var payload = entries[k].Value;
            var (slot, _) = Slots(key, seed, 64 - bits);
            for (var kick = 0; slots[slot * 2] != 0; kick++)
            {
                if (kick == 32)
                {
                    return null;
                }

                // Take the slot and move its key to that key's other slot.
                (slots[slot * 2], key) = (key, slots[slot * 2]);
                (slots[(slot * 2) + 1], payload) = (payload, slots[(slot * 2) + 1]);
                var (first, second) = Slots(key, seed, 64 - bits);
                slot = slot == first ? second : first;
            }

            slots[slot * 2] = key;
            slots[(slot * 2) + 1] = payload;
        }

        return slots;
    }
}
