using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Tests.Collections;

public sealed class PdfSizeTallyTests
{
    [Fact]
    public void The_size_with_the_most_characters_wins_and_the_first_counted_among_equals()
    {
        var tally = new PdfSizeTally();
        tally.Add(12, 300);
        tally.Add(9.5, 40);
        tally.Add(14, 200);
        tally.Add(14, 100);
        tally.Add(9.5, 10);

        Assert.Equal(3, tally.Count);
        Assert.Equal(12, tally.Most());
    }

    [Fact]
    public void Sizes_compare_as_double_keys_do_negative_zero_with_zero_and_NaN_with_NaN()
    {
        var tally = new PdfSizeTally();
        tally.Add(-0.0, 5);
        tally.Add(0.0, 5);
        tally.Add(double.NaN, 4);
        tally.Add(-double.NaN, 4);
        tally.Add(double.PositiveInfinity, 7);

        Assert.Equal(3, tally.Count);
        var most = tally.Most();
        Assert.Equal(0.0, most);
        Assert.True(double.IsNegative(most), "the first size counted is kept");
    }

    [Fact]
    public void Sizes_whose_hashes_collide_keep_their_own_counts()
    {
        // 2 is 0x4000000000000000; the subnormal 0x0000000040000000 folds to the same 32-bit hash.
        var tiny = BitConverter.Int64BitsToDouble(0x40000000);
        var tally = new PdfSizeTally();
        tally.Add(2, 10);
        tally.Add(tiny, 15);
        tally.Add(2, 10);

        Assert.Equal(2, tally.Count);
        Assert.Equal(2, tally.Most());
        tally.Add(tiny, 6);
        Assert.Equal(tiny, tally.Most());
    }

    [Fact]
    public void An_empty_tally_gives_zero_and_zero_counts_still_name_a_size()
    {
        var tally = new PdfSizeTally();
        Assert.Equal(0, tally.Most());

        tally.Add(11, 0);
        Assert.Equal(11, tally.Most());
    }

    [Fact]
    public void Thousands_of_rounded_sizes_give_the_counts_and_winner_of_a_dictionary()
    {
        var tally = new PdfSizeTally();
        var reference = new Dictionary<double, int>();
        var random = new Random(7);
        for (var i = 0; i < 5000; i++)
        {
            // Multiples of 0.5 and 0.1 over a wide range, as the callers round them; many repeat, some hashes collide.
            var size = random.Next(2) == 0 ? Math.Round(random.NextDouble() * 400) / 2 : Math.Round(random.NextDouble() * 1e6, 1);
            var count = random.Next(0, 50);
            tally.Add(size, count);
            reference[size] = reference.GetValueOrDefault(size) + count;
        }

        var expected = reference.MaxBy(p => p.Value).Key;
        Assert.Equal(reference.Count, tally.Count);
        Assert.Equal(expected, tally.Most());
    }
}
