using System.Numerics;
using System.Runtime.CompilerServices;

namespace Ingest.Normalizers.Names;

/// <summary>
/// The hash of a folded key that the tokenizer computes once per token and the phrase tables look up by. Keys are
/// short (a word, a few words), so two characters are mixed per step and the result is finished with an avalanche:
/// cheaper than the string hash, which is built for long and hostile input, and as well spread over the table sizes.
/// </summary>
internal static class NameKeyHash
{
    private const uint Multiplier = 0x9E3779B1;

    /// <summary>The hash of <paramref name="key"/>.</summary>
    /// <param name="key">A folded key.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Of(ReadOnlySpan<char> key)
    {
        var h = 0x811C9DC5u ^ (uint)key.Length;
        var i = 0;
        for (; i + 1 < key.Length; i += 2)
        {
            h = BitOperations.RotateLeft((h ^ key[i] ^ ((uint)key[i + 1] << 16)) * Multiplier, 15);
        }

        if (i < key.Length)
        {
            h = BitOperations.RotateLeft((h ^ key[i]) * Multiplier, 15);
        }

        // The finishing mix of MurmurHash3: every input bit reaches the low bits that pick a bucket.
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return (int)h;
    }
}
