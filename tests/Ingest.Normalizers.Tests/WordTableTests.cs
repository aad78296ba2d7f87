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
}
