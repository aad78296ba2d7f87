using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Extraction;

/// <summary>Furniture placed inside the article container is left out; the article's own prose stays.</summary>
public sealed class ArticleFurnitureTests
{
    [Theory]
    [InlineData("<p>Read more: <a href=\"/dredging\">Dredging of the outer channel starts in spring</a></p>", "Dredging of the outer channel")]
    [InlineData("<ul><li><a href=\"/a\">Ferry timetable changes from May</a></li><li><a href=\"/b\">New lighthouse keeper named</a></li><li><a href=\"/c\">Fish market to close for repairs</a></li></ul>", "Ferry timetable")]
    [InlineData("<div class=\"author-box\"><p>Ilse Marr covers the coast for the paper and has written two books about tides.</p></div>", "two books about tides")]
    [InlineData("<div><h3>Get the morning briefing</h3><p>Sign up for our free newsletter.</p><form><input type=\"email\"><button>Subscribe</button></form></div>", "morning briefing")]
    [InlineData("<div><a href=\"https://facebook.example/share\">Facebook</a> <a href=\"https://x.example/share\">Post</a> <a href=\"mailto:?\">Email</a></div>", "Facebook")]
    [InlineData("<div><div><h3><a href=\"/t1\">Tide gauge shows record high</a></h3><p>Readings from the north pier.</p></div>"
        + "<div><h3><a href=\"/t2\">Seal pups counted on the sandbank</a></h3><p>Volunteers counted them at dawn.</p></div>"
        + "<div><h3><a href=\"/t3\">Harbour fees to rise next year</a></h3><p>The council voted on Tuesday.</p></div></div>", "Seal pups")]
    [InlineData("<div><h2>More from the coast</h2><a href=\"/t1\"><h3>Tide gauge shows record high</h3><p>Readings from the north pier.</p></a>"
        + "<a href=\"/t2\"><h3>Seal pups counted on the sandbank</h3><p>Volunteers counted them at dawn.</p></a>"
        + "<a href=\"/t3\"><h3>Harbour fees to rise next year</h3><p>The council voted on Tuesday.</p></a></div>", "Seal pups")]
    [InlineData("<div><button>Share</button><button>Save for later</button><button>Gift this article</button></div>", "Gift this article")]
    [InlineData("<aside><h4>Related</h4><a href=\"/t2\">Seal pups counted on the sandbank by volunteers</a></aside>", "Seal pups")]
    [InlineData("<div class=\"tags\">Tags: <a href=\"/t/tides\">Tides</a>, <a href=\"/t/harbour\">Harbour</a></div>", "Tags:")]
    [InlineData("<p class=\"newsletter-cta\">Get the morning briefing in your inbox. <a href=\"/signup\">Sign up</a></p>", "morning briefing")]
    [InlineData("<div class=\"author-bio\"><img src=\"/i.jpg\" alt=\"\"><p><strong>Ilse Marr</strong> covers the coast for the paper and has written two books about tides, storms, and fishing towns. <a href=\"https://x.example/imarr\">Follow her</a></p></div>", "two books about tides")]
    [InlineData("<p class=\"ad-label\">Story continues below advertisement</p>", "continues below")]
    public async Task Furniture_after_the_story_inside_its_container_is_left_out(string furniture, string furnitureWords)
    {
        var document = await HtmlPages.ReadAsync(Page(furniture));

        Assert.DoesNotContain(furnitureWords, document.Text, StringComparison.Ordinal);
        Assert.Contains("Paragraph 5 of the story", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paragraph_whose_class_merely_contains_ad_letters_is_kept()
    {
        var document = await HtmlPages.ReadAsync(Page("<p class=\"lead-paragraph\">The harbour reopens on Monday.</p>"));

        Assert.Contains("The harbour reopens on Monday.", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paragraph_of_one_bare_link_word_is_kept()
    {
        var document = await HtmlPages.ReadAsync(Page("<p><a href=\"/report.pdf\">Report</a></p>"));

        Assert.Contains("Report", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paragraph_with_a_link_inside_running_prose_is_kept()
    {
        var document = await HtmlPages.ReadAsync(Page("<p>The harbour master said the <a href=\"/report\">dredging report</a> would be published after the spring tides, once the survey boats return.</p>"));

        Assert.Contains("would be published after the spring tides", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sections_whose_headings_are_plain_text_with_prose_below_are_kept()
    {
        var document = await HtmlPages.ReadAsync(Page(
            "<div><h3>The north pier</h3><p>Readings from the north pier, taken every hour, show the water rising faster than before.</p>"
            + "<h3>The sandbank</h3><p>Volunteers, who counted at dawn, found more seal pups than in any year so far.</p></div>"));

        Assert.Contains("found more seal pups", document.Text, StringComparison.Ordinal);
        Assert.Contains("The sandbank", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MathJax CtxtMenu_Attached_0")]
    [InlineData("katex-menu")]
    public async Task A_formula_whose_renderer_class_reads_like_a_menu_keeps_its_math_text(string rendererClass)
    {
        var document = await HtmlPages.ReadAsync(Page(
            "<p>The tide height is <span class=\"" + rendererClass + "\"><math><mi>h</mi><mo>=</mo><mn>3</mn><mi>k</mi></math></span> metres at the pier, measured at noon.</p>"));

        Assert.Contains("h = 3", document.Text.Replace("=", " = ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("metres at the pier", document.Text, StringComparison.Ordinal);
    }

    private static string Page(string afterStory)
        => "<!DOCTYPE html><html><head><title>Spring tides</title></head><body><h1>Spring tides</h1>"
            + HtmlPages.Article().Replace("</div></article>", afterStory + "</div></article>", StringComparison.Ordinal) + "</body></html>";
}
