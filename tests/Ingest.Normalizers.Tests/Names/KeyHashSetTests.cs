using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>The open-addressed set of lower-case word hashes the tokenizer fills for each document.</summary>
public sealed class KeyHashSetTests
{
    [Fact]
    public void Added_words_are_found_and_other_words_are_not()
    {
        var set = new KeyHashSet();
        foreach (var word in new[] { "said", "the", "minister", "of", "said" })
        {
            set.Add(NameKeyHash.Of(word));
        }

        Assert.Equal(4, set.Count);
        Assert.True(set.Contains(NameKeyHash.Of("minister")));
        Assert.False(set.Contains(NameKeyHash.Of("aliev")));
    }

    [Fact]
    public void Many_hashes_that_start_in_one_slot_are_all_kept_and_found()
    {
        // Hashes that agree in every low bit fall in one slot of any table size: the set grows and probes on.
        var set = new KeyHashSet();
        for (long i = 1; i <= 3000; i++)
        {
            set.Add(i << 40);
        }

        Assert.Equal(3000, set.Count);
        for (long i = 1; i <= 3000; i++)
        {
            Assert.True(set.Contains(i << 40));
        }

        Assert.False(set.Contains(3001L << 40));
        Assert.False(set.Contains(1L << 39));
    }

    [Fact]
    public void The_zero_hash_is_a_member_like_any_other()
    {
        var set = new KeyHashSet();
        Assert.False(set.Contains(0));
        set.Add(0);
        Assert.True(set.Contains(0));
        Assert.Equal(1, set.Count);
    }

    [Fact]
    public void A_cleared_set_is_empty_and_takes_new_words()
    {
        var set = new KeyHashSet();
        for (var i = 0; i < 1000; i++)
        {
            set.Add(NameKeyHash.Of("word" + i));
        }

        set.Clear();
        Assert.Equal(0, set.Count);
        Assert.False(set.Contains(NameKeyHash.Of("word7")));
        set.Add(NameKeyHash.Of("harvest"));
        Assert.True(set.Contains(NameKeyHash.Of("harvest")));
    }
}
