using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Metadata;

/// <summary>
/// Whose author a statement in the markup names: the page's own work's, or a photo's, a review's, a book's, the site's.
/// Microdata properties belong to their item; an <c>&lt;address&gt;</c> gives the contact of its article, or of the site
/// in the page footer.
/// </summary>
public sealed class AuthorScopeTests
{
    [Theory]
    [InlineData("<div itemscope itemtype=\"https://schema.org/NewsArticle\"><span itemprop=\"author\">Ilse Marr</span></div>")]
    [InlineData("<div itemscope itemtype=\"https://schema.org/BlogPosting\"><div itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><span itemprop=\"name\">Ilse Marr</span></div></div>")]
    [InlineData("<div itemscope itemtype=\"https://schema.org/Article\"><div itemprop=\"creator\" itemscope itemtype=\"https://schema.org/Person\"><meta itemprop=\"name\" content=\"Ilse Marr\"></div></div>")]
    [InlineData("<div itemscope><span itemprop=\"author\">Ilse Marr</span></div>")]
    [InlineData("<span itemprop=\"author\">Ilse Marr</span>")]
    public async Task A_microdata_author_of_the_page_s_own_work_is_the_author(string markup)
    {
        var document = await ReadAsync(markup, string.Empty);

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Theory]
    [InlineData("<figure itemscope itemtype=\"https://schema.org/ImageObject\"><img src=\"/pier.jpg\" alt=\"\"><figcaption>Waves at the pier. <span itemprop=\"author\">Tomas Pyke</span></figcaption></figure>")]
    [InlineData("<div itemscope itemtype=\"https://schema.org/Review\"><span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><span itemprop=\"name\">Tomas Pyke</span></span><p itemprop=\"reviewBody\">A fine crossing.</p></div>")]
    [InlineData("<div itemscope itemtype=\"https://schema.org/Book\"><span itemprop=\"name\">Tides of the North</span> by <span itemprop=\"author\">Tomas Pyke</span></div>")]
    [InlineData("<figure itemscope itemtype=\"https://schema.org/Photograph\"><img src=\"/pier.jpg\" alt=\"\"><span itemprop=\"creator\">Tomas Pyke</span></figure>")]
    public async Task A_microdata_author_of_a_photo_review_or_book_is_not_the_page_s(string markup)
    {
        var alone = await ReadAsync(markup, string.Empty);
        var withByline = await ReadAsync("<p class=\"byline\">By Ilse Marr</p>" + markup, string.Empty);

        Assert.Empty(alone.Metadata.Authors);
        Assert.Equal(["Ilse Marr"], withByline.Metadata.Authors);
    }

    [Theory]
    [InlineData("<footer><address>Tides Daily, Harbour Road, Harwich</address></footer>")]
    [InlineData("<footer><address>Coast Council<br>Harbour Road<br>Harwich</address></footer>")]
    [InlineData("<footer><div class=\"contact\"><address>Newsroom<br>12 Quay Street</address></div></footer>")]
    public async Task An_address_in_the_page_footer_is_the_site_s_contact_not_an_author(string footer)
    {
        var document = await ReadAsync(string.Empty, footer);

        Assert.Empty(document.Metadata.Authors);
    }

    [Fact]
    public async Task An_address_in_the_article_s_footer_names_its_author()
    {
        var document = await HtmlPages.ReadAsync("<!DOCTYPE html><html><head><title>Spring tides</title></head><body><h1>Spring tides</h1>"
            + HtmlPages.Article().Replace("</div></article>", "</div><footer><address>Ilse Marr</address></footer></article>", StringComparison.Ordinal) + "</body></html>");

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    [Fact]
    public async Task A_postal_address_in_the_article_gives_only_its_first_line()
    {
        var document = await ReadAsync("<address>Ilse Marr, Harbour Road, Harwich</address>", string.Empty);

        Assert.Equal(["Ilse Marr"], document.Metadata.Authors);
    }

    private static Task<Document> ReadAsync(string inArticle, string afterArticle)
        => HtmlPages.ReadAsync("<!DOCTYPE html><html><head><title>Spring tides</title></head><body><h1>Spring tides</h1>"
            + HtmlPages.Article(inArticle) + afterArticle + "</body></html>");
}
