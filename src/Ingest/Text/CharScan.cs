using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Ingest.Text;

/// <summary>
/// Searches for the first character of a fixed set, eight characters at a time, with the set's test written as a few
/// vector compares. These replace <c>IndexOfAny(SearchValues)</c> in the text reader's hot loops: the framework's
/// searchers are generic over its own internal types, have no precompiled form, and so ran unoptimised (tier 0) for
/// most of a short host run (docs/performance.md, host runs). ReadyToRun does not precompile this vector code either
/// (the host's JIT summary listed it at tier 0), so the search is compiled optimised at its first call: one small
/// compilation per process instead of hundreds of thousands of unoptimised calls.
/// </summary>
internal static class CharScan
{
    /// <summary>
    /// The index of the first character that ends a line or is removed from it (C0 controls except tab, DEL, C1
    /// controls, U+2028, U+2029, U+FEFF, U+FFFD-U+FFFF), or -1.
    /// </summary>
    /// <param name="text">The text to search.</param>
    public static int IndexOfLineSpecial(ReadOnlySpan<char> text) => IndexOf(text, default(LineSpecial));

    /// <summary>The index of the first inline Markdown marker (<c>\ ` [ * _ ~ &lt; !</c>), or -1.</summary>
    /// <param name="text">The text to search.</param>
    public static int IndexOfMarker(ReadOnlySpan<char> text) => IndexOf(text, default(Marker));

    /// <summary>The index of the first control character or whitespace other than the space (U+0020), or -1.</summary>
    /// <param name="text">The text to search.</param>
    public static int IndexOfRunBreak(ReadOnlySpan<char> text) => IndexOf(text, default(RunBreak));

    /// <summary>Whether <paramref name="c"/> is one that <see cref="IndexOfLineSpecial"/> stops at.</summary>
    /// <param name="c">The character.</param>
    public static bool IsLineSpecial(char c) => default(LineSpecial).Contains(c);

    /// <summary>Whether <paramref name="c"/> is one that <see cref="IndexOfMarker"/> stops at.</summary>
    /// <param name="c">The character.</param>
    public static bool IsMarker(char c) => default(Marker).Contains(c);

    /// <summary>Whether <paramref name="c"/> is one that <see cref="IndexOfRunBreak"/> stops at.</summary>
    /// <param name="c">The character.</param>
    public static bool IsRunBreak(char c) => default(RunBreak).Contains(c);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int IndexOf<TSet>(ReadOnlySpan<char> text, TSet set)
        where TSet : struct, ICharSet
    {
        var i = 0;
        if (Vector128.IsHardwareAccelerated && text.Length >= Vector128<ushort>.Count)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var last = text.Length - Vector128<ushort>.Count;
            while (true)
            {
                var found = set.Match(Vector128.LoadUnsafe(ref start, (nuint)i)).ExtractMostSignificantBits();
                if (found != 0)
                {
                    return i + BitOperations.TrailingZeroCount(found);
                }

                if (i == last)
                {
                    return -1;
                }

                // The last vector may overlap the one before: its characters there were already found not to match.
                i = Math.Min(i + Vector128<ushort>.Count, last);
            }
        }

        for (; i < text.Length; i++)
        {
            if (set.Contains(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // Printable ASCII, the bulk of most text, is in none of the sets: one compare clears a vector of it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AllPrintableAscii(Vector128<ushort> v)
        => Vector128.LessThanAll(v - Vector128.Create((ushort)0x20), Vector128.Create((ushort)0x5F));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> InRange(Vector128<ushort> v, ushort first, ushort count)
        => Vector128.LessThan(v - Vector128.Create(first), Vector128.Create(count));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Is(Vector128<ushort> v, ushort c) => Vector128.Equals(v, Vector128.Create(c));

    private interface ICharSet
    {
        /// <summary>All bits set in each lane whose character is in the set.</summary>
        Vector128<ushort> Match(Vector128<ushort> v);

        bool Contains(char c);
    }

    private readonly struct LineSpecial : ICharSet
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector128<ushort> Match(Vector128<ushort> v)
            => AllPrintableAscii(v)
                ? Vector128<ushort>.Zero
                : (Vector128.LessThan(v, Vector128.Create((ushort)0x20)) & ~Is(v, '\t'))
                    | InRange(v, 0x7F, 0x21) | InRange(v, 0x2028, 2) | Is(v, '\uFEFF')
                    | Vector128.GreaterThanOrEqual(v, Vector128.Create((ushort)0xFFFD));

        public bool Contains(char c)
            => (c < 0x20 && c != '\t') || (uint)(c - 0x7F) < 0x21 || (uint)(c - 0x2028) < 2 || c == '\uFEFF' || c >= '\uFFFD';
    }

    private readonly struct Marker : ICharSet
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector128<ushort> Match(Vector128<ushort> v)
            => InRange(v, '[', 2) | InRange(v, '_', 2) | Is(v, '*') | Is(v, '~') | Is(v, '<') | Is(v, '!');

        public bool Contains(char c)
            => (uint)(c - '[') < 2 || (uint)(c - '_') < 2 || c is '*' or '~' or '<' or '!';
    }

    private readonly struct RunBreak : ICharSet
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector128<ushort> Match(Vector128<ushort> v)
            => AllPrintableAscii(v)
                ? Vector128<ushort>.Zero
                : Vector128.LessThan(v, Vector128.Create((ushort)0x20)) | Is(v, '\u0085') | Is(v, '\u00A0') | Is(v, '\u1680')
                    | InRange(v, 0x2000, 0x0B) | InRange(v, 0x2028, 2) | Is(v, '\u202F') | Is(v, '\u205F') | Is(v, '\u3000');

        public bool Contains(char c)
            => c < 0x20 || c is '\u0085' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000'
                || (uint)(c - 0x2000) < 0x0B;
    }
}
