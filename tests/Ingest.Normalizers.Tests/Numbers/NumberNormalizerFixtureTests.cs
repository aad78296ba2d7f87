using Ingest.Normalizers.Numbers;

namespace Ingest.Normalizers.Tests.Numbers;

/// <summary>
/// Every number in the five fixture articles, with its kind, value, bounds, counted noun and hedge, in text order:
/// a number that is missing, extra (a year, a day of a month, a model designation, a pronoun) or wrong fails the test.
/// </summary>
public sealed class NumberNormalizerFixtureTests
{
    private static readonly Dictionary<string, ExpectedNumber[]> Expected = new()
    {
        ["000_8356487e95b370c0.txt"] =
        [

            new("8 min", NumberKind.Quantity, 8, null, null, "min", false),
            new("30 years", NumberKind.Quantity, 30, null, null, "yr", false),
            new("more than half", NumberKind.Range, 0.5, 0.5, null, null, true),
            new("first", NumberKind.Ordinal, 1, null, null, null, false),
            new("two", NumberKind.Cardinal, 2, null, null, "countries", false),
        ],
        ["001_dfc885e2c315c131.txt"] =
        [

            new("six-week", NumberKind.Quantity, 6, null, null, "wk", false),
            new("two", NumberKind.Cardinal, 2, null, null, "republics", false),
            new("first", NumberKind.Ordinal, 1, null, null, null, false),
            new("second", NumberKind.Ordinal, 2, null, null, "city", false),
            new("1,960", NumberKind.Cardinal, 1960, null, null, "peacekeepers", false),
            new("three decades", NumberKind.Quantity, 3, null, null, "decade", false),
            new("10 days", NumberKind.Quantity, 10, null, null, "d", false),
            new("at least 5,000", NumberKind.Range, 5000, 5000, null, "people", true),
            new("90,000", NumberKind.Cardinal, 90000, null, null, "Armenians", true),
            new("40,000", NumberKind.Cardinal, 40000, null, null, "Azeris", false),
            new("2,000", NumberKind.Cardinal, 2000, null, null, null, true),
            new("Second", NumberKind.Ordinal, 2, null, null, null, false),
        ],
        ["002_d984472c41d3493e.txt"] =
        [

            new("first", NumberKind.Ordinal, 1, null, null, null, false),
            new("26", NumberKind.Cardinal, 26, null, null, "commissars", false),
            new("first", NumberKind.Ordinal, 1, null, null, null, false),
            new("over 80 percent", NumberKind.Range, 80, 80, null, "%", true),
            new("more than six years", NumberKind.Range, 6, 6, null, "yr", true),
            new("40,000", NumberKind.Cardinal, 40000, null, null, "people", true),
            new("hundreds of thousands", NumberKind.Cardinal, 100000, 200000, 1000000, "civilians", true),
            new("hundreds", NumberKind.Cardinal, 100, 200, 1000, null, true),
            new("one day", NumberKind.Quantity, 1, null, null, "d", false),
            new("two", NumberKind.Cardinal, 2, null, null, "parties", false),
            new("102nd", NumberKind.Ordinal, 102, null, null, "base", false),
            new("three times", NumberKind.Multiplier, 3, null, null, null, true),
            new("five years", NumberKind.Quantity, 5, null, null, "yr", false),
            new("One", NumberKind.Cardinal, 1, null, null, "people", false),
            new("two", NumberKind.Cardinal, 2, null, null, "countries", false),
            new("thousands", NumberKind.Cardinal, 1000, 2000, 10000, "mercenaries", true),
            new("20 million", NumberKind.Cardinal, 20000000, null, null, "Azerbaijanis", false),
            new("one fifth", NumberKind.Fraction, 0.2, null, null, null, false),
            new("150,000 to 300,000", NumberKind.Range, null, 150000, 300000, "Armenians", true),
            new("one", NumberKind.Cardinal, 1, null, null, "side", false),
            new("two", NumberKind.Cardinal, 2, null, null, "sides", false),
            new("fifth", NumberKind.Ordinal, 5, null, null, "anniversary", false),
            new("two", NumberKind.Cardinal, 2, null, null, "wars", false),
            new("second", NumberKind.Ordinal, 2, null, null, null, false),
        ],
        ["003_d83d9bb4bc8cd208.txt"] =
        [

            new("first", NumberKind.Ordinal, 1, null, null, "task", false),
            new("second", NumberKind.Ordinal, 2, null, null, "task", false),
            new("tens of thousands", NumberKind.Cardinal, 10000, 20000, 100000, "Armenians", true),
        ],
        ["004_1616c7d502a30445.txt"] =
        [

            new("hundreds", NumberKind.Cardinal, 100, 200, 1000, null, true),
            new("two", NumberKind.Cardinal, 2, null, null, "sides", false),
            new("first", NumberKind.Ordinal, 1, null, null, null, false),
            new("over six years", NumberKind.Range, 6, 6, null, "yr", true),
            new("40,000", NumberKind.Cardinal, 40000, null, null, "people", true),
            new("hundreds of\n\nthousands", NumberKind.Cardinal, 100000, 200000, 1000000, null, true),
            new("thousands", NumberKind.Cardinal, 1000, 2000, 10000, "mercenaries", true),
            new("$100 million", NumberKind.Currency, 100000000, null, null, "USD", false),
            new("$3 million", NumberKind.Currency, 3000000, null, null, "USD", false),
            new("20 million", NumberKind.Cardinal, 20000000, null, null, "Azeris", false),
            new("a fifth", NumberKind.Fraction, 0.2, null, null, null, false),
            new("150,000-300,000", NumberKind.Range, null, 150000, 300000, "Christians", true),
            new("14 million", NumberKind.Cardinal, 14000000, null, null, "people", true),
            new("10 percent", NumberKind.Percent, 10, null, null, null, false),
            new("two", NumberKind.Cardinal, 2, null, null, "sides", false),
            new("fifth", NumberKind.Ordinal, 5, null, null, "anniversary", false),
            new("two", NumberKind.Cardinal, 2, null, null, "wars", false),
            new("a tenth", NumberKind.Fraction, 0.1, null, null, null, true),
            new("Fourth", NumberKind.Ordinal, 4, null, null, null, false),
        ],
    };

