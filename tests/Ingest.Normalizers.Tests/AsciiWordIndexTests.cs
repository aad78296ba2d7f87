using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Ingest.Normalizers.Tests;

/// <summary>The word index by letters: every key is found in any case with its payload, and nothing else is.</summary>
public sealed class AsciiWordIndexTests
{
    private static readonly string[] Keys = ["a", "of", "the", "them", "may", "march", "monday", "tonight", "tuesday", "ago", "z"];

    private static readonly AsciiWordIndex Index = AsciiWordIndex.Create(Keys.Select((key, k) => KeyValuePair.Create(key, (ulong)(k + 1) * 1000)).ToList())!;

    [Theory]
    [InlineData("a", 1000UL)]
    [InlineData("A", 1000UL)]
    [InlineData("Of", 2000UL)]
    [InlineData("THE", 3000UL)]
    [InlineData("them", 4000UL)]
    [InlineData("MaY", 5000UL)]
    [InlineData("March", 6000UL)]
    [InlineData("MONDAY", 7000UL)]
    [InlineData("Tonight", 8000UL)]
    [InlineData("tuesdaY", 9000UL)]
    [InlineData("z", 11000UL)]
    public void A_key_is_found_in_any_case_with_its_payload(string word, ulong payload)
    {
        Assert.Equal(payload, Index.Find(Letters(word)));
    }

    [Theory]
    [InlineData("b")]
    [InlineData("th")]
    [InlineData("then")]
    [InlineData("themx")]
    [InlineData("ma")]
    [InlineData("marches")]
    [InlineData("mondays")]
    [InlineData("tuesdax")]
    [InlineData("go")]
    [InlineData("zz")]
    public void A_word_that_only_shares_letters_with_a_key_is_not_found(string word)
    {
        Assert.Equal(0UL, Index.Find(Letters(word)));
    }

    [Fact]
    public void The_characters_after_the_word_in_its_block_do_not_change_what_is_found()
    {
        Assert.Equal(3000UL, Index.Find(Letters("the", "the quick")));
        Assert.Equal(3000UL, Index.Find(Letters("the", "the,them!")));
        Assert.Equal(0UL, Index.Find(Letters("th", "the quick")));
    }

    [Fact]
    public void A_table_of_many_keys_places_and_finds_every_key()
    {
        var keys = Enumerable.Range(0, 2000).Select(n => new string([.. n.ToString("D4", System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0'))])).ToList();
        var index = AsciiWordIndex.Create(keys.Select((key, k) => KeyValuePair.Create(key, (ulong)k + 1)).ToList())!;
        for (var k = 0; k < keys.Count; k++)
        {
            Assert.Equal((ulong)k + 1, index.Find(Letters(keys[k].ToUpperInvariant())));
        }

        Assert.Equal(0UL, index.Find(Letters("aaaaa")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("thursday")]
    [InlineData("nineteens")]
    [InlineData("o'clock")]
    [InlineData("straße")]
    [InlineData("ſo")]
    public void A_key_that_is_not_one_to_seven_ascii_letters_leaves_no_index(string key)
    {
        Assert.Null(AsciiWordIndex.Create([KeyValuePair.Create("the", 1UL), KeyValuePair.Create(key, 2UL)]));
    }

    [Fact]
    public void A_payload_of_zero_which_stands_for_no_key_leaves_no_index()
    {
        Assert.Null(AsciiWordIndex.Create([KeyValuePair.Create("the", 0UL)]));
    }

    private static ulong Letters(string word) => Letters(word, word);

    private static ulong Letters(string word, string block)
    {
        var characters = block.PadRight(AsciiWordIndex.BlockLength, '#')[..AsciiWordIndex.BlockLength];
        var vector = Vector128.Create<ushort>(MemoryMarshal.Cast<char, ushort>(characters.AsSpan()));
        return AsciiWordIndex.WordLetters(vector, word.Length);
    }
}
