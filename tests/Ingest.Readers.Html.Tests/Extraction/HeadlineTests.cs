using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Extraction;

/// <summary>The headline appears once: as the title block, not again as the article's first paragraph.</summary>
public sealed class HeadlineTests
{
    [Fact]
    public async Task A_first_paragraph_that_repeats_the_title_is_left_out()
    {
        var html = "<html><head><title>Harbour cranes return to work</title></head><body>"
            + HtmlPages.Article("<p>Harbour cranes return to work</p>") + "</body></html>";
        var document = await HtmlPages.ReadAsync(html);

        Assert.Equal(BlockKind.Title, document.Blocks[0].Kind);
        Assert.Single(document.Blocks, b => b.GetText(document) == "Harbour cranes return to work");
        Assert.Contains("Paragraph 1 of the story", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_later_paragraph_that_quotes_the_title_is_kept()
    {
        var html = "<html><head><title>Harbour cranes return to work</title></head><body>"
            + HtmlPages.Article().Replace("</div></article>", "<p>Harbour cranes return to work</p></div></article>", StringComparison.Ordinal) + "</body></html>";
        var document = await HtmlPages.ReadAsync(html);

        Assert.Equal(2, document.Blocks.Count(b => b.GetText(document) == "Harbour cranes return to work"));
    }
}
