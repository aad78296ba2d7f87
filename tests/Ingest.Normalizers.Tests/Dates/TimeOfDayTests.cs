using Ingest.Normalizers.Dates;

namespace Ingest.Normalizers.Tests.Dates;

/// <summary>Clock times, parts of the day, date-times and time ranges, on sentences written for these tests.</summary>
public sealed class TimeOfDayTests
{
    private static readonly DateOnly Reference = new(2021, 3, 10);

    private static (string Text, string Value)[] Found(string text)
        => new DateNormalizer().Recognize(text, Reference).Select(d => (d.Text, d.Value)).ToArray();

    [Theory]
    [InlineData("The ferry leaves at 6:45am sharp.", "6:45am", "T06:45")]
    [InlineData("Doors open at 19:30 for members.", "19:30", "T19:30")]
    [InlineData("The polls closed at 11:05:09 p.m. local time.", "11:05:09 p.m.", "T23:05:09")]
    [InlineData("We met at ten past four in the afternoon.", "ten past four in the afternoon", "T16:10")]
    [InlineData("Call me around 3 o'clock.", "3 o'clock", "T03")]
    [InlineData("The shelling began at midnight.", "midnight", "T00")]
    [InlineData("Lunch is served at 12 noon.", "12 noon", "T12")]
    [InlineData("The train arrives at twenty minutes to nine.", "twenty minutes to nine", "T08:40")]
    public void Reads_a_clock_time_at_the_precision_written(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }

    [Theory]
    [InlineData("Two to four people were hurt.")]
    [InlineData("Scores ranged from 5 to 10 points.")]
    [InlineData("She scored at 18 percent.")]
    public void Reads_no_time_in_counts_that_look_like_hours(string text)
    {
        Assert.Empty(Found(text));
    }

    [Theory]
    [InlineData("The office is open from 9 to 11:30 daily.", "from 9 to 11:30", "T09/T11:30")]
    [InlineData("Visits are allowed between 10 and 2pm.", "between 10 and 2pm", "T10/T14")]
    [InlineData("The curfew runs from 10 pm to 5.", "from 10 pm to 5", "T22/T05")]
    public void Shares_am_or_pm_between_the_ends_of_a_time_range(string text, string span, string value)
    {
        Assert.Equal((span, value), Found(text)[0]);
    }

    [Theory]
    [InlineData("The summit opens on 3 May 2021 at 9am.", "3 May 2021 at 9am", "2021-05-03T09")]
    [InlineData("Results come tomorrow evening at 8.", "tomorrow evening at 8", "2021-03-11T20")]
    [InlineData("The flight lands at 7:15pm tomorrow.", "7:15pm tomorrow", "2021-03-11T19:15")]
    [InlineData("The log shows 2021-02-01T08:30 as the start.", "2021-02-01T08:30", "2021-02-01T08:30")]
    public void Joins_a_day_and_a_time_into_one_date_time(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }

    [Theory]
    [InlineData("The patrol went out in the early evening.", "the early evening", "TEV")]
    [InlineData("Talks will resume on Friday in the morning.", "Friday in the morning", "2021-03-12TMO")]
    public void Reads_a_part_of_the_day(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }

    [Fact]
    public void Gives_a_time_the_time_grain()
    {
        var found = new DateNormalizer().Recognize("The ferry leaves at 6:45am.", Reference);
        Assert.Equal(DateGrain.Time, Assert.Single(found).Grain);
    }
}
