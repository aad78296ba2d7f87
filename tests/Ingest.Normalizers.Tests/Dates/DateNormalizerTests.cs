using System.Text;
using System.Text.Json;
using Ingest.Normalizers.Dates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ingest.Normalizers.Tests.Dates;

public sealed class DateNormalizerTests
{
    private static readonly DateOnly Reference = new(2020, 11, 12);

    private static string[] Values(string text, DateOnly? reference = null)
        => new DateNormalizer().Recognize(text, reference).Select(d => d.Value).ToArray();

    [Theory]
    [InlineData("Russia sent 1,960 peacekeepers to the region.")]
    [InlineData("Azeri forces shot down a Russian Mi-24 helicopter.")]
    [InlineData("The 102nd military base is in Gyumri.")]
    [InlineData("Prices rose 10 percent and then 12%.")]
    [InlineData("Such a scenario may well be realised.")]
    [InlineData("The leaders of the October Revolution knew how to solve this problem.")]
    [InlineData("Prices fall when the fall of the regime comes.")]
    [InlineData("He lives at 4832 North Kedvale Avenue.")]
    [InlineData("Please convert $2000 to gbp.")]
    [InlineData("The face amount of its 6 1/4% convertible notes.")]
    [InlineData("I'll go to the 27th floor for the first prize.")]
    public void Reports_no_date_in_numbers_names_and_verbs(string text)
    {
        Assert.Empty(Values(text, Reference));
    }

    [Theory]
    [InlineData("It happened in 1988-1994.", "1988/1994")]
    [InlineData("the war of 1826-28", "1826/1828")]
    [InlineData("in September-November 2020", "2020-09/2020-11")]
    [InlineData("In the 1980s", "198")]
    [InlineData("in the 19th century", "18")]
    [InlineData("in the summer of 1920", "1920-SU")]
    [InlineData("famine broke out in May 1920", "1920-05")]
    [InlineData("a six-week war", "P6W")]
    [InlineData("held for a quarter century", "P25Y")]
    [InlineData("Over the past 30 years", "P30Y")]
    [InlineData("published 2023-09-20", "2023-09-20")]
    [InlineData("Saturday 14th November 2020", "2020-11-14")]
    [InlineData("on 02/22/2016", "2016-02-22")]
    [InlineData("Q3 2016", "2016-Q3")]
    public void Writes_stated_dates_as_TIMEX3_values(string text, string value)
    {
        Assert.Equal([value], Values(text, Reference));
    }

    [Theory]
    [InlineData("Iran announced a plan on Monday.", "2020-11-09")]
    [InlineData("The ministers will meet on Monday.", "2020-11-16")]
    [InlineData("He arrived yesterday.", "2020-11-11")]
    [InlineData("It was decided last week.", "2020-W45")]
    [InlineData("Talks are planned for next month.", "2020-12")]
    [InlineData("It happened on September 19.", "2020-09-19")]
    [InlineData("Troops must leave by November 20.", "2020-11-20")]
    [InlineData("We met two days ago.", "2020-11-10")]
    [InlineData("The fighting ended this weekend, officials said.", "2020-W45-WE")]
    public void Resolves_relative_and_yearless_dates_against_the_reference_date(string text, string value)
    {
        Assert.Equal([value], Values(text, Reference));
    }

    [Theory]
    [InlineData("It happened on September 27.", "XXXX-09-27")]
    [InlineData("Iran announced a plan on Monday.", "XXXX-WXX-1")]
    [InlineData("It was decided last week.", "XXXX-WXX")]
    [InlineData("He arrived yesterday.", "XXXX-XX-XX")]
    [InlineData("a reality that is with us today", "PRESENT_REF")]
    public void Never_resolves_against_today_without_a_reference_date(string text, string value)
    {
        Assert.Equal([value], Values(text));
    }

    [Fact]
    public void Keeps_both_readings_of_an_ambiguous_year_range()
    {
        var date = Assert.Single(new DateNormalizer().Recognize("the 2010-11 season", Reference));
        Assert.Equal("2010/2011", date.Value);
        Assert.Equal(["2010-11"], date.Alternatives);
    }

    [Fact]
    public void Writes_kind_grain_bounds_inference_and_alternatives_as_json()
    {
        var date = Assert.Single(new DateNormalizer().Recognize("It happened on September 19.", Reference));
        var json = Write(date);
        Assert.Equal(
            """{"value":"2020-09-19","kind":"date","grain":"day","earliest":"2020-09-19","latest":"2020-09-19","inferred":["year"],"inferredFrom":"configuredDate","alternatives":["2021-09-19"]}""",
            json);

        var range = Assert.Single(new DateNormalizer().Recognize("the 1988-1994 war", Reference));
        Assert.Equal("""{"value":"1988/1994","kind":"range","grain":"year","earliest":"1988-01-01","latest":"1994-12-31"}""", Write(range));
        Assert.Equal("date", range.Type);
    }

    [Fact]
    public void Reports_offsets_and_spans_in_the_document_text()
    {
        const string text = "Fighting resumed on September 27, 2020 and lasted 44 days.";
        var dates = new DateNormalizer().Recognize(text, Reference);
        Assert.Equal(2, dates.Count);
        Assert.Equal("September 27, 2020", text.Substring(dates[0].Start, dates[0].Length));
        Assert.Equal("P44D", dates[1].Value);
    }

    [Fact]
    public async Task Registers_with_the_options_pattern_and_runs_first()
    {
        var services = new ServiceCollection();
        var builder = new TestBuilder(services);
        builder.AddDateNormalizer(o => o.ReferenceDate = Reference);
        using var provider = services.BuildServiceProvider();

        var registration = Assert.Single(provider.GetServices<NormalizerRegistration>());
        Assert.Equal(NormalizerOrder.Dates, registration.Order);
        var normalizer = Assert.IsType<DateNormalizer>(registration.Factory(provider));
        Assert.Equal("dates", normalizer.Name);
        Assert.Equal(Reference, provider.GetRequiredService<IOptions<DateNormalizerOptions>>().Value.ReferenceDate);

        var document = new DocumentBuilder(new Uri("file:///x.txt"), "text/plain");
        document.AddBlock(BlockKind.Paragraph, "He arrived yesterday.");
        var built = document.Build();
        await normalizer.NormalizeAsync(built, NormalizationContext.For(built, configured: null));
        var date = Assert.IsType<DateEntity>(Assert.Single(built.Entities));
        Assert.Equal("2020-11-11", date.Value);
        Assert.Equal(DateInferenceSource.ConfiguredDate, date.InferredFrom);
    }

    [Fact]
    public void Survives_adversarial_text_quickly()
    {
        var random = new Random(7);
        var sb = new StringBuilder();
        string[] pieces = ["1988-", "-", "/", "12", "May", "the ", "of ", "31st", "2020", ",", ".", "\n", "week ", "last ", "Q", "9999", "0", "twenty ", "—", "'"];
        for (var i = 0; i < 200_000; i++)
        {
            sb.Append(pieces[random.Next(pieces.Length)]);
        }

        sb.Append(new string('1', 100_000));
        var dates = new DateNormalizer().Recognize(sb.ToString(), Reference);
        Assert.All(dates, d => Assert.False(string.IsNullOrEmpty(d.Value)));
    }

    private static string Write(DateEntity date)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            date.WriteProperties(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private sealed class TestBuilder(IServiceCollection services) : IIngestBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
