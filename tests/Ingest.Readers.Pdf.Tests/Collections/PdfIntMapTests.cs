using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Tests.Collections;

public sealed class PdfIntMapTests
{
    [Fact]
    public void Finds_every_key_after_growth_for_dense_strided_and_negative_keys()
    {
        var map = new PdfIntMap<string>();
        var keys = Enumerable.Range(0, 500).Concat(Enumerable.Range(0, 300).Select(i => 1 << 20 | i << 8)).Concat([-1, -7, int.MinValue, int.MaxValue]).ToArray();
        foreach (var key in keys)
        {
            Assert.True(map.TryAdd(key, "v" + key));
        }

        Assert.Equal(keys.Length, map.Count);
        foreach (var key in keys)
        {
            Assert.True(map.TryGetValue(key, out var value));
            Assert.Equal("v" + key, value);
        }

        Assert.False(map.ContainsKey(501));
        Assert.False(map.TryGetValue(12345678, out var missing));
        Assert.Null(missing);
    }

    [Fact]
    public void Enumerates_in_insertion_order_and_a_key_set_again_keeps_its_place()
    {
        var map = new PdfIntMap<double>();
        map[30] = 1;
        map[10] = 2;
        map[20] = 3;
        map[10] = 4;

        Assert.False(map.TryAdd(20, 9));
        Assert.Equal(3, map.Count);
        int[] keys = [30, 10, 20];
        double[] values = [1.0, 4.0, 3.0];
        Assert.Equal(keys, Enumerable.Range(0, map.Count).Select(map.KeyAt).ToArray());
        Assert.Equal(values, Enumerable.Range(0, map.Count).Select(map.ValueAt).ToArray());
    }

    [Fact]
    public void Clear_forgets_every_key()
    {
        var map = new PdfIntMap<int>();
        for (var i = 0; i < 40; i++)
        {
            map[i] = i;
        }

        map.Clear();
        map[7] = 70;

        Assert.Equal(1, map.Count);
        Assert.False(map.ContainsKey(3));
        Assert.Equal(7, map.KeyAt(0));
    }
}
