using Ingest.Normalizers.Dates;

namespace Ingest.Normalizers.Tests.Dates;

/// <summary>
/// The point rules run only at tokens their first test accepts (DateParser.PointStarts); one written example per kind of
/// first token: digits, an apostrophe, plain words, function words, "the" before a spelled word, and each date class.
/// </summary>
public sealed class PointStartTests
{
    private static readonly DateOnly Reference = new(2016, 11, 7);

    private static (string Text, string Value)[] Found(string text)
        => new DateNormalizer().Recognize(text, Reference).Select(d => (d.Text, d.Value)).ToArray();

    [Theory]
    [InlineData("We grew up in the late '80s.", "late '80s", "198")]
    [InlineData("The final week of May 2019 was wet.", "The final week of May 2019", "2019-W22")]
    [InlineData("Book the w/c 4 May slot.", "the w/c 4 May", "2017-W18")]
    [InlineData("It opens on the 3rd of March.", "the 3rd of March", "2017-03-03")]
    [InlineData("Rain came in the evening.", "the evening", "TEV")]
    [InlineData("She was born in the sixties.", "the sixties", "196")]
    public void Reads_a_date_opened_by_the_before_its_first_word(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }

    [Theory]
    [InlineData("Call me right now.", "right now", "PRESENT_REF")]
    [InlineData("The shop is currently shut.", "currently", "PRESENT_REF")]
    [InlineData("See you in the morning at 7.", "in the morning at 7", "T07")]
    [InlineData("Meet at a quarter past nine.", "a quarter past nine", "T09:15")]
    [InlineData("We meet twice a month.", "twice a month", "P1M")]
    [InlineData("Sales rose that week.", "that week", "XXXX-WXX")]
    [InlineData("Results for Q3 2021 are out.", "Q3 2021", "2021-Q3")]
    public void Reads_a_date_opened_by_a_function_word_or_plain_word(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }

    [Theory]
    [InlineData("We left Christmas 2015.", "Christmas 2015", "2015-12-25")]
    [InlineData("Come back next Friday.", "next Friday", "2016-11-18")]
    [InlineData("It ran from 4 to 6 pm on Monday.", "from 4 to 6 pm on Monday", "2016-11-07T16/2016-11-07T18")]
    public void Reads_a_date_opened_by_a_name_a_relative_word_or_a_range_word(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }
}
