using Ingest.Normalizers.Numbers;

namespace Ingest.Normalizers.Tests.Numbers;

/// <summary>
/// Ranges as English writes them: a comparison phrase before or after one number bounds it on one side; a dash, tilde,
/// <c>to</c>, <c>through</c> or <c>between ... and</c> joins two numbers. Examples written for these tests.
/// </summary>
public sealed class NumberRangeTests
{
    [Theory]
    [InlineData("The hall seats more than 450 guests.", "more than 450", "gt", 450d, null)]
    [InlineData("Tickets go for over 75 dollars each.", "over 75 dollars", "gt", 75d, null)]
    [InlineData("The shelf holds at least 12 jars.", "at least 12", "ge", 12d, null)]
    [InlineData("She invited no fewer than 9 cousins.", "no fewer than 9", "ge", 9d, null)]
    [InlineData("It sleeps 14 or more campers.", "14 or more", "ge", 14d, null)]
    [InlineData("The pool stays below 3 metres deep.", "below 3 metres", "lt", null, 3d)]
    [InlineData("Kids under 7 ride free.", "under 7", "lt", null, 7d)]
    [InlineData("The kettle takes up to 1.7 litres.", "up to 1.7 litres", "le", null, 1.7d)]
    [InlineData("Bring no more than 2 bags.", "no more than 2", "le", null, 2d)]
    [InlineData("Groups of 6 or fewer hikers.", "6 or fewer", "le", null, 6d)]
    [InlineData("The total is equal to 64 tiles.", "equal to 64", "eq", 64d, 64d)]
    [InlineData("The ferry carries as many as 340 cars.", "as many as 340", "le", null, 340d)]
    [InlineData("Rents fell to as little as 90 euros.", "as little as 90 euros", "ge", 90d, null)]
    [InlineData("Bonuses are capped at 15 percent.", "capped at 15 percent", "le", null, 15d)]
    [InlineData("Entries are limited to 3 photos.", "limited to 3", "le", null, 3d)]
    [InlineData("Keep the speech no longer than 4 minutes.", "no longer than 4 minutes", "le", null, 4d)]
    [InlineData("Replies arrive within 48 hours.", "within 48 hours", "le", null, 48d)]
    [InlineData("Repair bills may exceed 900 pounds sterling.", "exceed 900 pounds sterling", "gt", 900d, null)]
    [InlineData("The walk takes 35 minutes at most.", "35 minutes at most", "le", null, 35d)]
    [InlineData("Pack 5 litres at the least.", "5 litres at the least", "ge", 5d, null)]
    [InlineData("The hall seats MORE THAN 450 guests.", "MORE THAN 450", "gt", 450d, null)]
    [InlineData("Send it No Later Than 9 days out.", "No Later Than 9 days", "le", null, 9d)]
    [InlineData("Crates In Excess Of 40 kg pay more.", "In Excess Of 40 kg", "gt", 40d, null)]
    public async Task Reads_a_comparison_as_a_range_with_one_bound(string text, string span, string comparison, double? low, double? high)
    {
        var range = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((NumberKind.Range, span, comparison), (range.Kind, range.Text, range.Comparison));
        Assert.Equal((low, high), (range.Low, range.High));
        Assert.Equal(low ?? high, range.Value);
    }

