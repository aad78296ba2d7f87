namespace Ingest.Normalizers.Tests;

/// <summary>The vector letter run: it ends where the first character that is no ASCII letter stands, in either half.</summary>
public sealed class AsciiLetterRunTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("a", 1)]
    [InlineData("Word", 4)]
    [InlineData("word, then", 4)]
    [InlineData("ABCDEFGH", 8)]
    [InlineData("ABCDEFGHi", 9)]
    [InlineData("abcdefgh ijk", 8)]
    [InlineData("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ", 26)]
    [InlineData("seventeen-year", 9)]
    [InlineData("o'clock", 1)]
    [InlineData("123", 0)]
    public void The_run_ends_at_the_first_character_that_is_no_ascii_letter(string text, int expected)
    {
        Assert.Equal(expected, AsciiLetterRun.Length(text));
    }

    [Theory]
    [InlineData('@')]
    [InlineData('[')]
    [InlineData('`')]
    [InlineData('{')]
    [InlineData('é')]
    [InlineData('\u0141')]
    [InlineData('\u0161')]
    [InlineData('\uFF41')]
    [InlineData('\u2019')]
    public void A_character_next_to_the_letter_ranges_or_beyond_ascii_ends_the_run(char other)
    {
        for (var at = 0; at < 20; at++)
        {
            var text = new string('k', at) + other + "kkkkkkkkkk";
            Assert.Equal(at, AsciiLetterRun.Length(text));
        }
    }

    [Fact]
    public void Every_character_agrees_with_the_scalar_letter_test()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = "abcdefghij" + (char)c + "abcdefghij";
            var expected = char.IsAsciiLetter((char)c) ? text.Length : 10;
            Assert.Equal(expected, AsciiLetterRun.Length(text));
        }
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("G7", 2)]
    [InlineData("2020s, then", 5)]
    [InlineData("abc123def456ghi789 x", 18)]
    [InlineData("B-52", 1)]
    [InlineData("o'clock", 1)]
    public void The_run_with_digits_ends_at_the_first_character_that_is_no_ascii_letter_or_digit(string text, int expected)
    {
        Assert.Equal(expected, AsciiLetterRun.LengthWithDigits(text));
    }

    [Fact]
    public void Every_character_agrees_with_the_scalar_letter_or_digit_test_in_the_vector_and_the_tail()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var inVector = "a1b2c3d4e5" + (char)c + "a1b2c3d4e5";
            var inTail = "a1b" + (char)c + "2";
            var letterOrDigit = char.IsAsciiLetterOrDigit((char)c);
            Assert.Equal(letterOrDigit ? inVector.Length : 10, AsciiLetterRun.LengthWithDigits(inVector));
            Assert.Equal(letterOrDigit ? inTail.Length : 3, AsciiLetterRun.LengthWithDigits(inTail));
        }
    }
}
