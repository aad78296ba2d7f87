using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Tests.Collections;

public sealed class PdfCompareTests
{
    [Fact]
    public void Doubles_compare_as_CompareTo_does_including_NaN_signed_zeros_and_infinities()
    {
        double[] values = [double.NaN, double.NegativeInfinity, -1e308, -2.5, -0.0, 0.0, double.Epsilon, 1, 2.5, 1e308, double.PositiveInfinity, -double.NaN];
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                Assert.Equal(a.CompareTo(b), PdfCompare.Compare(a, b));
            }
        }
    }

    [Fact]
    public void Integers_compare_as_CompareTo_does_at_the_extremes()
    {
        int[] values = [int.MinValue, -7, -1, 0, 1, 42, int.MaxValue];
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                Assert.Equal(a.CompareTo(b), PdfCompare.Compare(a, b));
            }
        }
    }
}
