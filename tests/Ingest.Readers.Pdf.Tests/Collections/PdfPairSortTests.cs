using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Tests.Collections;

public sealed class PdfPairSortTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(33)]
    [InlineData(400)]
    public void Sorts_keys_ascending_and_carries_each_item_with_its_key(int count)
    {
        var random = new Random(count);
        var keys = new double[count];
        var items = new int[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = random.Next(0, 20) * 1.5;
            items[i] = i;
        }

        var original = (double[])keys.Clone();
        PdfPairSort.Sort(keys, items);

        Assert.Equal(original.Order().ToArray(), keys);
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(original[items[i]], keys[i]);
        }

        Assert.Equal(Enumerable.Range(0, count), items.Order());
    }
}
