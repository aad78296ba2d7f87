using Ingest.Normalizers.Dates;
using Ingest.Normalizers.Numbers;

namespace Ingest.Normalizers.Tests.Numbers;

/// <summary>
/// The date and number normalizers run one after the other, as in the pipeline: the dates keep what is on the calendar,
/// the numbers keep counts, bounded amounts and quantities of time. Examples written for these tests.
/// </summary>
public sealed class DatesThenNumbersTests
{
    [Fact]
    public async Task A_bounded_duration_stays_a_one_sided_range_beside_the_date_duration()
    {
        var (dates, numbers) = await NormalizeAsync("The bakery has fed the village for more than thirty years.");

        var range = Assert.Single(numbers);
        Assert.Equal(("more than thirty years", NumberKind.Range, "gt", 30d), (range.Text, range.Kind, range.Comparison, range.Low!.Value));
        Assert.Equal("time", range.Dimension);
        Assert.Contains(dates, d => d.Kind == DateKind.Duration && d.Value == "P30Y");
    }

    [Fact]
    public async Task A_duration_in_hours_is_a_quantity_of_time_too()
    {
        var (_, numbers) = await NormalizeAsync("The crossing took 11 hours in fog.");

        var quantity = Assert.Single(numbers);
        Assert.Equal(("11 hours", NumberKind.Quantity, 11d, "h"), (quantity.Text, quantity.Kind, quantity.Value, quantity.Unit));
    }

    [Fact]
    public async Task Counts_in_words_and_digits_are_not_taken_by_the_dates()
    {
        var (dates, numbers) = await NormalizeAsync("The mill ground one thousand sacks and shipped 1500 crates.");

        Assert.Empty(dates);
        Assert.Equal([("one thousand", 1000d), ("1500", 1500d)], numbers.Select(n => (n.Text, n.Value!.Value)));
    }

    [Fact]
    public async Task A_calendar_date_keeps_its_digits_from_the_numbers()
    {
        var (dates, numbers) = await NormalizeAsync("The mill reopened on 12 March 1987 with 40 workers.");

        Assert.Single(dates);
        Assert.Equal(("40", 40d), (Assert.Single(numbers).Text, numbers[0].Value!.Value));
    }

    [Fact]
    public async Task Two_to_four_people_is_a_number_range_and_no_date()
    {
        var (dates, numbers) = await NormalizeAsync("Tables seat two to four people.");

        Assert.Empty(dates);
        var range = Assert.Single(numbers);
        Assert.Equal(("two to four", 2d, 4d), (range.Text, range.Low!.Value, range.High!.Value));
    }

    [Theory]
    [InlineData("The chip runs at 3.2 to 4.6 GHz.", "3.2 to 4.6 GHz")]
    [InlineData("Sacks of 2-2.5 kg are stacked.", "2-2.5 kg")]
    [InlineData("Add about 8.4 g of yeast.", "8.4 g")]
    [InlineData("The gap is 6.5 mm wide.", "6.5 mm")]
    public async Task A_measured_amount_is_no_date(string text, string span)
    {
        var (dates, numbers) = await NormalizeAsync(text);

        Assert.Empty(dates);
        Assert.Equal(span, Assert.Single(numbers).Text);
    }

    [Fact]
    public async Task A_dotted_date_with_a_year_stays_a_date()
    {
        var (dates, _) = await NormalizeAsync("The contract was signed on 14.3.2019 in Graz.");

        Assert.Equal("2019-03-14", Assert.Single(dates).Value);
    }

    [Theory]
    [InlineData("Afternoon temperatures will stay in the 80s through Friday.", "80s", 80d, 89d)]
    [InlineData("Overnight lows have dropped into the 20s across the valley.", "20s", 20d, 29d)]
    [InlineData("Shares of the mill traded in the 40s all week.", "40s", 40d, 49d)]
    [InlineData("I was still in my 30s back then.", "30s", 30d, 39d)]
    public async Task A_decade_of_a_measured_value_is_a_number_range_and_no_calendar_decade(string text, string span, double low, double high)
    {
        var (dates, numbers) = await NormalizeAsync(text);

        Assert.DoesNotContain(dates, d => d.Text.Contains(span, StringComparison.Ordinal));
        var range = Assert.Single(numbers);
        Assert.Equal((span, NumberKind.Range, low, high, true), (range.Text, range.Kind, range.Low!.Value, range.High!.Value, range.Approximate));
    }

