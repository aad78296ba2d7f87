using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Extraction;

/// <summary>
/// Lines of the article's header that sites set inside the article container (bylines, date lines, a name beside a
/// date) and the publisher's lines under the story (copyright, an invitation to subscribe) are left out of the text;
/// story sentences that open with "By" or a date, dates in a chronology and sentences that mention a newsletter stay.
/// </summary>
public sealed class HeaderLineTests
{
    [Theory]
    [InlineData("<p class=\"byline\">By Ilse Marr, Political Editor, and Tomas Berg, Economics Correspondent</p>", "Political Editor")]
    [InlineData("<p class=\"byline\">BY ILSE MARR AND TOMAS BERG</p>", "ILSE MARR")]
    [InlineData("<p>By Ilse Marr, Associated Press</p>", "Associated Press")]
    [InlineData("<p>By Jan van der Berg and Seán O'Neill</p>", "van der Berg")]
    [InlineData("<p class=\"article-meta\">Ilse Marr | March 5, 2024</p>", "March 5")]
    [InlineData("<div class=\"article-dates\"><p>Last modified on Thu 7 Mar 2024 10.00 GMT</p><p>First published on Tue 5 Mar 2024 08.00 GMT</p></div>", "Mar 2024")]
    [InlineData("<p>Posted <time>Tue 5 Mar 2024 08:00</time></p>", "Mar 2024")]
    [InlineData("<div class=\"article-info\">Written by <a href=\"/writers/ilse-marr\">Ilse Marr</a> on March 5, 2024</div>", "Written by")]
    [InlineData("<div>Published: 5 March 2024, 08:00 GMT</div>", "5 March 2024")]
    [InlineData("<span>Updated 6 March 2024</span>", "6 March 2024")]
    [InlineData("<p><strong>By Ilse Marr</strong></p>", "Ilse Marr")]
    public async Task A_byline_or_date_line_under_the_headline_is_not_story_text(string header, string headerWords)
    {
        var document = await NewsPage.ReadAsync(NewsPage.Build(header: header));

        var body = NewsPage.Body(document);
        Assert.DoesNotContain(headerWords, body, StringComparison.Ordinal);
        Assert.Contains(NewsPage.Story[0], body, StringComparison.Ordinal);
        Assert.Contains(NewsPage.Story[3], body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>By Friday at noon the quay was shut, and the traders had moved to the car park.</p>")]
    [InlineData("<p>On 5 March 2024 the council voted to close the market.</p>")]
    [InlineData("<p>5 March 2024 was the last day of trading on the quay.</p>")]
    [InlineData("<p>Mayor Ilse Marr | the one who signed the order in March 2024.</p>")]
    [InlineData("<p>Copyright law gives the photographer the rights to the picture, the court said.</p>")]
    [InlineData("<p>The council publishes its <a href=\"/newsletters/council\">newsletter</a> every month with the works timetable.</p>")]
    [InlineData("<p><a href=\"https://www.gov.example/membership-rules\">The new membership rules</a> take effect in May.</p>")]
    [InlineData("<p>(c) 2019 amendments to the lease apply to every stall on the quay.</p>")]
    [InlineData("<p>Copyright 2024 figures show the paper lost readers.</p>")]
    [InlineData("<p>Source files: <a href=\"https://code.example/dist/tides.js\">tides.js</a>, <a href=\"https://code.example/src/gauge.js\">gauge.js</a></p>")]
    public async Task A_story_sentence_that_opens_like_a_byline_or_date_line_stays(string paragraph)
    {
        var document = await NewsPage.ReadAsync(NewsPage.Build(inStory: paragraph));

        var text = System.Text.RegularExpressions.Regex.Replace(paragraph, "<[^>]+>", string.Empty);
        Assert.Contains(text, NewsPage.Body(document), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_in_a_chronology_list_stay_with_their_items()
    {
        var page = NewsPage.Build(inStory: "<ul><li><span>5 March 2024</span> Council votes to close the market.</li><li><span>6 March 2024</span> Traders protest at the town hall.</li></ul>");

        var body = NewsPage.Body(await NewsPage.ReadAsync(page));

        Assert.Contains("5 March 2024", body, StringComparison.Ordinal);
        Assert.Contains("6 March 2024", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>&copy; 2024 The Harbour Times. All rights reserved. This material may not be published or redistributed.</p>", "All rights reserved")]
    [InlineData("<p>Copyright 2024 Harbour Media Group</p>", "Harbour Media Group")]
    [InlineData("<p>Support local journalism. <a href=\"/subscribe\">Subscribe to the Harbour Times</a> from 1 euro a week.</p>", "Support local journalism")]
    [InlineData("<p><a href=\"https://harbourtimes.example/newsletters/morning?src=story\">Get the morning briefing in your inbox</a></p>", "morning briefing")]
    [InlineData("<p>Tags: <a href=\"/tag/council\">Council</a>, <a href=\"/tag/fishing\">Fishing</a>, <a href=\"/tag/harbour\">Harbour</a></p>", "Fishing")]
    [InlineData("<p class=\"post-categories\">Filed under: <a href=\"/category/news\">News</a>, <a href=\"/category/local\">Local</a></p>", "Filed under")]
    [InlineData("<div>Themen: <a href=\"https://harbourtimes.example/themen/hafen\">Hafen</a> · <a href=\"https://harbourtimes.example/themen/fischerei\">Fischerei</a></div>", "Fischerei")]
    public async Task The_publisher_s_lines_under_the_story_are_not_story_text(string line, string lineWords)
    {
        var document = await NewsPage.ReadAsync(NewsPage.Build(end: line));

        var body = NewsPage.Body(document);
        Assert.DoesNotContain(lineWords, body, StringComparison.Ordinal);
        Assert.Contains(NewsPage.Story[3], body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<h3>Recommended for you</h3><p><a href=\"/a\">Ferry timetable cut again as storms batter the coast</a></p><p><a href=\"/b\">Council budget gap widens to six million pounds</a></p>", "Recommended for you")]
    [InlineData("<div><h3>More on this story</h3><ul><li><a href=\"/a\">Ferry timetable cut again as storms batter the coast</a></li><li><a href=\"/b\">Council budget gap widens to six million</a></li><li><a href=\"/c\">New marina plan goes back to the planners</a></li></ul></div>", "More on this story")]
    public async Task A_heading_over_only_links_to_other_stories_goes_with_them(string block, string heading)
    {
        var document = await NewsPage.ReadAsync(NewsPage.Build(end: block));

        var body = NewsPage.Body(document);
        Assert.DoesNotContain(heading, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferry timetable", body, StringComparison.Ordinal);
        Assert.Contains(NewsPage.Story[3], body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_heading_over_prose_after_a_link_line_stays()
    {
        var page = NewsPage.Build(end: "<h3>What happens next</h3><p><a href=\"/a\">Ferry timetable cut again as storms batter the coast</a></p><p>The works are due to start in June, once the budget is settled and the engineers have surveyed the pier again.</p>");

        var body = NewsPage.Body(await NewsPage.ReadAsync(page));

        Assert.Contains("What happens next", body, StringComparison.Ordinal);
        Assert.Contains("The works are due to start in June", body, StringComparison.Ordinal);
    }
}
