using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Tests.Collections;

public sealed class PdfIndexSortTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(3000)]
    public void Sorts_indices_without_ties_as_the_framework_does(int count)
    {
        var random = new Random(count);
        var keys = Enumerable.Range(0, count).Select(i => (double)i).OrderBy(_ => random.Next()).ToArray();
        var items = Enumerable.Range(0, count).Reverse().ToArray();
        var expected = (int[])items.Clone();
        Array.Sort(expected, Comparer<int>.Create((x, y) => keys[x].CompareTo(keys[y])));

        var sorted = PdfIndexSort.SortWithoutTies(items.AsSpan(), new KeyOrder(keys));

        Assert.True(sorted);
        Assert.Equal(expected, items);
    }

    [Fact]
    public void Reports_a_tie_and_still_sorts_by_key_then_index()
    {
        double[] keys = [2, 1, 2, 0, 1];
        int[] items = [4, 3, 2, 1, 0];

        var sorted = PdfIndexSort.SortWithoutTies(items.AsSpan(), new KeyOrder(keys));

        Assert.False(sorted);
        Assert.Equal([3, 1, 4, 0, 2], items);
    }

    [Fact]
    public void Sorts_thousands_of_already_ordered_and_reversed_indices()
    {
        var keys = Enumerable.Range(0, 5000).Select(i => (double)i).ToArray();
        var ascending = Enumerable.Range(0, 5000).ToArray();
        var descending = ascending.Reverse().ToArray();

        Assert.True(PdfIndexSort.SortWithoutTies(ascending.AsSpan(), new KeyOrder(keys)));
        Assert.True(PdfIndexSort.SortWithoutTies(descending.AsSpan(), new KeyOrder(keys)));
        Assert.Equal(Enumerable.Range(0, 5000), descending);
    }

    private readonly struct KeyOrder(double[] keys) : IPdfIndexOrder
    {
        public int Compare(int x, int y) => keys[x].CompareTo(keys[y]);
    }
}
