namespace Ingest.Normalizers.Tests.Numbers;

/// <summary>
/// Plain words are passed sixteen characters at a time: a number after them is read the same wherever the words fall
/// in those blocks, and a word that may continue or start an expression stops the pass there.
/// </summary>
public sealed class NumberPlainWordTests
{
    [Fact]
    public async Task A_number_after_plain_words_is_read_at_every_offset_in_the_blocks()
    {
        for (var shift = 0; shift < 40; shift++)
        {
            var text = "We" + new string('x', shift) + " saw the extraordinarily photogenic river and counted twenty-six boats on it.";

            var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

            Assert.Equal(26, number.Value);
            Assert.Equal("twenty-six", number.Text);
            Assert.Equal(text.IndexOf("twenty", StringComparison.Ordinal), number.Start);
        }
    }

    [Theory]
    [InlineData("the café's own five tables stood", 5)]
    [InlineData("the harbour master's five tables stood", 5)]
    [InlineData("the value was MUSD 5 in all", 5_000_000)]
    [InlineData("and then seventeen of them left", 17)]
    public async Task A_word_that_may_continue_or_start_an_expression_stops_the_pass(string tail, double value)
    {
        for (var shift = 0; shift < 24; shift++)
        {
            var text = "It" + new string('y', shift) + " was so and " + tail;

            var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

            Assert.Equal(value, number.Value);
        }
    }

    [Theory]
    [InlineData("and AUD 40 came in", 40, "AUD 40")]
    [InlineData("this twelve boats sailed", 12, "twelve")]
    [InlineData("the fire burned five homes", 5, "five")]
    [InlineData("its ninth year of growth", 9, "ninth")]
    public async Task A_word_that_only_shares_an_expression_starts_shape_is_passed_and_the_start_after_it_read(string tail, double value, string span)
    {
        // "and" shares AUD's first letter, last letter and length, "this" tens', "fire" five's, "its" ILS'.
        for (var shift = 0; shift < 24; shift++)
        {
            var text = "It" + new string('y', shift) + " was so " + tail;

            var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

            Assert.Equal(value, number.Value);
            Assert.Equal(span, number.Text);
        }
    }
}
