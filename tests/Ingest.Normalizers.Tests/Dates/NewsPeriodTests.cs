using Ingest.Normalizers.Dates;

namespace Ingest.Normalizers.Tests.Dates;

public sealed class NewsPeriodTests
{
    private static readonly DateOnly Reference = new(2016, 11, 7);

    private static (string Text, string Value)[] Found(string text)
        => new DateNormalizer().Recognize(text, Reference).Select(d => (d.Text, d.Value)).ToArray();

    [Theory]
    [InlineData("Output fell in the first half of 1990.", "the first half of 1990", "1990-H1")]
    [InlineData("Output should rise in the second half of next year.", "the second half of next year", "2017-H2")]
    [InlineData("Output fell in the first half of the year.", "the first half of the year", "2016-H1")]
    public void Reads_halves_of_a_stated_year(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }

    [Fact]
    public void Reads_no_date_in_the_half_of_a_match()
    {
        Assert.Empty(Found("He scored in the second half of the match."));
    }

    [Theory]
    [InlineData("The plant closes at the end of the year.", "end of the year", "2016")]
    [InlineData("Rent is due at the end of the month.", "end of the month", "2016-11")]
    public void Reads_the_end_of_the_current_unit(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }

    [Theory]
    [InlineData("Officials said Wednesday night that talks failed.", "Wednesday night", "2016-11-02TNI")]
    [InlineData("Police arrived last night.", "last night", "2016-11-06TNI")]
    [InlineData("They met this morning.", "this morning", "2016-11-07TMO")]
    [InlineData("The vote is tomorrow evening.", "tomorrow evening", "2016-11-08TEV")]
    [InlineData("Shares fell yesterday afternoon.", "yesterday afternoon", "2016-11-06TAF")]
    public void Reads_a_part_of_the_day_as_TIMEX3_day_times(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }

    [Theory]
    [InlineData("Growth slowed in the mid-1990s.", "mid-1990s", "199")]
    [InlineData("Azeri forces shot down a Mi-24.", null, null)]
    public void Reads_mid_decades_but_not_designations(string text, string? span, string? value)
    {
        Assert.Equal(span is null ? [] : [(span, value!)], Found(text));
    }

    [Fact]
    public void Reads_the_coming_months_as_an_unstated_duration()
    {
        Assert.Equal([("the coming months", "PXM")], Found("Prices may rise in the coming months."));
    }
}
