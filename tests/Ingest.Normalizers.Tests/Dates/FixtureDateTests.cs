using Ingest.Normalizers.Dates;

namespace Ingest.Normalizers.Tests.Dates;

public sealed class FixtureDateTests
{
    [Fact]
    public async Task Resolves_every_date_in_the_Karabakh_article_against_its_dateline()
    {
        var document = FixtureDocuments.Load("000_8356487e95b370c0.txt", new DateOnly(2023, 9, 20));
        var dates = await FixtureDocuments.NormalizeAsync(document);

        (string, string)[] expected =
        [
            ("2023-09-20", "2023-09-20"),
            ("8 min", "PT8M"),
            ("September 19", "2023-09-19"),
            ("A day later", "2023-09-20"),
            ("the past 30 years", "P30Y"),
            ("September-November 2020", "2020-09/2020-11"),
            ("end of 2022", "2022"),
            ("several weeks", "PXW"),
            ("the past decades", "PXDE"),
            ("September 19", "2023-09-19"),
            ("the past months", "PXM"),
            ("September 19", "2023-09-19"),
            ("May 1920", "1920-05"),
            ("decades", "PXDE"),
        ];
        Assert.Equal(expected, FixtureDocuments.Pairs(dates));

        var september19 = dates[2];
        Assert.Equal(DateKind.Date, september19.Kind);
        Assert.Equal(DateGrain.Day, september19.Grain);
        Assert.Equal(DateInferredParts.Year, september19.Inferred);
        Assert.Equal(DateInferenceSource.DocumentDate, september19.InferredFrom);
        Assert.Equal(["2024-09-19"], september19.Alternatives);

        var range = dates[5];
        Assert.Equal(DateKind.Range, range.Kind);
        Assert.Equal(new DateOnly(2020, 9, 1), range.Earliest);
        Assert.Equal(new DateOnly(2020, 11, 30), range.Latest);
        Assert.Equal(DateInferenceSource.RangeEnd, range.InferredFrom);

        var pastThirtyYears = dates[4];
        Assert.Equal(DateKind.Duration, pastThirtyYears.Kind);
        Assert.Equal(new DateOnly(1993, 9, 20), pastThirtyYears.Earliest);
        Assert.Equal(new DateOnly(2023, 9, 20), pastThirtyYears.Latest);

        // "The Fall of Karabakh" and "the fall of socialism" are not seasons.
        Assert.DoesNotContain(dates, d => d.Text.Contains("Fall", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Resolves_every_date_in_the_ceasefire_article_against_its_dateline()
    {
        var document = FixtureDocuments.Load("001_dfc885e2c315c131.txt", new DateOnly(2020, 11, 12));
        var dates = await FixtureDocuments.NormalizeAsync(document);

        (string, string)[] expected =
        [
            ("12 November 2020", "2020-11-12"),
            ("November 10", "2020-11-10"),
            ("six-week", "P6W"),
            ("1988", "1988"),
            ("1991", "1991"),
            ("1988-1994", "1988/1994"),
            ("Recent weeks", "PXW"),
            ("decade-long", "P10Y"),
            ("this weekend", "2020-W45-WE"),
            ("currently", "PRESENT_REF"),
            ("1988-1994", "1988/1994"),
            ("November 20", "2020-11-20"),
            ("three decades", "P30Y"),
            ("10 days", "P10D"),
            ("a quarter century", "P25Y"),
            ("from September 27 to October 22", "2020-09-27/2020-10-22"),
            ("Saturday", "2020-11-07"),
            ("yesterday", "2020-11-11"),
            ("2018", "2018"),
            ("1988-1994", "1988/1994"),
            ("November 9", "2020-11-09"),
            ("2020", "2020"),
            ("last year", "2019"),
            ("October 27", "2020-10-27"),
            ("yesterday", "2020-11-11"),
            ("now", "PRESENT_REF"),
            ("2020", "2020"),
        ];
        Assert.Equal(expected, FixtureDocuments.Pairs(dates));

        var war = dates[5];
        Assert.Equal(new DateOnly(1988, 1, 1), war.Earliest);
        Assert.Equal(new DateOnly(1994, 12, 31), war.Latest);

        var weekend = dates[8];
        Assert.Equal(new DateOnly(2020, 11, 7), weekend.Earliest);
        Assert.Equal(new DateOnly(2020, 11, 8), weekend.Latest);
        Assert.Equal(DateGrain.Week, weekend.Grain);

        var fighting = dates[15];
        Assert.Equal(DateKind.Range, fighting.Kind);
        Assert.Equal(new DateOnly(2020, 9, 27), fighting.Earliest);
        Assert.Equal(new DateOnly(2020, 10, 22), fighting.Latest);

        // "Mi-24", "1,960" and "5,000" are not dates.
        Assert.DoesNotContain(dates, d => d.Text.Contains("24", StringComparison.Ordinal) || d.Text.Contains("960", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Leaves_relative_dates_unresolved_in_the_undated_history_article()
    {
        var document = FixtureDocuments.Load("002_d984472c41d3493e.txt", published: null);
        var dates = await FixtureDocuments.NormalizeAsync(document);

        (string, string)[] expected =
        [
            ("today", "PRESENT_REF"),
            ("the 1980s", "198"),
            ("many centuries", "PXCE"),
            ("the 19th century", "18"),
            ("1826-28", "1826/1828"),
            ("1914", "1914"),
            ("1909", "1909"),
            ("1915", "1915"),
            ("centuries", "PXCE"),
            ("August 1918", "1918-08"),
            ("14 September", "1918-09-14"),
            ("1918-1920", "1918/1920"),
            ("the summer of 1920", "1920-SU"),
            ("1916", "1916"),
            ("1922", "1922"),
            ("all day", "P1D"),
            ("1987-88", "1987/1988"),
            ("1988", "1988"),
            ("1991", "1991"),
            ("more than six years", "P6Y"),
            ("September 27 this year", "XXXX-09-27"),
            ("last week", "XXXX-WXX"),
            ("one day", "P1D"),
            ("1992-1994", "1992/1994"),
            ("4 October", "XXXX-10-04"),
            ("Monday", "XXXX-WXX-1"),
            ("the future", "FUTURE_REF"),
            ("the past decades", "PXDE"),
            ("1991", "1991"),
            ("decades", "PXDE"),
            ("the past five years", "P5Y"),
            ("now", "PRESENT_REF"),
            ("November", "XXXX-11"),
            ("the past weeks", "PXW"),
            ("2018", "2018"),
            ("now", "PRESENT_REF"),
            ("between 1994 and 2009", "1994/2009"),
            ("1917", "1917"),
        ];
        Assert.Equal(expected, FixtureDocuments.Pairs(dates));

        var september = dates.Single(d => d.Value == "1918-09-14");
        Assert.Equal(DateInferenceSource.EarlierDate, september.InferredFrom);
        Assert.All(dates.Where(d => d.Value.StartsWith("XXXX", StringComparison.Ordinal)), d => Assert.Null(d.Earliest));

        // "the October Revolution" is a name, not a month.
        Assert.DoesNotContain(dates, d => d.Text.Contains("October Revolution", StringComparison.Ordinal) || d.Value == "XXXX-10");
    }

    [Fact]
    public async Task Uses_a_configured_reference_date_when_the_document_has_none()
    {
        var document = FixtureDocuments.Load("002_d984472c41d3493e.txt", published: null);
        var dates = await FixtureDocuments.NormalizeAsync(document, configured: new DateOnly(2020, 10, 5));

        var byText = dates.GroupBy(d => d.Text).ToDictionary(g => g.Key, g => g.First());
        Assert.Equal("2020-09-27", byText["September 27 this year"].Value);
        Assert.Equal("2020-W40", byText["last week"].Value);
        Assert.Equal("2020-10-04", byText["4 October"].Value);
        Assert.Equal("2020-10-05", byText["Monday"].Value);
        Assert.Equal("2020-10-05", byText["today"].Value);
        Assert.Equal(DateInferenceSource.ConfiguredDate, byText["Monday"].InferredFrom);
    }

    [Fact]
    public async Task Reads_the_weekday_dateline_of_the_Shushi_article()
    {
        var document = FixtureDocuments.Load("003_d83d9bb4bc8cd208.txt", new DateOnly(2020, 11, 14));
        var dates = await FixtureDocuments.NormalizeAsync(document);

        (string, string)[] expected =
        [
            ("Saturday 14th November 2020", "2020-11-14"),
            ("At the moment", "PRESENT_REF"),
            ("beginning of the last century", "19"),
        ];
        Assert.Equal(expected, FixtureDocuments.Pairs(dates));
        Assert.Equal(DateInferredParts.None, dates[0].Inferred);
    }

    [Fact]
    public async Task Resolves_every_date_in_the_war_article_against_its_dateline()
    {
        var document = FixtureDocuments.Load("004_1616c7d502a30445.txt", new DateOnly(2020, 10, 5));
        var dates = await FixtureDocuments.NormalizeAsync(document);

        (string, string)[] expected =
        [
            ("5 October 2020", "2020-10-05"),
            ("September 27", "2020-09-27"),
            ("now", "PRESENT_REF"),
            ("last week", "2020-W40"),
            ("1992-1994", "1992/1994"),
            ("October 4", "2020-10-04"),
            ("Monday", "2020-10-05"),
            ("the past decades", "PXDE"),
            ("1988", "1988"),
            ("six years", "P6Y"),
            ("1991", "1991"),
            ("Today", "2020-10-05"),
            ("the past decade", "P10Y"),
            ("2018-2019", "2018/2019"),
            ("November", "2019-11"),
            ("now", "PRESENT_REF"),
            ("recent years", "PXY"),
            ("recent years", "PXY"),
            ("from 1994 to 2009", "1994/2009"),
            ("recent months", "PXM"),
            ("August", "2020-08"),
            ("February 2014", "2014-02"),
            ("1917", "1917"),
            ("November 1991", "1991-11"),
        ];
        Assert.Equal(expected, FixtureDocuments.Pairs(dates));

        // A past-tense report: the most recent November, with the other reading kept.
        var november = dates[14];
        Assert.Equal(["2020-11"], november.Alternatives);
        Assert.Equal(new DateOnly(2020, 9, 28), dates[3].Earliest);
        Assert.Equal(new DateOnly(2020, 10, 4), dates[3].Latest);
    }
}