    [Theory]
    [InlineData("The band was hugely popular in the 60s.", "196")]
    [InlineData("Jazz clubs flourished in the 20s along the river.", "192")]
    public async Task A_decade_with_no_measured_noun_stays_a_calendar_decade(string text, string decade)
    {
        var (dates, numbers) = await NormalizeAsync(text);

        Assert.Equal(decade, Assert.Single(dates).Value);
        Assert.Empty(numbers);
    }

    [Theory]
    [InlineData("Inflation is forecast to ease to 2.5-3% by the spring.", "2.5-3%", 2.5d, 3d)]
    [InlineData("Margins should widen to 7.5-9% next year.", "7.5-9%", 7.5d, 9d)]
    [InlineData("Output will slow to 1.5-2 percent in the winter.", "1.5-2 percent", 1.5d, 2d)]
    public async Task A_range_of_percentages_is_not_read_as_a_day_and_month(string text, string span, double low, double high)
    {
        var (dates, numbers) = await NormalizeAsync(text);

        Assert.DoesNotContain(dates, d => d.Text.Contains(span[..3], StringComparison.Ordinal));
        var range = Assert.Single(numbers, n => n.Kind == NumberKind.Range);
        Assert.Equal((span, low, high), (range.Text, range.Low!.Value, range.High!.Value));
    }

    [Theory]
    [InlineData("The incumbent leads by 4-6 points in the latest poll.", "4-6", 4d, 6d)]
    [InlineData("The coalition expects to gain by 2-3 seats on Sunday.", "2-3", 2d, 3d)]
    public async Task A_pair_before_a_counted_noun_is_no_day_and_month(string text, string span, double low, double high)
    {
        var (dates, numbers) = await NormalizeAsync(text);

        Assert.DoesNotContain(dates, d => d.Text.Contains(span, StringComparison.Ordinal));
        var range = Assert.Single(numbers);
        Assert.Equal((span, NumberKind.Range, low, high), (range.Text, range.Kind, range.Low!.Value, range.High!.Value));
    }

    [Theory]
    [InlineData("The central bank cut its rate by 50 basis points in March.", "50 basis points", 50d, "bp")]
    [InlineData("Support for the plan fell 3 percentage points.", "3 percentage points", 3d, "pp")]
    [InlineData("Yields rose by one percentage point.", "one percentage point", 1d, "pp")]
    public async Task Percentage_and_basis_points_are_units_of_a_ratio(string text, string span, double value, string unit)
    {
        var (_, numbers) = await NormalizeAsync(text);

        var quantity = Assert.Single(numbers);
        Assert.Equal((span, NumberKind.Quantity, value, unit, "ratio"), (quantity.Text, quantity.Kind, quantity.Value!.Value, quantity.Unit, quantity.Dimension));
    }

    [Theory]
    [InlineData("The coin traded near $63,000 on Monday.", "$63,000")]
    [InlineData("The real crowd was closer to 10,000.", "10,000")]
    [InlineData("Estimates came nearer to 400 tonnes.", "400 tonnes")]
    public async Task Near_and_closer_to_hedge_an_amount(string text, string span)
    {
        var (_, numbers) = await NormalizeAsync(text);

        var number = Assert.Single(numbers);
        Assert.Equal((span, true), (number.Text, number.Approximate));
    }

    private static async Task<(List<DateEntity> Dates, List<NumberEntity> Numbers)> NormalizeAsync(string text)
    {
        var builder = new DocumentBuilder(new Uri("urn:test:dates-then-numbers"), "text/plain");
        builder.AddBlock(BlockKind.Paragraph, text);
        var document = builder.Build();
        var context = new NormalizationContext(null, ReferenceDateOrigin.None);
        await new DateNormalizer().NormalizeAsync(document, context);
        await new NumberNormalizer().NormalizeAsync(document, context);
        return (document.Entities.OfType<DateEntity>().ToList(), document.Entities.OfType<NumberEntity>().ToList());
    }
}
