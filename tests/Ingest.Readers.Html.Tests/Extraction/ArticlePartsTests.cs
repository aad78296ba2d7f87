using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Extraction;

/// <summary>
/// Parts of the article that look like furniture by one measure or another (buttons, a media class, many links) but
/// belong to the text: the controls of its own widgets, its illustrations, its notes, a credit set in a sentence.
/// </summary>
public sealed class ArticlePartsTests
{
    [Fact]
    public async Task A_section_whose_widget_has_buttons_keeps_its_prose()
    {
        var document = await HtmlPages.ReadAsync(Page(
            "<div class=\"gallery-panel\"><h3>The sea wall</h3><p class=\"lead\">The sea wall was raised twice after the storms of the last century.</p>"
            + "<button>Previous</button><button>Next</button><button>Zoom</button><button>Full screen</button></div>"));

        Assert.Contains("The sea wall was raised twice", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<input type=\"text\" name=\"q\"><input type=\"submit\" value=\"Send\">")]
    [InlineData("<textarea name=\"note\"></textarea><button>Send</button>")]
    [InlineData("<select name=\"town\"><option>Harwich</option></select><input type=\"image\" src=\"/go.png\">")]
    public async Task A_block_with_form_fields_is_still_left_out(string fields)
    {
        var document = await HtmlPages.ReadAsync(Page("<div><p>Tell us what you saw on the coast this winter.</p><form>" + fields + "</form></div>"));

        Assert.DoesNotContain("Tell us what you saw", document.Text, StringComparison.Ordinal);
        Assert.Contains("Paragraph 5 of the story", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("media photo lede")]
    [InlineData("inline-media")]
    public async Task A_captioned_figure_whose_class_names_the_media_keeps_its_caption(string figureClass)
    {
        var document = await HtmlPages.ReadAsync(Page(
            "<figure class=\"" + figureClass + "\"><img src=\"/wall.jpg\" alt=\"\"><figcaption>Waves break over the sea wall at Harwich. <span>Photo by <a href=\"https://photos.example/imarr\">Ilse Marr</a></span></figcaption></figure>"));

        Assert.Contains("Waves break over the sea wall at Harwich.", document.Text, StringComparison.Ordinal);
        Assert.Contains("Photo by Ilse Marr", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<figure><a href=\"/seal-pups\"><img src=\"/pups.jpg\" alt=\"\"></a><figcaption><a href=\"/seal-pups\">Seal pups counted on the sandbank</a></figcaption></figure>")]
    [InlineData("<figure class=\"related\"><img src=\"/pups.jpg\" alt=\"\"><figcaption>Seal pups counted on the sandbank</figcaption></figure>")]
    [InlineData("<figure class=\"sponsor\"><img src=\"/ferry.jpg\" alt=\"\"><figcaption>Seal pups tours with Coast Ferries</figcaption></figure>")]
    public async Task A_figure_that_points_at_another_page_is_left_out(string figure)
    {
        var document = await HtmlPages.ReadAsync(Page(figure));

        Assert.DoesNotContain("Seal pups", document.Text, StringComparison.Ordinal);
        Assert.Contains("Paragraph 5 of the story", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notes_the_text_refers_to_are_kept_with_their_links()
    {
        var document = await HtmlPages.ReadAsync(Page(
            "<p>The gauge was moved in 1998.<sup><a href=\"#note-1\">[1]</a></sup> It reads higher since.<sup><a href=\"#note-2\">[2]</a></sup></p>"
            + "<div class=\"notelist\"><ol>"
            + "<li id=\"note-1\"><a href=\"#ref-1\">^</a> <a href=\"https://archive.example/gauge\">\"Harbour gauge records\"</a>. Coast Archive. Retrieved 2 May 2016.</li>"
            + "<li id=\"note-2\"><a href=\"#ref-2\">^</a> <a href=\"https://survey.example/levels\">\"Sea level survey, east coast\"</a>. Survey Office.</li>"
            + "<li id=\"note-3\"><a href=\"#ref-3\">^</a> <a href=\"https://survey.example/tides\">\"Tide tables\"</a>. Survey Office.</li>"
            + "<li id=\"note-4\"><a href=\"#ref-4\">^</a> <a href=\"https://survey.example/storms\">\"Storm record\"</a>. Survey Office.</li>"
            + "</ol></div>"));

        Assert.Contains("Harbour gauge records", document.Text, StringComparison.Ordinal);
        Assert.Contains("Sea level survey, east coast", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>Contents: <a href=\"#part-1\">The gauge</a></p>")]
    [InlineData("<a href=\"#part-1\">Skip to the list</a>")]
    [InlineData("")]
    public async Task A_list_of_links_that_no_sentence_refers_to_is_still_left_out(string linkOutsideSentences)
    {
        // The first case links from a paragraph to a section, not to a list item; the others link from no sentence at all.
        var document = await HtmlPages.ReadAsync(Page(
            linkOutsideSentences + "<div><ul>"
            + "<li id=\"part-1\"><a href=\"/a\">Ferry timetable changes from May</a></li><li id=\"part-2\"><a href=\"/b\">New lighthouse keeper named</a></li>"
            + "<li id=\"part-3\"><a href=\"/c\">Fish market to close for repairs</a></li><li id=\"part-4\"><a href=\"/d\">Dredging starts in spring</a></li></ul></div>"));

        Assert.DoesNotContain("Ferry timetable", document.Text, StringComparison.Ordinal);
        Assert.Contains("Paragraph 5 of the story", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_linked_credit_in_a_span_inside_a_paragraph_is_kept()
    {
        var document = await HtmlPages.ReadAsync(Page("<p>(<span><a href=\"https://art.example/imarr\"><em>Artist: Ilse Marr</em></a></span>)</p>"));

        Assert.Contains("(Artist: Ilse Marr)", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_byline_span_inside_a_paragraph_is_still_left_out()
    {
        var document = await HtmlPages.ReadAsync(Page(
            "<p><span class=\"by-author\">by <a href=\"/author/imarr\">Ilse Marr</a></span> <span class=\"bydate\">4 March 2021</span></p>"));

        Assert.DoesNotContain("by Ilse Marr", document.Text, StringComparison.Ordinal);
        Assert.Contains("Paragraph 5 of the story", document.Text, StringComparison.Ordinal);
    }

    private static string Page(string afterStory)
        => "<!DOCTYPE html><html><head><title>Spring tides</title></head><body><h1>Spring tides</h1>"
            + HtmlPages.Article().Replace("</div></article>", afterStory + "</div></article>", StringComparison.Ordinal) + "</body></html>";
}
