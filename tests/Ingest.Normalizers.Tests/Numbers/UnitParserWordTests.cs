using Ingest.Normalizers.Numbers.Units;

namespace Ingest.Normalizers.Tests.Numbers;

/// <summary>
/// The unit reader compares the power words, qualifiers and degree words only with words of their length and first
/// letter: each is still read in any case, and a word that shares only its length or first letter is read as what it is.
/// </summary>
public sealed class UnitParserWordTests
{
    [Theory]
    [InlineData("square metres", "m²", 13)]
    [InlineData("SQ FT", "ft²", 5)]
    [InlineData("Sq. ft", "ft²", 6)]
    [InlineData("cubic metres", "m³", 12)]
    [InlineData("CU m", "m³", 4)]
    [InlineData("metric tons", "t", 11)]
    [InlineData("Nautical Miles", "nmi", 14)]
    [InlineData("fluid ounces", "fl oz", 12)]
    [InlineData("fl oz", "fl oz", 5)]
    [InlineData("percentage points", "pp", 17)]
    [InlineData("BASIS points", "bp", 12)]
    [InlineData("degrees Fahrenheit", "°F", 18)]
    [InlineData("Deg. C", "°C", 6)]
    [InlineData("DEGS", "°", 4)]
    [InlineData("°C", "°C", 2)]
    public void A_power_word_qualifier_or_degree_word_is_read_in_any_case(string text, string symbol, int end)
    {
        Assert.True(UnitParser.TryRead(text, 0, text.Length, glued: false, out var reading));
        Assert.Equal(symbol, reading.Unit.Symbol);
        Assert.Equal(end, reading.End);
    }

    [Theory]
    [InlineData("metres", "m", 6)]
    [InlineData("feet", "ft", 4)]
    [InlineData("miles", "mi", 5)]
    [InlineData("celsius", "°C", 7)]
    [InlineData("km", "km", 2)]
    public void A_unit_of_a_qualifiers_length_or_first_letter_is_read_as_itself(string text, string symbol, int end)
    {
        Assert.True(UnitParser.TryRead(text, 0, text.Length, glued: false, out var reading));
        Assert.Equal(symbol, reading.Unit.Symbol);
        Assert.Equal(end, reading.End);
    }

    [Theory]
    [InlineData("squares")]
    [InlineData("cubes of ice")]
    [InlineData("metrics")]
    [InlineData("fluids")]
    [InlineData("basic points")]
    [InlineData("degreed")]
    [InlineData("so far")]
    [InlineData("")]
    public void A_word_that_is_no_unit_reads_nothing(string text)
    {
        Assert.False(UnitParser.TryRead(text, 0, text.Length, glued: false, out _));
    }
}
