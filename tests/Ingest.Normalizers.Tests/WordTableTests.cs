namespace Ingest.Normalizers.Tests;

/// <summary>The case-insensitive word table: both look-ups agree with an ordinal ignore-case comparison.</summary>
public sealed class WordTableTests
{
    private static readonly WordTable<int> Table = new(new Dictionary<string, int>
    {
        ["January"] = 1,
        ["the"] = 2,
        ["per cent"] = 3,
        ["o'clock"] = 4,
        ["seventeen"] = 17,
        ["seventeenth"] = 170,
        ["straße"] = 5,
    });

    [Theory]
    [InlineData("january", 1)]
    [InlineData("JANUARY", 1)]
    [InlineData("The", 2)]
    [InlineData("SEVENTEEN", 17)]
    [InlineData("Seventeenth", 170)]
    public void An_ascii_word_is_found_in_any_case_by_both_look_ups(string word, int expected)
    {
        Assert.True(Table.TryGetValue(word, out var general));
        Assert.True(Table.TryGetAsciiLetters(word, out var ascii));
        Assert.Equal(expected, general);
        Assert.Equal(expected, ascii);
    }

    [Theory]
    [InlineData("janu")]
    [InlineData("them")]
    [InlineData("seventeens")]
    [InlineData("th")]
    public void A_word_that_only_shares_letters_with_a_key_is_not_found(string word)
    {
        Assert.False(Table.TryGetValue(word, out _));
        Assert.False(Table.TryGetAsciiLetters(word, out _));
    }

    [Theory]
    [InlineData("Jabuary")]
    [InlineData("JANUARx")]
    [InlineData("seventeanth")]
    [InlineData("SEVENTEENTX")]
    [InlineData("seventeenti")]
    public void A_word_of_a_key_length_that_differs_in_one_letter_is_not_found(string word)
    {
        Assert.False(Table.TryGetValue(word, out _));
        Assert.False(Table.TryGetAsciiLetters(word, out _));
    }

    [Theory]
    [InlineData("THE", true)]
    [InlineData("January", true)]
    [InlineData("tie", true)]
    [InlineData("then", false)]
    [InlineData("xylophone", false)]
    public void The_shape_filter_passes_every_key_and_rejects_words_of_no_key_shape(string word, bool expected)
    {
        Assert.Equal(expected, Table.MayContain(word));
    }

    [Theory]
    [InlineData("PER CENT", 3)]
    [InlineData("O'Clock", 4)]
    [InlineData("STRASSE", -1)]
    [InlineData("STRAßE", 5)]
    public void Keys_with_other_characters_are_compared_as_an_ordinal_ignore_case_comparison_does(string word, int expected)
    {
        var found = Table.TryGetValue(word, out var value);

        Assert.Equal(expected >= 0, found);
        Assert.Equal(expected >= 0 ? expected : 0, value);
    }

    [Fact]
    public void A_word_with_a_curly_apostrophe_is_found_only_as_written()
    {
        var table = new WordTable<int>(new Dictionary<string, int> { ["azerbaijan’s"] = 1 });

        Assert.True(table.TryGetValue("Azerbaijan’s", out var value));
        Assert.Equal(1, value);
        Assert.False(table.TryGetValue("Azerbaijan's", out _));
    }

    [Fact]
    public void Every_word_of_up_to_three_ascii_letters_is_found_by_its_letters_exactly_as_by_the_hash()
    {
        // Short keys in mixed case, a key given twice in two cases (the last value wins in both look-ups), letters at
        // both ends of the alphabet, and longer keys around them.
        var entries = new List<KeyValuePair<string, int>>
        {
            new("a", 1), new("Z", 2), new("of", 3), new("IN", 4), new("zz", 5), new("the", 6), new("And", 7),
            new("zzz", 8), new("aaa", 9), new("the", 10), new("THEM", 11), new("at", 12), new("Sat", 13),
        };
        var table = new WordTable<int>(entries);
        var letters = Enumerable.Range(0, 26).SelectMany(k => new[] { (char)('a' + k), (char)('A' + k) }).ToArray();
        var words = letters.Select(c => c.ToString()).ToList();
        words.AddRange(from a in letters from b in letters select string.Concat(a, b));
        words.AddRange(from a in letters.Where(char.IsLower) from b in letters from c in letters.Where(char.IsUpper) select string.Concat(a, b, c));
        var found = 0;
        foreach (var word in words)
        {
            var expected = entries.FindLastIndex(e => e.Key.Equals(word, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(expected >= 0, table.TryGetAsciiLetters(word, out var value));
            Assert.Equal(expected >= 0 ? entries[expected].Value : 0, value);
            found += expected >= 0 ? 1 : 0;
        }

        Assert.Equal(30, found);
    }

    [Fact]
    public void A_table_with_a_short_key_beyond_ascii_letters_finds_short_words_by_the_hash_alike()
    {
        // A key of up to three characters that are not all ASCII letters leaves short words to the hashed look-up.
        var table = new WordTable<int>(new Dictionary<string, int> { ["é"] = 1, ["of"] = 2, ["o'"] = 3, ["the"] = 4 });

        foreach (var (word, expected) in new[] { ("OF", 2), ("The", 4), ("e", 0), ("o", 0), ("ofs", 0) })
        {
            Assert.Equal(expected != 0, table.TryGetAsciiLetters(word, out var ascii));
            Assert.Equal(expected != 0, table.TryGetValue(word, out var general));
            Assert.Equal(expected, ascii);
            Assert.Equal(expected, general);
        }
    }
}
