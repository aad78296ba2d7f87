using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Tests.Collections;

public sealed class PdfKeySortTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(17)]
    [InlineData(1000)]
    public void Sorts_keys_ascending_like_the_framework(int count)
    {
        var random = new Random(count);
        var keys = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            // Few distinct high parts: many equal values, as range starts are.
            keys[i] = (ulong)random.Next(0, 5) << 32 | (uint)random.Next();
        }

        var expected = keys.Order().ToArray();
        PdfKeySort.Sort(keys);

        Assert.Equal(expected, keys);
        Assert.True(PdfKeySort.IsSorted(keys));
    }

    [Fact]
    public void Tells_an_unsorted_sequence()
    {
        ulong[] unsorted = [1, 3, 2];
        ulong[] sorted = [1, 1, 2];
        Assert.False(PdfKeySort.IsSorted(unsorted));
        Assert.True(PdfKeySort.IsSorted(sorted));
    }
}
