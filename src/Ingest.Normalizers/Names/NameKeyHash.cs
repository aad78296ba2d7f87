using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Ingest.Normalizers.Names;

/// <summary>
/// The 64-bit hash of a folded key that the tokenizer computes once per token and the phrase tables and word sets look
/// up by. Keys are short (a word, a few words): eight characters are mixed per step by one 64 x 64 -> 128-bit multiply
/// folded to 64 bits (as wyhash does), where the string hash takes several steps per word.
/// </summary>
/// <remarks>
/// The multiplier and the start value come from a random seed drawn once per process, so a document cannot be written
/// to send its words into one probe chain of these tables, as the randomized string hash prevents for dictionaries:
/// without the seed, no difference between two keys is known to survive the multiply. Nothing written depends on the
/// hash (tables compare keys, and a 64-bit hash stands for its word in the lower-case word set), so output is the
/// same under every seed.
/// </remarks>
internal static class NameKeyHash
{
    private static readonly ulong ProcessSeed = (ulong)Random.Shared.NextInt64() | ((ulong)Random.Shared.Next() << 63);

    /// <summary>The hash of <paramref name="key"/> under this process's seed.</summary>
    /// <param name="key">A folded key.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Of(ReadOnlySpan<char> key) => Of(key, ProcessSeed);

    /// <summary>The hash of <paramref name="key"/> under <paramref name="seed"/>.</summary>
    /// <param name="key">A folded key.</param>
    /// <param name="seed">The seed.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Of(ReadOnlySpan<char> key, ulong seed)
    {
        // The secrets are odd constants moved by the seed, so the multiplier is unknown to the text.
        var s1 = seed ^ 0xA0761D6478BD642F;
        var s2 = (seed * 0xE7037ED1A0B428DB) | 1;
        var h = seed ^ (ulong)key.Length;
        var rest = key;
        while (rest.Length > 8)
        {
            var block = MemoryMarshal.Cast<char, ulong>(rest[..8]);
            h = Mix(block[0] ^ s1, block[1] ^ h ^ s2);
            rest = rest[8..];
        }

        var a = rest.Length >= 4 ? MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(rest[..4])) : Partial(rest);
        var b = rest.Length > 4 ? Partial(rest[4..]) : 0;
        return (long)Mix(a ^ s1, b ^ h ^ s2);
    }

    /// <summary>Up to four characters as one 64-bit value, the first in the low bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Partial(ReadOnlySpan<char> chars) => chars.Length switch
    {
        0 => 0,
        1 => chars[0],
        2 => MemoryMarshal.Read<uint>(MemoryMarshal.AsBytes(chars)),
        3 => MemoryMarshal.Read<uint>(MemoryMarshal.AsBytes(chars[..2])) | ((ulong)chars[2] << 32),
        _ => MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(chars[..4])),
    };

    /// <summary>The full product of <paramref name="a"/> and <paramref name="b"/>, its two halves folded together.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong a, ulong b)
    {
        var high = Math.BigMul(a, b, out var low);
        return high ^ low;
    }
}