    [Theory]
    [InlineData("They sang, then 30 guests left.", "30")]
    [InlineData("The oven 45 was sold.", "45")]
    [InlineData("A tax of 12 was paid.", "12")]
    [InlineData("She stood ahead 8 others.", "8")]
    public async Task A_word_shaped_like_the_end_of_a_comparison_leaves_the_number_unbounded(string text, string span)
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((NumberKind.Cardinal, span, (string?)null), (number.Kind, number.Text, number.Comparison));
    }

    [Theory]
    [InlineData("The strike lasted over six years.", "over six years", true)]
    [InlineData("He has coached for over 12 years.", "over 12 years", true)]
    [InlineData("Over 3 hours passed before help came.", "Over 3 hours", true)]
    [InlineData("Rents rose over six years of growth.", "six years", false)]
    [InlineData("The dam was built over 18 months.", "18 months", false)]
    public async Task Reads_over_before_a_length_of_time_as_a_bound_only_where_a_length_is_asked_for(string text, string span, bool bound)
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((span, bound ? "gt" : null), (number.Text, number.Comparison));
    }

    [Theory]
    [InlineData("The recipe needs nearly 30 minutes.", "nearly 30 minutes", "lt", null, 30d)]
    [InlineData("We counted almost 80 swans.", "almost 80", "lt", null, 80d)]
    [InlineData("The bag weighed just under 9 kg.", "just under 9 kg", "lt", null, 9d)]
    [InlineData("The hike is just over 12 km.", "just over 12 km", "gt", 12d, null)]
    public async Task Reads_nearly_almost_and_just_under_as_approximate_bounds(string text, string span, string comparison, double? low, double? high)
    {
        var range = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((NumberKind.Range, span, comparison, low, high), (range.Kind, range.Text, range.Comparison, range.Low, range.High));
        Assert.True(range.Approximate);
    }

    [Theory]
    [InlineData("Cabin fares from $149 are on offer.", "from $149", 149d)]
    [InlineData("Tickets from £12 sold out fast.", "from £12", 12d)]
    public async Task Reads_from_before_a_price_as_a_floor(string text, string span, double low)
    {
        var range = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((NumberKind.Range, span, "ge", low), (range.Kind, range.Text, range.Comparison, range.Low));
    }

    [Fact]
    public async Task Leaves_from_after_a_change_as_a_plain_amount()
    {
        var price = Assert.Single(await NumberTestDocuments.NormalizeTextAsync("Shares slid, down from $48 last week."));

        Assert.Equal((NumberKind.Currency, "$48", (string?)null), (price.Kind, price.Text, price.Comparison));
    }

    [Theory]
    [InlineData("Roughly 15 boats left.")]
    [InlineData("We met around 40 walkers.")]
    public async Task Treats_roughly_and_around_as_hedges_not_bounds(string text)
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Null(number.Comparison);
        Assert.True(number.Approximate);
        Assert.NotEqual(NumberKind.Range, number.Kind);
    }

    [Theory]
    [InlineData("The drive takes at least an hour.", "at least an hour", "ge", "h")]
    [InlineData("The kettle boiled in almost a minute.", "almost a minute", "lt", "min")]
    [InlineData("Keep up to a metre apart.", "up to a metre", "le", "m")]
    public async Task Counts_the_article_as_one_unit_after_a_bound(string text, string span, string comparison, string unit)
    {
        var range = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((NumberKind.Range, span, comparison, 1d, unit), (range.Kind, range.Text, range.Comparison, range.Value, range.Unit));
    }

    [Theory]
    [InlineData("An hour later the rain stopped.")]
    [InlineData("A mile away stood a barn.")]
    public async Task Leaves_the_article_alone_without_a_bound_or_hedge(string text)
    {
        Assert.Empty(await NumberTestDocuments.NormalizeTextAsync(text));
    }

    [Theory]
    [InlineData("Nights stayed between -9 and -3°C.", "between -9 and -3°C", -9d, -3d, "°C")]
    [InlineData("Readings ran from -40 to -15 degrees Celsius.", "from -40 to -15 degrees Celsius", -40d, -15d, "°C")]
    public async Task Reads_a_range_of_negative_values_with_the_unit_on_both_ends(string text, string span, double low, double high, string unit)
    {
        var range = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((NumberKind.Range, span, low, high, unit), (range.Kind, range.Text, range.Low, range.High, range.Unit));
    }

    [Theory]
    [InlineData("Shoe sizes 35~42 are in stock.", "35~42", 35d, 42d)]
    [InlineData("Read chapters 4 through 9 tonight.", "4 through 9", 4d, 9d)]
    [InlineData("Salaries of 40k-55k are listed.", "40k-55k", 40_000d, 55_000d)]
    [InlineData("Budgets of 1.2bn-1.5bn were proposed.", "1.2bn-1.5bn", 1.2e9, 1.5e9)]
    [InlineData("It costs between 8 and 11 pounds of flour.", "between 8 and 11 pounds", 8d, 11d)]
    [InlineData("Walk from 3 to 6 km daily.", "from 3 to 6 km", 3d, 6d)]
    [InlineData("Pick a card greater than 10 and less than 20.", "greater than 10 and less than 20", 10d, 20d)]
    [InlineData("Boxes at least 4 kg but under 9 kg ship free.", "at least 4 kg but under 9 kg", 4d, 9d)]
    public async Task Reads_two_sided_ranges_with_both_bounds(string text, string span, double low, double high)
    {
        var range = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((NumberKind.Range, span, low, high), (range.Kind, range.Text, range.Low!.Value, range.High!.Value));
        Assert.Null(range.Comparison);
        Assert.Null(range.Value);
    }

    [Fact]
    public async Task Writes_the_comparison_and_bound_to_json()
    {
        var range = Assert.Single(await NumberTestDocuments.NormalizeTextAsync("Bids above 250 euros were rejected."));
        using var stream = new MemoryStream();
        await using (var writer = new System.Text.Json.Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            range.WriteProperties(writer);
            writer.WriteEndObject();
        }

        var json = System.Text.Encoding.UTF8.GetString(stream.ToArray());

        Assert.Equal("{\"value\":250,\"kind\":\"range\",\"low\":250,\"comparison\":\"gt\",\"unit\":\"EUR\",\"approximate\":true}", json);
    }

    [Theory]
    [InlineData("The hosts won 4-2 at home.")]
    [InlineData("The motion passed 215-190 in the chamber.")]
    public async Task Leaves_a_descending_dashed_pair_as_a_score_not_two_numbers(string text)
    {
        Assert.Empty(await NumberTestDocuments.NormalizeTextAsync(text));
    }
}
