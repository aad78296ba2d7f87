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