    public static TheoryData<string> Fixtures => new(Expected.Keys);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Finds_every_number_in_fixture_with_value_kind_and_unit(string fixture)
    {
        var numbers = await NumberTestDocuments.NormalizeFixtureAsync(fixture);

        var expected = Expected[fixture];
        var actual = numbers.Select(n => ExpectedNumber.From(n)).ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Reads_the_issue_examples_as_people_mean_them()
    {
        var all = new List<NumberEntity>();
        foreach (var fixture in Expected.Keys)
        {
            all.AddRange(await NumberTestDocuments.NormalizeFixtureAsync(fixture));
        }

        NumberEntity First(string text) => Assert.Single(all, n => n.Text == text);

        Assert.Equal((1960d, "peacekeepers"), (First("1,960").Value!.Value, First("1,960").Unit!));
        Assert.Equal((5000d, "people", "ge"), (First("at least 5,000").Low!.Value, First("at least 5,000").Unit!, First("at least 5,000").Comparison));
        Assert.Contains(all, n => n.Text == "20 million" && n.Value == 20_000_000 && n.Unit == "Azerbaijanis");
        Assert.Equal((NumberKind.Currency, 100_000_000d, "USD"), (First("$100 million").Kind, First("$100 million").Value!.Value, First("$100 million").Unit!));
        Assert.Equal((NumberKind.Currency, 3_000_000d, "USD"), (First("$3 million").Kind, First("$3 million").Value!.Value, First("$3 million").Unit!));
        Assert.Equal((NumberKind.Range, 150_000d, 300_000d), (First("150,000-300,000").Kind, First("150,000-300,000").Low!.Value, First("150,000-300,000").High!.Value));
        Assert.Equal((NumberKind.Range, 150_000d, 300_000d), (First("150,000 to 300,000").Kind, First("150,000 to 300,000").Low!.Value, First("150,000 to 300,000").High!.Value));
        Assert.Equal((NumberKind.Range, 80d, "gt", "%"), (First("over 80 percent").Kind, First("over 80 percent").Low!.Value, First("over 80 percent").Comparison, First("over 80 percent").Unit));
        Assert.Equal((NumberKind.Percent, 10d), (First("10 percent").Kind, First("10 percent").Value!.Value));
        Assert.Equal((NumberKind.Fraction, 0.2), (First("a fifth").Kind, First("a fifth").Value!.Value));
        Assert.Equal((NumberKind.Fraction, 0.2), (First("one fifth").Kind, First("one fifth").Value!.Value));
        Assert.Equal((NumberKind.Fraction, 0.1), (First("a tenth").Kind, First("a tenth").Value!.Value));
        Assert.Equal((NumberKind.Ordinal, 102d, "base"), (First("102nd").Kind, First("102nd").Value!.Value, First("102nd").Unit!));
        Assert.Contains(all, n => n.Text == "second" && n.Kind == NumberKind.Ordinal && n.Value == 2 && n.Unit == "city");
        Assert.Equal((26d, "commissars"), (First("26").Value!.Value, First("26").Unit!));
        Assert.Contains(all, n => n.Text == "two" && n.Value == 2 && n.Unit == "wars");
        Assert.Equal((NumberKind.Multiplier, 3d), (First("three times").Kind, First("three times").Value!.Value));
        Assert.Equal((10_000d, true), (First("tens of thousands").Value!.Value, First("tens of thousands").Approximate));
        Assert.Equal((100_000d, true), (First("hundreds of thousands").Value!.Value, First("hundreds of thousands").Approximate));
        Assert.DoesNotContain(all, n => n.Text.Contains("24", StringComparison.Ordinal) || n.Text.Contains("1988", StringComparison.Ordinal)
            || n.Text.Contains("2020", StringComparison.Ordinal) || n.Text.Contains("19", StringComparison.Ordinal));
    }
}
