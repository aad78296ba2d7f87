using Ingest.Normalizers.Numbers;

namespace Ingest.Normalizers.Tests.Numbers;

/// <summary>
/// Quantities with a unit of measure, read through the unit model: symbols with SI prefixes, spelled names and plurals,
/// glued and spaced forms, powers and quotients, and the contexts that keep pounds and metres apart from money and
/// millions. Examples written for these tests.
/// </summary>
public sealed class NumberQuantityTests
{
    [Theory]
    [InlineData("The crate weighs 35kg empty.", "35kg", 35d, "kg", "mass", 35d)]
    [InlineData("A 9mm bolt was missing.", "9mm", 9d, "mm", "length", 0.009)]
    [InlineData("The puppy gained 3lbs this month.", "3lbs", 3d, "lb", "mass", 1.36077711)]
    [InlineData("Add 400 mg of salt.", "400 mg", 400d, "mg", "mass", 0.0004)]
    [InlineData("Take 50 µg daily.", "50 µg", 50d, "μg", "mass", 5e-8)]
    [InlineData("Take 20ug at night.", "20ug", 20d, "μg", "mass", 2e-8)]
    [InlineData("The ferry sailed 14 nautical miles.", "14 nautical miles", 14d, "nmi", "length", 25_928d)]
    [InlineData("They shipped 3 metric tons of rice.", "3 metric tons", 3d, "t", "mass", 3000d)]
    [InlineData("The flat is 62 square metres.", "62 square metres", 62d, "m²", "area", 62d)]
    [InlineData("A 2 km2 park opened.", "2 km2", 2d, "km²", "area", 2e6)]
    [InlineData("The tank holds 8 cubic metres.", "8 cubic metres", 8d, "m³", "volume", 8d)]
    [InlineData("He drove at 72 kilometres per hour.", "72 kilometres per hour", 72d, "km/h", "speed", 20d)]
    [InlineData("Winds reached 45 miles an hour.", "45 miles an hour", 45d, "mi/h", "speed", 20.1168)]
    [InlineData("The train hit 300km/h.", "300km/h", 300d, "km/h", "speed", 300 / 3.6)]
    [InlineData("The card stores 256 GB.", "256 GB", 256d, "GB", "data", 256e9)]
    [InlineData("The panel gives 4.5 kWh a day.", "4.5 kWh", 4.5d, "kWh", "energy", 16_200_000d)]
    [InlineData("A 600 W heater.", "600 W", 600d, "W", "power", 600d)]
    [InlineData("Inflate to 32 psi.", "32 psi", 32d, "psi", "pressure", 220_632.233381)]
    [InlineData("Bake at 180 °C.", "180 °C", 180d, "°C", "temperature", 453.15)]
    [InlineData("Water boils at 212 degrees Fahrenheit.", "212 degrees Fahrenheit", 212d, "°F", "temperature", 373.15)]
    [InlineData("It dropped to -4 deg C overnight.", "-4 deg C", -4d, "°C", "temperature", 269.15)]
    public async Task Reads_the_unit_dimension_and_SI_value(string text, string span, double value, string unit, string dimension, double si)
    {
        var quantity = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((NumberKind.Quantity, span, unit, dimension), (quantity.Kind, quantity.Text, quantity.Unit, quantity.Dimension));
        Assert.Equal(value, quantity.Value!.Value, 9);
        Assert.Equal(si, quantity.SiValue!.Value, 6);
    }

    [Theory]
    [InlineData("The uplink runs at 40 Gbps.", "40 Gbps", 40d, "Gbps", 5e9)]
    [InlineData("Rural lines offer 8 Mbps at best.", "8 Mbps", 8d, "Mbps", 1e6)]
    [InlineData("The old modem managed 56 kbps.", "56 kbps", 56d, "kbps", 7000d)]
    [InlineData("The copy crawled at 300 kB/s.", "300 kB/s", 300d, "kB/s", 300_000d)]
    public async Task Reads_data_rates(string text, string span, double value, string unit, double bytesPerSecond)
    {
        var rate = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((NumberKind.Quantity, span, value, unit, "data rate"), (rate.Kind, rate.Text, rate.Value!.Value, rate.Unit, rate.Dimension));
        Assert.Equal(bytesPerSecond, rate.SiValue!.Value, 6);
    }

    [Theory]
    [InlineData("The crossing took 3 hours 20 minutes.", "3 hours 20 minutes", 200d, "min")]
    [InlineData("Her split was 6 min 9 sec flat.", "6 min 9 sec", 369d, "s")]
    [InlineData("We waited 2 hours and 5 minutes.", "2 hours and 5 minutes", 125d, "min")]
    [InlineData("The lease ran 1 year 4 months.", "1 year 4 months", 16d, "mo")]
    public async Task Sums_a_compound_duration_in_its_smallest_unit(string text, string span, double value, string unit)
    {
        var duration = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((NumberKind.Quantity, span, value, unit), (duration.Kind, duration.Text, duration.Value!.Value, duration.Unit));
    }

    [Theory]
    [InlineData("Voters aged 25 to 40 were polled.", "25 to 40", 25d, 40d)]
    [InlineData("Patients aged 30-45 took part.", "30-45", 30d, 45d)]
    public async Task Leaves_a_range_after_aged_to_the_range_rules(string text, string span, double low, double high)
    {
        var range = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((NumberKind.Range, span, low, high), (range.Kind, range.Text, range.Low, range.High));
    }

