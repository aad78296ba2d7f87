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

    [Theory]
    [InlineData("It lasted more than 3 days.", "more than 3 days", "P3D")]
    [InlineData("Reply within two weeks.", "within two weeks", "P2W")]
    [InlineData("We stayed a few days.", "a few days", "PXD")]
    [InlineData("It rained all day.", "all day", "P1D")]
    [InlineData("Wait another week.", "another week", "P1W")]
    [InlineData("It took several months.", "several months", "PXM")]
    [InlineData("Prices rose between 2014 and 2018.", "between 2014 and 2018", "2014/2018")]
    [InlineData("Stay for the rest of the week.", "rest of the week", "2016-11-07/2016-11-13")]
    [InlineData("The end of March was cold.", "end of March", "2017-03")]
    public void Reads_a_duration_or_range_opened_by_a_function_word_no_point_rule_reads_first(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }

    [Theory]
    [InlineData("Most of 2020 was quiet.", "2020", "2020")]
    [InlineData("He came and left on May 5.", "May 5", "2016-05-05")]
    [InlineData("They waited for three days.", "three days", "P3D")]
    [InlineData("Over the past decade prices rose.", "the past decade", "P10Y")]
    public void A_function_word_that_starts_no_rule_leaves_the_date_after_it_whole(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }

    [Theory]
    [InlineData("Don't go; it's late.")]
    [InlineData("The dog's 'best' toy.")]
    public void An_apostrophe_without_two_digits_after_it_starts_no_date(string text)
    {
        Assert.Empty(Found(text));
    }
}
