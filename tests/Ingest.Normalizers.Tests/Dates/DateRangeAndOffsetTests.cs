using Ingest.Normalizers.Dates;

namespace Ingest.Normalizers.Tests.Dates;

public sealed class DateRangeAndOffsetTests
{
    private static readonly DateOnly Reference = new(2016, 11, 7);

    private static (string Text, string Value)[] Found(string text, DateOnly? reference = null)
        => new DateNormalizer().Recognize(text, reference ?? Reference).Select(d => (d.Text, d.Value)).ToArray();

    [Theory]
    [InlineData("The talks ran Oct. 2 to October 22.", "Oct. 2 to October 22", "2016-10-02/2016-10-22")]
    [InlineData("The talks ran from Oct. 2 to October 22.", "from Oct. 2 to October 22", "2016-10-02/2016-10-22")]
    [InlineData("The talks ran between Oct. 2 and October 22.", "between Oct. 2 and October 22", "2016-10-02/2016-10-22")]
    [InlineData("The fair ran from Sept. 5 till Oct. 3.", "from Sept. 5 till Oct. 3", "2016-09-05/2016-10-03")]
    public void Reads_range_from_october_2_to_october_22(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }

    [Theory]
    [InlineData("The envoys meet next week between Wednesday and Friday.", "next week between Wednesday and Friday", "2016-11-16/2016-11-18")]
    [InlineData("The envoys met last week from Wednesday to Friday.", "last week from Wednesday to Friday", "2016-11-02/2016-11-04")]
    [InlineData("The envoys meet this week from Tue to Thur.", "this week from Tue to Thur", "2016-11-08/2016-11-10")]
    public void Reads_a_weekday_range_within_a_stated_week(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }

    [Theory]
    [InlineData("The range is 2014 through 2018.", "2014 through 2018", "2014/2018")]
    [InlineData("He ruled 1990 until 2000.", "1990 until 2000", "1990/2000")]
    public void Reads_two_years_joined_by_through_or_until_as_a_range(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }

    [Theory]
    [InlineData("The envoys met earlier in the week.", "earlier in the week", "2016-W45")]
    [InlineData("A deal may come later in the year.", "later in the year", "2016")]
    [InlineData("It will happen 4 weeks in the future.", "4 weeks in the future", "2016-12-05")]
    public void Reads_offsets_within_and_from_the_present(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }

    [Theory]
    [InlineData("The talks are set for the week of November 30th, 2020.", "the week of November 30th, 2020", "2020-W49")]
    [InlineData("Please book the week commencing February 4, 2019.", "the week commencing February 4, 2019", "2019-W06")]
    [InlineData("They will meet the week of the 18th.", "the week of the 18th", "2016-W46")]
    public void Reads_the_week_of_a_day_as_the_ISO_week_holding_it(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }

    [Fact]
    public void Leaves_a_closing_full_stop_out_of_an_abbreviated_month()
    {
        Assert.Equal([("the second of Aug", "2016-08-02")], Found("He went back on the second of Aug."));
    }

    [Fact]
    public void Keeps_a_sentence_going_after_an_abbreviated_month()
    {
        // The dot of "Oct." is no sentence end, so the tense cue before it still resolves the year-less date.
        Assert.Equal([("Oct. 2", "2017-10-02")], Found("The summit will open Oct. 2 in Geneva."));
    }

    [Theory]
    [InlineData("Are you available two sundays from now?", "two sundays from now", "2016-11-20")]
    [InlineData("We meet again two Mondays later.", "two Mondays later", "2016-11-21")]
    [InlineData("He left three Fridays ago.", "three Fridays ago", "2016-10-21")]
    [InlineData("The vote is 2 Tuesdays from today.", "2 Tuesdays from today", "2016-11-15")]
    public void Counts_weekdays_from_the_reference_date(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }

    [Theory]
    [InlineData("The vote is set for the first week of October 2017.", "the first week of October 2017", "2017-W40")]
    [InlineData("Talks stalled in the last week of December 2015.", "the last week of December 2015", "2015-W53")]
    [InlineData("Prices climbed in the second week of March, 2015.", "the second week of March, 2015", "2015-W11")]
    [InlineData("I'll be out the third week of this month", "the third week of this month", "2016-W46")]
    [InlineData("I'll be out the last week of july", "the last week of july", "2017-W30")]
    public void Reads_the_nth_week_of_a_month_as_the_ISO_week_holding_its_thursday(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }

    [Theory]
    [InlineData("The deal was signed 3-7-2017.", "2017-03-07")]
    [InlineData("The deal was signed 21-04-2016.", "2016-04-21")]
    [InlineData("The deal was signed 3-7-07.", "2007-03-07")]
    [InlineData("The deal was signed 12/25/2015.", "2015-12-25")]
    [InlineData("The deal was signed 25/12/2015.", "2015-12-25")]
    public void Reads_numeric_dates_month_first_unless_a_part_over_12_decides(string text, string value)
    {
        var date = Assert.Single(new DateNormalizer().Recognize(text, Reference));
        Assert.Equal(value, date.Value);
        Assert.Equal(DateKind.Date, date.Kind);
    }

    [Fact]
    public void Keeps_the_day_first_reading_of_an_ambiguous_numeric_date_as_an_alternative()
    {
        var date = Assert.Single(new DateNormalizer().Recognize("signed on 3-7-2017", Reference));
        Assert.Equal("2017-03-07", date.Value);
        Assert.Equal(["2017-07-03"], date.Alternatives);
    }

    [Theory]
    [InlineData("The court rules 10 days after March 3rd.", "10 days after March 3rd", "2016-03-13")]
    [InlineData("Voting closed two weeks before 1 June 2019.", "two weeks before 1 June 2019", "2019-05-18")]
    public void Counts_an_offset_from_a_stated_day(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }

    [Fact]
    public void Reads_in_an_amount_as_the_day_it_points_to_and_keeps_the_duration()
    {
        var found = Assert.Single(new DateNormalizer().Recognize("The envoy will return in 3 days.", Reference));
        Assert.Equal(("3 days", "2016-11-10"), (found.Text, found.Value));
        Assert.Equal(["P3D"], found.Alternatives);
    }

    [Fact]
    public void Keeps_in_an_amount_a_duration_in_a_past_tense_clause()
    {
        Assert.Equal([("3 years", "P3Y")], Found("They built the dam in 3 years."));
    }

    [Theory]
    [InlineData("The crossing took one and a half hour.", "one and a half hour", "PT1.5H")]
    [InlineData("The crossing took one and a half days.", "one and a half days", "P1.5D")]
    public void Reads_one_and_a_half_as_one_and_a_half(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }

    [Fact]
    public void Ends_a_weekday_range_on_or_after_its_start()
    {
        var found = Found("The office is closed from next Tuesday to Thursday.");
        Assert.Equal([("from next Tuesday to Thursday", "2016-11-15/2016-11-17")], found);
    }

    [Fact]
    public void Reads_two_years_joined_by_to_as_a_range()
    {
        Assert.Equal([("1996 to 2001", "1996/2001")], Found("Output fell 1996 to 2001."));
    }

    [Fact]
    public void Reads_an_abbreviated_weekday_as_a_range_end_though_not_as_a_point_at_the_same_start()
    {
        // A lower-case "mon" is no date alone, but is at a range's left end: the point found at that start for the
        // plain reading must not stand for the range's reading.
        Assert.Equal([("mon - fri", "2016-11-07/2016-11-11")], Found("the shop is open mon and sells fish. open mon - fri"));
        Assert.Empty(Found("the shop is open mon and sells fish."));
    }
}