    [Theory]
    [InlineData("My niece is 7 years old.", "7 years old", 7d, "year")]
    [InlineData("A 4-week-old kitten slept.", "4-week-old", 4d, "week")]
    [InlineData("Babies under 9 months of age.", "9 months of age", 9d, "month")]
    [InlineData("The oak, aged 140, fell.", "aged 140", 140d, "year")]
    public async Task Reads_ages(string text, string span, double value, string unit)
    {
        var age = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((NumberKind.Quantity, span, value, unit, "age"), (age.Kind, age.Text, age.Value!.Value, age.Unit, age.Dimension));
    }

    [Theory]
    [InlineData("She lost 12 pounds before the race.", NumberKind.Quantity, "lb")]
    [InlineData("Buy 5 pounds of apples.", NumberKind.Quantity, "lb")]
    [InlineData("The taxi cost 12 pounds.", NumberKind.Currency, "GBP")]
    [InlineData("He was fined 90 pounds sterling.", NumberKind.Currency, "GBP")]
    [InlineData("A grant of 4 million pounds.", NumberKind.Currency, "GBP")]
    public async Task Tells_pounds_of_weight_from_pounds_of_money(string text, NumberKind kind, string unit)
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((kind, unit), (number.Kind, number.Unit));
    }

    [Theory]
    [InlineData("The statue is 2.4m tall.", NumberKind.Quantity, 2.4, "m")]
    [InlineData("A 12m-long barge.", NumberKind.Quantity, 12, "m")]
    [InlineData("Some 2.4m viewers watched.", NumberKind.Cardinal, 2_400_000, "viewers")]
    [InlineData("The fence is 1.5 m high.", NumberKind.Quantity, 1.5, "m")]
    public async Task Tells_metres_from_millions(string text, NumberKind kind, double value, string unit)
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((kind, unit), (number.Kind, number.Unit));
        Assert.Equal(value, number.Value!.Value, 9);
    }

    [Theory]
    [InlineData("Plan 5 B was dropped.")]
    [InlineData("The 1970s were loud.")]
    [InlineData("Form 10C is due.")]
    public async Task Leaves_letters_that_are_not_units_alone(string text)
    {
        var numbers = await NumberTestDocuments.NormalizeTextAsync(text);

        Assert.DoesNotContain(numbers, n => n.Kind == NumberKind.Quantity);
    }

    [Fact]
    public async Task Reads_a_range_of_quantities_with_one_unit()
    {
        var range = Assert.Single(await NumberTestDocuments.NormalizeTextAsync("Temperatures of 18-24 °C are ideal."));

        Assert.Equal((NumberKind.Range, 18d, 24d, "°C", "temperature"), (range.Kind, range.Low!.Value, range.High!.Value, range.Unit, range.Dimension));
    }

    [Theory]
    [InlineData("The ferry crossing lasts 3 days.", "3 days", 3d, "d", 259_200d)]
    [InlineData("Dough rests for two weeks in the cellar.", "two weeks", 2d, "wk", 1_209_600d)]
    [InlineData("The lease runs 18 months.", "18 months", 18d, "mo", 47_335_428d)]
    [InlineData("She taught for six years.", "six years", 6d, "yr", 189_341_712d)]
    public async Task Reads_days_to_years_as_quantities_of_time(string text, string span, double value, string unit, double seconds)
    {
        var quantity = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((NumberKind.Quantity, span, value, unit, "time"), (quantity.Kind, quantity.Text, quantity.Value!.Value, quantity.Unit, quantity.Dimension));
        Assert.Equal(seconds, quantity.SiValue!.Value, 3);
    }

    [Fact]
    public async Task Leaves_one_day_opening_a_sentence_as_the_adverb()
    {
        var numbers = await NumberTestDocuments.NormalizeTextAsync("One day, a stranger bought the mill. The repair took one day.");

        var quantity = Assert.Single(numbers);
        Assert.Equal(("one day", 1d), (quantity.Text, quantity.Value!.Value));
    }

    [Theory]
    [InlineData("They bought a 12-hectare orchard.", "12-hectare", 12d, "ha")]
    [InlineData("It is a 30-minute walk to the lake.", "30-minute", 30d, "min")]
    [InlineData("Stir in 2 tablespoons of honey.", "2 tablespoons", 2d, "tbsp")]
    [InlineData("Add 1½ cups of milk.", "1½ cups", 1.5d, "cup")]
    [InlineData("A resting pulse of 64 bpm is normal.", "64 bpm", 64d, "bpm")]
    public async Task Reads_hyphenated_compound_units_and_kitchen_and_pulse_units(string text, string span, double value, string unit)
    {
        var quantity = Assert.Single(await NumberTestDocuments.NormalizeTextAsync(text));

        Assert.Equal((NumberKind.Quantity, span, value, unit), (quantity.Kind, quantity.Text, quantity.Value!.Value, quantity.Unit));
    }

    [Theory]
    [InlineData("Call the depot on 0151 230 9944 before noon.")]
    [InlineData("Agent 007 ordered tea.")]
    [InlineData("The helpline 0800-555-123 is free.")]
    public async Task Leaves_digit_codes_with_a_leading_zero_alone(string text)
    {
        Assert.Empty(await NumberTestDocuments.NormalizeTextAsync(text));
    }

    [Fact]
    public async Task Still_reads_decimals_below_one()
    {
        var number = Assert.Single(await NumberTestDocuments.NormalizeTextAsync("The rate is 0.75 today."));

        Assert.Equal(("0.75", 0.75d), (number.Text, number.Value!.Value));
    }
}
