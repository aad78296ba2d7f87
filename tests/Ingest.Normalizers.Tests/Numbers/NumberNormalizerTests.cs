using System.Globalization;
using System.Text;
using System.Text.Json;
using Ingest.Normalizers.Numbers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ingest.Normalizers.Tests.Numbers;

public sealed class NumberNormalizerTests
{
    [Theory]
    [InlineData("twenty-six people", NumberKind.Cardinal, 26)]
    [InlineData("two hundred and five", NumberKind.Cardinal, 205)]
    [InlineData("a dozen eggs", NumberKind.Cardinal, 12)]
    [InlineData("1.5 billion", NumberKind.Cardinal, 1_500_000_000)]
    [InlineData("3bn", NumberKind.Cardinal, 3_000_000_000)]
    [InlineData("the twenty-first", NumberKind.Ordinal, 21)]
    [InlineData("three quarters", NumberKind.Fraction, 0.75)]
    [InlineData("1/2", NumberKind.Fraction, 0.5)]
    [InlineData("one and a half", NumberKind.Fraction, 1.5)]
    [InlineData("10%", NumberKind.Percent, 10)]
    [InlineData("12 per cent", NumberKind.Percent, 12)]
    [InlineData("it fell -5 points", NumberKind.Cardinal, -5)]
    [InlineData("minus five point five", NumberKind.Decimal, -5.5)]
    [InlineData("twice", NumberKind.Multiplier, 2)]
    [InlineData("1.5m people", NumberKind.Cardinal, 1_500_000)]
    [InlineData("one in five adults", NumberKind.Fraction, 0.2)]
    [InlineData("Then 2000 people died.", NumberKind.Cardinal, 2000)]
    public async Task Reads_numbers_written_in_digits_and_words(string text, NumberKind kind, double value)
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal(kind, number.Kind);
        Assert.Equal(value, number.Value!.Value, 9);
    }

    [Theory]
    [InlineData("It cost €5.", 5, "EUR")]
    [InlineData("It cost USD 3.", 3, "USD")]
    [InlineData("It cost 100 roubles.", 100, "RUB")]
    [InlineData("It cost 50 cents.", 0.5, "USD")]
    [InlineData("It cost £8.10m.", 8_100_000, "GBP")]
    [InlineData("It cost 10,000 Swiss francs.", 10_000, "CHF")]
    [InlineData("It cost US$ 150 million.", 150_000_000, "USD")]
    [InlineData("Aid worth \\$100 million arrived.", 100_000_000, "USD")]
    public async Task Reads_money_with_its_ISO_4217_code(string text, double value, string currency)
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal(NumberKind.Currency, number.Kind);
        Assert.Equal(value, number.Value!.Value, 6);
        Assert.Equal(currency, number.Unit);
    }

    [Theory]
    [InlineData("between 20 and 30 soldiers", 20, 30)]
    [InlineData("from 5 to 10", 5, 10)]
    [InlineData("$5-10 million", 5_000_000, 10_000_000)]
    public async Task Reads_ranges_with_both_ends(string text, double low, double high)
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal(NumberKind.Range, number.Kind);
        Assert.Null(number.Value);
        Assert.Equal((low, high), (number.Low!.Value, number.High!.Value));
    }

    [Theory]
    [InlineData("from 10% to 20%", 10, 20, "%")]
    [InlineData("it rose 5%-10%", 5, 10, "%")]
    [InlineData("between 5 percent and 7 percent", 5, 7, "%")]
    [InlineData("between $5 and $10", 5, 10, "USD")]
    public async Task Reads_ranges_whose_ends_both_carry_the_percent_or_currency(string text, double low, double high, string? unit)
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((NumberKind.Range, low, high, unit), (number.Kind, number.Low!.Value, number.High!.Value, number.Unit));
    }

    [Theory]
    [InlineData("it is 2x faster", 2)]
    [InlineData("a 3× increase", 3)]
    public async Task Reads_a_multiplier_sign_glued_to_a_number(string text, double value)
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((NumberKind.Multiplier, value), (number.Kind, number.Value!.Value));
    }

    [Fact]
    public async Task Does_not_read_dimensions_as_multipliers()
    {
        Assert.DoesNotContain(await NumberTestDocuments.NormalizeTextAsync("a 2x4 board"), n => n.Kind == NumberKind.Multiplier);
    }

    [Theory]
    [InlineData("half dozen eggs", NumberKind.Cardinal, 6)]
    [InlineData("2 point 5", NumberKind.Decimal, 2.5)]
    public async Task Reads_spoken_forms_of_digits_and_dozens(string text, NumberKind kind, double value)
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((kind, value), (number.Kind, number.Value!.Value));
    }

    [Theory]
    [InlineData("about 14 million people")]
    [InlineData("at least 5,000 people")]
    [InlineData("more than 300 houses")]
    [InlineData("up to 40 trucks")]
    [InlineData("dozens of villages")]
    public async Task Flags_hedged_and_vague_amounts_as_approximate(string text)
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.True(number.Approximate);
    }

    [Theory]
    [InlineData("A Russian Mi-24 was shot down.")]
    [InlineData("The F-16 and the A320 flew over.")]
    [InlineData("COVID-19 spread.")]
    [InlineData("Call +1-222-555-0100 or 555-123-4567.")]
    [InlineData("Follow @user42 and #tag7.")]
    [InlineData("The host is 192.168.1.2.")]
    [InlineData("No one can guarantee it.")]
    [InlineData("One should expect a further increase.")]
    [InlineData("One of my colleagues called.")]
    [InlineData("On the one hand, it held.")]
    [InlineData("The war of 1988-1994 ended.")]
    [InlineData("It broke out in 1988 and again in 2020.")]
    [InlineData("On September 19, Azerbaijan announced it.")]
    [InlineData("Published 12 November 2020.")]
    [InlineData("Saturday 14th November 2020")]
    [InlineData("the war of 1826-28")]
    [InlineData("In the 1980s, in the 19th century.")]
    [InlineData("It was 2023-09-20 at 10:30.")]
    [InlineData("a quarter century")]
    [InlineData("Show me the second to last.")]
    [InlineData("He finished third from the end.")]
    public async Task Does_not_report_what_is_not_a_number(string text)
    {
        Assert.Empty(await NumberTestDocuments.NormalizeTextAsync(text));
    }

    [Theory]
    [InlineData("- 10  k", NumberKind.Cardinal, -10_000)]
    [InlineData("- 1 4/5", NumberKind.Fraction, -1.8)]
    [InlineData("(- 3)", NumberKind.Cardinal, -3)]
    public async Task Reads_a_minus_written_apart_from_its_number_where_nothing_precedes_it(string text, NumberKind kind, double value)
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((kind, value), (number.Kind, number.Value!.Value));
    }

    [Theory]
    [InlineData("The home side - 10 points clear - won.")]
    [InlineData("- 10 people attended the meeting")]
    public async Task Reads_a_spaced_dash_between_words_or_before_a_list_item_as_punctuation(string text)
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal(("10", 10d), (number.Text, number.Value!.Value));
    }

    [Theory]
    [InlineData("2.33 k", 2_330)]
    [InlineData("1,674,200.5 M", 1_674_200_500_000)]
    public async Task Reads_a_scale_letter_written_apart_from_the_number(string text, double value)
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal(value, number.Value!.Value, 6);
    }

    [Fact]
    public async Task Does_not_read_a_spaced_capital_K_or_M_after_a_whole_number_as_a_scale()
    {
        var numbers = await NumberTestDocuments.NormalizeTextAsync("It was cooled to 300 K with 5 M units.");

        Assert.Equal([300d, 5d], numbers.Select(n => n.Value!.Value));
    }

    [Theory]
    [InlineData("The result is 12,34,567.89", 1_234_567.89)]
    [InlineData("a loan of 1,00,000 rupees", 100_000)]
    public async Task Reads_Indian_digit_grouping(string text, double value)
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal(value, number.Value!.Value, 6);
    }

    [Theory]
    [InlineData("1.111,11", 1_111.11)]
    [InlineData("You can write 5,00.", 5)]
    [InlineData("The number is 1,3.", 1.3)]
    public async Task Reads_a_decimal_comma_where_no_digit_grouping_fits(string text, double value)
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((NumberKind.Decimal, value), (number.Kind, number.Value!.Value));
    }

    [Fact]
    public async Task Reads_a_comma_after_four_digits_as_a_missing_space()
    {
        var numbers = await NumberTestDocuments.NormalizeTextAsync("In 2020,10 people died.");

        Assert.Equal(("10", "people"), (numbers[^1].Text, numbers[^1].Unit));
    }

    [Theory]
    [InlineData("as shown [1,2] before")]
    [InlineData("rows 1,2,3 failed")]
    public async Task Keeps_comma_lists_and_citations_as_separate_numbers(string text)
    {
        var numbers = await NumberTestDocuments.NormalizeTextAsync(text);

        Assert.True(numbers.Count >= 2);
        Assert.All(numbers, n => Assert.Equal(NumberKind.Cardinal, n.Kind));
    }

    [Theory]
    [InlineData("1.3x10^6", 1_300_000)]
    [InlineData("6.23 × 10^-4", 0.000623)]
    public async Task Reads_scientific_notation_with_times_ten(string text, double value)
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal(value, number.Value!.Value, 9);
    }

    [Fact]
    public async Task Reads_a_zero_after_and_as_a_number_of_its_own()
    {
        var numbers = await NumberTestDocuments.NormalizeTextAsync("4 thousand 3 hundred and 0 are two valid numbers.");

        Assert.Equal([4_300d, 0d, 2d], numbers.Select(n => n.Value!.Value));
    }

    [Theory]
    [InlineData("two and fifty-four hundredths", NumberKind.Fraction, 2.54)]
    [InlineData("a hundred thousand trillionths", NumberKind.Fraction, 1e-7)]
    [InlineData("one hundred thirty-fifths", NumberKind.Fraction, 100.0 / 35)]
    [InlineData("one billion and a half million", NumberKind.Cardinal, 1_000_500_000)]
    [InlineData("one billion and three quarters million", NumberKind.Cardinal, 1_000_750_000)]
    [InlineData("one one-hundredth", NumberKind.Fraction, 0.01)]
    [InlineData("three one-thousandths", NumberKind.Fraction, 0.003)]
    [InlineData("one one hundred and fifth", NumberKind.Fraction, 1.0 / 105)]
    public async Task Reads_fraction_words_the_way_they_are_said(string text, NumberKind kind, double value)
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((kind, text), (number.Kind, number.Text));
        Assert.Equal(value, number.Value!.Value, 9);
    }

    [Fact]
    public async Task Reads_the_ordinal_one_hundred_twenty_first_as_an_ordinal()
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync("the one hundred twenty first"));

        Assert.Equal((NumberKind.Ordinal, 121d), (number.Kind, number.Value!.Value));
    }

    [Fact]
    public async Task Reads_a_hyphenated_chain_of_numbers_as_separate_numbers()
    {
        var numbers = await NumberTestDocuments.NormalizeTextAsync("they were playing three-nought-four");

        Assert.Equal([3d, 0d, 4d], numbers.Select(n => n.Value!.Value));
        Assert.All(numbers, n => Assert.Equal(NumberKind.Cardinal, n.Kind));
    }

    [Theory]
    [InlineData("revenues of about MAUD 60", 60_000_000, "AUD")]
    [InlineData("we are giving away 3 USD50 cards", 50, "USD")]
    [InlineData("10 $ 30 cent", 10.3, "USD")]
    public async Task Reads_money_where_the_currency_marks_which_amount_it_belongs_to(string text, double value, string currency)
    {
        var money = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text), n => n.Kind == NumberKind.Currency);

        Assert.Equal((value, currency), (money.Value!.Value, money.Unit));
    }

    [Fact]
    public async Task Reads_a_dollar_sign_after_each_amount_as_its_own()
    {
        var numbers = await NumberTestDocuments.NormalizeTextAsync("10 $ 30 $");

        Assert.Equal([("10 $", 10d, "USD"), ("30 $", 30d, "USD")], numbers.Select(n => (n.Text, n.Value!.Value, n.Unit!)));
    }

    [Fact]
    public async Task Captures_the_counted_noun_past_adjectives()
    {
        var numbers = await NumberTestDocuments.NormalizeTextAsync("As 1,960 Russian peacekeepers arrived, 20 million ethnic Azerbaijanis and two bloody wars.");

        Assert.Equal(["peacekeepers", "Azerbaijanis", "wars"], numbers.Select(n => n.Unit));
    }

    [Fact]
    public async Task Reads_separators_of_the_configured_culture()
    {
        var options = new NumberNormalizerOptions { Culture = CultureInfo.GetCultureInfo("de-DE") };

        var numbers = await NumberTestDocuments.NormalizeTextAsync("1.960 peacekeepers and 1,5 percent", options);

        Assert.Equal([1960d, 1.5], numbers.Select(n => n.Value!.Value));
    }

    [Fact]
    public async Task Leaves_alone_numbers_inside_a_date_entity()
    {
        var builder = new DocumentBuilder(new Uri("urn:test:numbers"), "text/plain");
        builder.AddBlock(BlockKind.Paragraph, "Over the past 30 years, 40 villages burned.");
        var document = builder.Build();
        document.Entities.Add(new DateLikeEntity(14, 8, "30 years"));

        var numbers = await NumberTestDocuments.NormalizeAsync(document);

        var number = Assert.Single(numbers);
        Assert.Equal(("40", "villages"), (number.Text, number.Unit));
    }

    [Fact]
    public void Writes_value_as_a_JSON_number_with_kind_unit_and_hedge()
    {
        var entity = new NumberEntity(0, 10, "80 percent", NumberKind.Percent, 80, approximate: true);
        var range = new NumberEntity(0, 15, "150,000-300,000", NumberKind.Range, null, 150_000, 300_000, "Armenians");

        Assert.Equal("{\"value\":80,\"kind\":\"percent\",\"approximate\":true}", Write(entity));
        Assert.Equal("{\"kind\":\"range\",\"low\":150000,\"high\":300000,\"unit\":\"Armenians\",\"approximate\":false}", Write(range));
    }

    [Fact]
    public void Registers_with_the_builder_and_its_options()
    {
        var services = new ServiceCollection();
        var builder = new TestIngestBuilder(services);

        builder.AddNumberNormalizer(o => o.CaptureUnits = false);

        using var provider = services.BuildServiceProvider();
        var registration = Assert.Single(provider.GetServices<NormalizerRegistration>());
        Assert.Equal((typeof(NumberNormalizer), NormalizerOrder.Numbers), (registration.NormalizerType, registration.Order));
        Assert.Equal("numbers", registration.Factory(provider).Name);
        Assert.False(provider.GetRequiredService<IOptions<NumberNormalizerOptions>>().Value.CaptureUnits);
    }

    [Fact]
    public async Task Survives_adversarial_text_quickly()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(i % 7 == 0 ? "one hundred and " : i % 5 == 0 ? "1,000,0" : i % 3 == 0 ? "$-" : "and a ");
        }

        var numbers = await NumberTestDocuments.NormalizeTextAsync(text.ToString());

        Assert.NotNull(numbers);
    }

    private static string Write(NumberEntity entity)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            entity.WriteProperties(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private sealed class DateLikeEntity(int start, int length, string text) : Entity(start, length, text)
    {
        public override string Type => "date";

        public override void WriteProperties(Utf8JsonWriter writer) => writer.WriteString("value", "PXY");
    }

    private sealed class TestIngestBuilder(IServiceCollection services) : IIngestBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
