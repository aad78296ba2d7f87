using System.Runtime.CompilerServices;

namespace Ingest.Readers.Pdf.Collections;

/// <summary>
/// Comparisons with the framework's results, written out so that ReadyToRun code inlines them: <c>CompareTo</c> lives
/// in CoreLib, outside this assembly's version bubble, so every call from precompiled code went through a stub.
/// </summary>
internal static class PdfCompare
{
    /// <summary>What <see cref="double.CompareTo(double)"/> returns: NaN first and equal to NaN, -0 equal to 0.</summary>
    /// <param name="a">The first value.</param>
    /// <param name="b">The second value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(double a, double b)
    {
        if (a < b)
        {
            return -1;
        }

        if (a > b)
        {
            return 1;
        }

        if (a == b)
        {
            return 0;
        }

        // At least one is NaN: NaN sorts first.
        return double.IsNaN(a) ? (double.IsNaN(b) ? 0 : -1) : 1;
    }

    /// <summary>What <see cref="int.CompareTo(int)"/> returns.</summary>
    /// <param name="a">The first value.</param>
    /// <param name="b">The second value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(int a, int b) => a < b ? -1 : a > b ? 1 : 0;
}
