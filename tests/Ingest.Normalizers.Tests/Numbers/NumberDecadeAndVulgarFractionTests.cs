using Ingest.Normalizers.Dates;
using Ingest.Normalizers.Numbers;

namespace Ingest.Normalizers.Tests.Numbers;

/// <summary>Vulgar-fraction characters (<c>4½</c>, <c>¾</c>) and decades of a value (<c>in her 30s</c>). Examples written for these tests.</summary>
public sealed class NumberDecadeAndVulgarFractionTests
{
    [Theory]
    [InlineData("The ferry crossing takes 4½ hours in winter.", "4½ hours", 4.5d, "h")]
    [InlineData("The towpath loops 2¾ miles around the reservoir.", "2¾ miles", 2.75d, "mi")]
    [InlineData("Whisk in ½ cup of buttermilk.", "½ cup", 0.5d, "cup")]
    [InlineData("The loaf needs 1⅓ cups of rye flour.", "1⅓ cups", 4d / 3, "cup")]
    public async Task Reads_a_vulgar_fraction_after_digits_or_alone_with_its_unit(string text, string span, double value, string unit)
    {
        var quantity = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((NumberKind.Quantity, span, unit), (quantity.Kind, quantity.Text, quantity.Unit));
        Assert.Equal(value, quantity.Value!.Value, 9);
    }

    [Theory]
    [InlineData("Only ¼ of the orchard was picked.", "¼", 0.25d)]
    [InlineData("Roughly ⅔ of the voters stayed home.", "⅔", 2d / 3)]
    [InlineData("Fold the sheet into ⅛ and crease it.", "⅛", 0.125d)]
    public async Task Reads_a_lone_vulgar_fraction_as_its_value(string text, string span, double value)
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal(span, number.Text);
        Assert.Equal(value, number.Value!.Value, 9);
    }

    [Theory]
    [InlineData("The founders were in their 20s when the bakery opened.", "20s", 20d, 29d)]
    [InlineData("By noon the temperature in the harbour was in the 40s and the fog lifted.", "40s", 40d, 49d)]
    [InlineData("She started rowing in her 50s.", "50s", 50d, 59d)]
    [InlineData("Night lows slid into the 30s by Friday.", "30s", 30d, 39d)]
    public async Task Reads_a_decade_of_a_value_as_an_approximate_range(string text, string span, double low, double high)
    {
        var range = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((NumberKind.Range, span, low, high, true), (range.Kind, range.Text, range.Low!.Value, range.High!.Value, range.Approximate));
    }

    [Theory]
    [InlineData("The village grew fast in the 1960s.")]
    [InlineData("Jazz clubs closed in the '70s.")]
    [InlineData("Route 60s buses run hourly.")]
    [InlineData("The harbour grew busy in the 40s and the fleet doubled.")]
    public async Task Leaves_calendar_decades_and_labels_alone(string text)
    {
        var numbers = await NumberTestDocuments.NormalizeTextAsync(text);

        Assert.DoesNotContain(numbers, n => n.Kind == NumberKind.Range);
    }

    [Fact]
    public async Task A_decade_of_ages_is_a_number_range_beside_the_dates()
    {
        var (dates, numbers) = await NormalizeAsync("Most of the volunteers were in their 60s.");

        Assert.Empty(dates);
        var range = Assert.Single(numbers);
        Assert.Equal(("60s", 60d, 69d), (range.Text, range.Low!.Value, range.High!.Value));
    }

    [Fact]
    public async Task A_mixed_number_of_hours_is_a_quantity_and_its_whole_part_no_day_of_the_month()
    {
        var (dates, numbers) = await NormalizeAsync("Braise the brisket for 4½ hours at a low heat.");

        Assert.DoesNotContain(dates, d => d.Text == "4");
        var quantity = Assert.Single(numbers);
        Assert.Equal(("4½ hours", 4.5d, "h"), (quantity.Text, quantity.Value!.Value, quantity.Unit));
    }

    [Fact]
    public async Task A_calendar_decade_goes_to_the_dates_and_not_to_the_numbers()
    {
        var (dates, numbers) = await NormalizeAsync("The mill closed in the 1980s and the pier in the '50s.");

        Assert.Equal(2, dates.Count);
        Assert.Empty(numbers);
    }

    private static async Task<(List<DateEntity> Dates, List<NumberEntity> Numbers)> NormalizeAsync(string text)
    {
        var builder = new DocumentBuilder(new Uri("urn:test:decades"), "text/plain");
        builder.AddBlock(BlockKind.Paragraph, text);
        var document = builder.Build();
        var context = new NormalizationContext(null, ReferenceDateOrigin.None);
        await new DateNormalizer().NormalizeAsync(document, context);
        await new NumberNormalizer().NormalizeAsync(document, context);
        return (document.Entities.OfType<DateEntity>().ToList(), document.Entities.OfType<NumberEntity>().ToList());
    }
}
