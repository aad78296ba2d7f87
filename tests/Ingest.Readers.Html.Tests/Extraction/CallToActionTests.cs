using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Extraction;

/// <summary>A paragraph is left out as a call to action only when a whole word of its class names one.</summary>
public sealed class CallToActionTests
{
    [Theory]
    [InlineData("subscriber-only")]
    [InlineData("sponsored-article__text")]
    [InlineData("promoted-story")]
    public async Task A_story_paragraph_whose_class_only_contains_a_call_to_action_word_is_kept(string className)
    {
        var document = await ReadAsync($"<p class=\"{className}\">The council <a href=\"/council\">voted</a> on Tuesday to raise the harbour fees.</p>");

        Assert.Contains("The council voted on Tuesday", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("newsletter-cta")]
    [InlineData("subscribe-prompt")]
    [InlineData("promo")]
    public async Task A_paragraph_whose_class_names_a_call_to_action_is_left_out(string className)
    {
        var document = await ReadAsync($"<p class=\"{className}\">Get the briefing in your inbox. <a href=\"/signup\">Sign up</a></p>");

        Assert.DoesNotContain("Get the briefing", document.Text, StringComparison.Ordinal);
    }

    private static Task<Document> ReadAsync(string paragraph)
        => HtmlPages.ReadAsync("<!DOCTYPE html><html><head><title>Spring tides</title></head><body><h1>Spring tides</h1>" + HtmlPages.Article(paragraph) + "</body></html>");
}
