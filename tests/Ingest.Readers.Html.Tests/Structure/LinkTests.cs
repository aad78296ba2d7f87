using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Structure;

public sealed class LinkTests
{
    [Fact]
    public async Task Links_are_annotated_over_their_anchor_text_with_absolute_targets()
    {
        var document = await HtmlPages.ReadPageTextAsync("<p>Read <a href=\"../2019/earlier.html\">the earlier   report</a> and <a href=\"https://other.example/x?q=1\">this</a>.</p>");

        var links = document.Entities.OfType<LinkEntity>().ToList();
        Assert.Equal(2, links.Count);
        Assert.Equal("the earlier report", links[0].Text);
        Assert.Equal("the earlier report", document.Text.Substring(links[0].Start, links[0].Length));
        Assert.Equal("https://news.example.com/world/2019/earlier.html", links[0].Target);
        Assert.Equal("https://other.example/x?q=1", links[1].Target);
        Assert.Equal("this", document.Text.Substring(links[1].Start, links[1].Length));
    }

    [Fact]
    public async Task Links_resolve_against_the_base_element()
    {
        var document = await HtmlPages.ReadAsync(
            "<html><head><base href=\"/archive/\"></head><body><p>See <a href=\"page.html\">page</a>, <a href=\"#notes\">notes</a> and <a href=\"javascript:void(0)\">nothing</a>.</p></body></html>",
            new HtmlReaderOptions { ExtractMainContent = false, IncludeTitle = false });

        var links = document.Entities.OfType<LinkEntity>().ToList();
        Assert.Equal(["https://news.example.com/archive/page.html", "https://news.example.com/archive/#notes"], links.Select(l => l.Target));
    }

    [Fact]
    public async Task Link_offsets_stay_right_in_later_blocks()
    {
        var document = await HtmlPages.ReadPageTextAsync("<p>First paragraph.</p><ul><li>Item with <a href=\"/a\">a link</a></li></ul>");

        var link = Assert.Single(document.Entities.OfType<LinkEntity>());
        Assert.Equal("a link", document.Text.Substring(link.Start, link.Length));
        Assert.Equal("https://news.example.com/a", link.Target);
    }
}
