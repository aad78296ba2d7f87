using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Tests.Collections;

public sealed class PdfValueListTests
{
    [Fact]
    public void Keeps_values_in_order_across_growth()
    {
        var list = new PdfValueList<int>();
        for (var i = 0; i < 100; i++)
        {
            list.Add(i * 3);
        }

        Assert.Equal(100, list.Count);
        Assert.Equal(0, list[0]);
        Assert.Equal(297, list[99]);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => i * 3).ToArray(), list.ToArray());
    }

    [Fact]
    public void Pops_the_last_value_pushed()
    {
        var stack = new PdfValueList<(string Name, int Depth)>();
        stack.Push(("a", 1));
        stack.Push(("b", 2));

        Assert.Equal(("b", 2), stack.Pop());
        Assert.Equal(("a", 1), stack.Pop());
        Assert.Equal(0, stack.Count);
        Assert.Throws<InvalidOperationException>(() => stack.Pop());
    }

    [Fact]
    public void Sets_a_value_through_the_indexer_and_rejects_positions_past_the_count()
    {
        var list = new PdfValueList<double>(8);
        list.Add(1.5);
        list[0] = 2.5;

        Assert.Equal(2.5, list[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[1]);
    }

    [Fact]
    public void Removes_the_values_from_a_position_to_the_end()
    {
        var list = new PdfValueList<int>();
        foreach (var value in new[] { 5, 6, 7, 8 })
        {
            list.Add(value);
        }

        list.RemoveFrom(2);
        list.Add(9);

        int[] expected = [5, 6, 9];
        Assert.Equal(expected, list.AsSpan().ToArray());
    }
}
