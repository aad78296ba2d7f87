using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Ingest.Normalizers;

/// <summary>
/// The length of a run of ASCII letters, eight characters at a time in one vector compare, inlined at the call: most
/// words of prose are shorter than eight letters, so this is one compare where a general search
/// (<c>IndexOfAnyExcept</c> with a set of letters) pays a call, a dispatch and its set-up per word.
/// </summary>
internal static class AsciiLetterRun
{
    /// <summary>How many characters at the start of <paramref name="text"/> are ASCII letters (its length when all are).</summary>
    /// <param name="text">The text from the first character that may be a letter.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Length(ReadOnlySpan<char> text)
    {
        var units = MemoryMarshal.Cast<char, ushort>(text);
        var k = 0;
        while (k + Vector128<ushort>.Count <= units.Length)
        {
            // A letter folded to lower case by its 0x20 bit lies 0-25 past 'a'; any other character (every one beyond
            // ASCII included) lies further, or wraps around below 'a' to a large value.
            var folded = (Vector128.Create(units.Slice(k, Vector128<ushort>.Count)) | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a');
            var others = Vector128.GreaterThan(folded, Vector128.Create((ushort)25)).ExtractMostSignificantBits();
            if (others != 0)
            {
                return k + BitOperations.TrailingZeroCount(others);
            }

            k += Vector128<ushort>.Count;
        }

        while (k < units.Length && (uint)((units[k] | 0x20) - 'a') < 26)
        {
            k++;
        }

        return k;
    }

    /// <summary>How many characters at the start of <paramref name="text"/> are ASCII letters or digits (its length when all are).</summary>
    /// <param name="text">The text from the first character that may be a letter or digit.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LengthWithDigits(ReadOnlySpan<char> text)
    {
        var units = MemoryMarshal.Cast<char, ushort>(text);
        var k = 0;
        while (k + Vector128<ushort>.Count <= units.Length)
        {
            // As in Length; a digit lies 0-9 past '0', anything else further or wrapped around to a large value.
            var block = Vector128.Create(units.Slice(k, Vector128<ushort>.Count));
            var folded = (block | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a');
            var digit = block - Vector128.Create((ushort)'0');
            var others = (Vector128.GreaterThan(folded, Vector128.Create((ushort)25))
                & Vector128.GreaterThan(digit, Vector128.Create((ushort)9))).ExtractMostSignificantBits();
            if (others != 0)
            {
                return k + BitOperations.TrailingZeroCount(others);
            }

            k += Vector128<ushort>.Count;
        }

        while (k < units.Length && ((uint)((units[k] | 0x20) - 'a') < 26 || (uint)(units[k] - '0') < 10))
        {
            k++;
        }

        return k;
    }
}
