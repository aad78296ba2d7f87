using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Tests.Collections;

public sealed class PdfSelectTests
{
    [Theory]
    [InlineData(1, 3)]
    [InlineData(7, 3)]
    [InlineData(16, 1000)]
    [InlineData(17, 4)]
    [InlineData(200, 1000)]
    [InlineData(5000, 2)]
    public void Finds_the_value_a_sort_puts_at_each_probed_rank(int count, int distinct)
    {
        var random = new Random(count * 31 + distinct);
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            // Few distinct values for some runs: many equal gaps, as lines of evenly spaced glyphs have.
            values[i] = random.Next(0, distinct) * 0.25 - 1;
        }

        var sorted = values.Order().ToArray();
        foreach (var rank in new[] { 0, (count - 1) / 4, (count - 1) / 2, count - 1 })
        {
            var copy = (double[])values.Clone();
            Assert.Equal(sorted[rank], PdfSelect.AtRank(copy, rank));
            Assert.Equal(sorted, copy.Order().ToArray());
        }
    }

    [Fact]
    public void Finds_the_median_of_already_sorted_and_reversed_values()
    {
        var ascending = Enumerable.Range(0, 1001).Select(i => (double)i).ToArray();
        var descending = ascending.Reverse().ToArray();

        Assert.Equal(500, PdfSelect.AtRank(ascending, 500));
        Assert.Equal(500, PdfSelect.AtRank(descending, 500));
        Assert.Equal(250, PdfSelect.AtRank(descending, 250));
    }
}
