using Ingest.Normalizers.Dates;

namespace Ingest.Normalizers.Tests.Dates;

public sealed class BareMonthAndSeasonTests
{
    private static readonly DateOnly Reference = new(2016, 11, 7);

    private static (string Text, string Value)[] Found(string text)
        => new DateNormalizer().Recognize(text, Reference).Select(d => (d.Text, d.Value)).ToArray();

    [Theory]
    [InlineData("I'll be out September", "September", "2017-09")]
    [InlineData("The September meeting was tense.", "September", "2016-09")]
    [InlineData("Prices climbed in March.", "March", "2016-03")]
    [InlineData("The group will meet this summer.", "this summer", "2016-SU")]
    [InlineData("I'll leave summer", "summer", "2017-SU")]
    [InlineData("It was a cold winter.", "winter", "2015-WI")]
    public void Reads_bare_months_and_seasons(string text, string span, string value)
    {
        Assert.Equal([(span, value)], Found(text));
    }

    [Theory]
    [InlineData("Protesters march on the capital.")]
    [InlineData("It was an august gathering of scholars.")]
    [InlineData("Summer camps are open again.")]
    [InlineData("The ministers may resign.")]
    [InlineData("The leaders of the October Revolution knew how to solve this problem.")]
    [InlineData("Mr. Winter said so.")]
    [InlineData("Prices fall in the fall of the year.")]
    [InlineData("Water from a hot spring.")]
    [InlineData("Thousands joined the March on Washington.")]
    [InlineData("Blue Monday sales were weak.")]
    [InlineData("The report by Mark Sunday was brief.")]
    public void Reads_no_date_in_verbs_adjectives_and_names_that_look_like_months_or_seasons(string text)
    {
        Assert.Empty(Found(text));
    }
}
