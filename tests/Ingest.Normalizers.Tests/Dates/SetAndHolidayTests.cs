using Ingest.Normalizers.Dates;

namespace Ingest.Normalizers.Tests.Dates;

/// <summary>Recurring times (TIMEX3 SET), named holidays, the present reference and two-digit years.</summary>
public sealed class SetAndHolidayTests
{
    private static readonly DateOnly Reference = new(2021, 3, 10);

    private static (string Text, string Value, DateKind Kind)[] Found(string text, DateOnly? reference = null)
        => new DateNormalizer().Recognize(text, reference ?? Reference).Select(d => (d.Text, d.Value, d.Kind)).ToArray();

    [Theory]
    [InlineData("Trains run every two hours.", "every two hours", "PT2H")]
    [InlineData("The newsletter comes out monthly.", "monthly", "P1M")]
    [InlineData("Markets open every Saturday.", "every Saturday", "XXXX-WXX-6")]
    [InlineData("She swims on Tuesdays at 7am.", "Tuesdays at 7am", "XXXX-WXX-2T07")]
    [InlineData("The pills are taken twice a day.", "twice a day", "P1D")]
    [InlineData("The guard walks past every night at 10.", "every night at 10", "T22")]
    public void Reads_a_recurring_time_as_a_set(string text, string span, string value)
    {
        Assert.Equal([(span, value, DateKind.Set)], Found(text));
    }

    [Theory]
    [InlineData("Shops close on Christmas Eve 2019.", "Christmas Eve 2019", "2019-12-24")]
    [InlineData("The parade was held on Memorial Day 2021.", "Memorial Day 2021", "2021-05-31")]
    [InlineData("They married at Easter 2024.", "Easter 2024", "2024-03-31")]
    [InlineData("The strike ended on Good Friday 2023.", "Good Friday 2023", "2023-04-07")]
    [InlineData("Prices fell after Thanksgiving 2022.", "Thanksgiving 2022", "2022-11-24")]
    [InlineData("The bridge reopens on Labor Day.", "Labor Day", "2021-09-06")]
    [InlineData("Sales peaked on Mother's Day.", "Mother's Day", "2021-05-09")]
    public void Resolves_a_named_holiday_by_its_rule(string text, string span, string value)
    {
        Assert.Equal([(span, value, DateKind.Date)], Found(text));
    }

    [Theory]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(1961, "1961-04-02")]
    public void Computes_western_easter(int year, string value)
    {
        Assert.Equal(value, Found($"The town met after Easter Sunday {year}.")[0].Value);
    }

    [Theory]
    [InlineData("The monastery fasted until Orthodox Easter 2024.", "Orthodox Easter 2024", "2024-05-05")]
    [InlineData("Lent began on Clean Monday 2024.", "Clean Monday 2024", "2024-03-18")]
    [InlineData("The market stayed open through Ramadan 2024.", "Ramadan 2024", "2024-03-11")]
    [InlineData("Offices closed for the Islamic New Year 2023.", "Islamic New Year 2023", "2023-07-19")]
    [InlineData("Fireworks marked Chinese New Year 2024.", "Chinese New Year 2024", "2024-02-10")]
    [InlineData("The shops reopened after Yuandan of 2016.", "Yuandan of 2016", "2016-01-01")]
    public void Resolves_a_holiday_of_another_calendar_by_that_calendar(string text, string span, string value)
    {
        Assert.Equal([(span, value, DateKind.Date)], Found(text));
    }

    [Fact]
    public void Reads_no_holiday_named_for_another_calendar()
    {
        Assert.Empty(Found("Families gathered for the Persian New Year."));
    }

    [Theory]
    [InlineData("Prices are currently rising.", "currently")]
    [InlineData("Right now the road is closed.", "Right now")]
    [InlineData("At the moment we can only wait.", "At the moment")]
    [InlineData("Nowadays few people write letters.", "Nowadays")]
    public void Reads_the_present_as_a_reference(string text, string span)
    {
        Assert.Equal([(span, "PRESENT_REF", DateKind.Reference)], Found(text));
    }

    [Fact]
    public void Reads_now_that_as_a_conjunction()
    {
        Assert.Empty(Found("Now that the war is over, the roads reopen."));
    }

    [Fact]
    public void Places_a_two_digit_year_in_the_century_window_of_the_reference()
    {
        Assert.Equal("1945-07-04", Found("The deed dated 07/04/45 was signed.")[0].Value);
        Assert.Equal("2045-07-04", Found("The deed dated 07/04/45 was signed.", new DateOnly(2030, 1, 1))[0].Value);
    }

    [Theory]
    [InlineData("Some 1500 fled across the border.")]
    [InlineData("One thousand five hundred fled across the border.")]
    [InlineData("The daily Kommersant reported it.")]
    public void Leaves_counts_and_names_to_other_normalizers(string text)
    {
        Assert.Empty(Found(text));
    }
}
