using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>The seeded hash of folded name keys that the tokenizer, the phrase tables and the lower-case word set share.</summary>
public sealed class NameKeyHashTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("ilham")]
    [InlineData("ilham aliev")]
    [InlineData("international committee of the red cross")]
    public void Equal_keys_hash_alike_wherever_their_characters_sit(string key)
    {
        var inText = ("the " + key + " said").AsSpan(4, key.Length);
        Assert.Equal(NameKeyHash.Of(key), NameKeyHash.Of(inText));
    }

    [Fact]
    public void Keys_of_every_length_to_forty_that_differ_in_one_character_hash_apart()
    {
        var hashes = new HashSet<long>();
        var count = 0;
        for (var length = 1; length <= 40; length++)
        {
            var key = new string('a', length).ToCharArray();
            for (var position = 0; position < length; position++)
            {
                key[position] = 'b';
                hashes.Add(NameKeyHash.Of(key));
                count++;
                key[position] = 'a';
            }

            hashes.Add(NameKeyHash.Of(key));
            count++;
        }

        Assert.Equal(count, hashes.Count);
    }

    [Fact]
    public void Another_seed_gives_another_hash()
    {
        Assert.NotEqual(NameKeyHash.Of("recep tayyip erdogan", 1), NameKeyHash.Of("recep tayyip erdogan", 2));
        Assert.Equal(NameKeyHash.Of("recep tayyip erdogan", 7), NameKeyHash.Of("recep tayyip erdogan", 7));
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(0x8000_0000_0000_0000UL)]
    [InlineData(0x5DEECE66DUL)]
    public void Keys_that_differ_only_in_the_top_bits_of_their_characters_hash_apart(ulong seed)
    {
        // A plain multiply-and-add hash carries a difference in a character's top bit through unchanged, so such keys
        // can be paired to collide under every seed; the full 128-bit product leaves no such pairs.
        var hashes = new HashSet<long>();
        var key = "kharkiv oblast".ToCharArray();
        for (var pattern = 0; pattern < 1 << 12; pattern++)
        {
            for (var bit = 0; bit < 12; bit++)
            {
                key[bit] = (char)(("kharkiv oblast"[bit] & 0x7FFF) | (((pattern >> bit) & 1) << 15));
            }

            hashes.Add(NameKeyHash.Of(key, seed));
        }

        Assert.Equal(1 << 12, hashes.Count);
    }
}
