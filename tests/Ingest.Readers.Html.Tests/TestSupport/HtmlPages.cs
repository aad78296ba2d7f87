using System.Text;

namespace Ingest.Readers.Html.Tests.TestSupport;

/// <summary>Reads HTML with the reader the way the pipeline would.</summary>
internal static class HtmlPages
{
    public static readonly Uri PageUri = new("https://news.example.com/world/2020/story.html");

    public static Task<Document> ReadAsync(string html, HtmlReaderOptions? options = null, Uri? uri = null)
        => ReadAsync(Encoding.UTF8.GetBytes(html), options, uri);

    public static async Task<Document> ReadAsync(byte[] bytes, HtmlReaderOptions? options = null, Uri? uri = null, string? charset = null, CancellationToken cancellationToken = default)
    {
        var source = new MemorySourceDocument(bytes, uri ?? PageUri) { MediaType = MediaTypes.Html, Charset = charset };
        var reader = new HtmlReader(options ?? new HtmlReaderOptions());
        await using var stream = await source.OpenAsync(cancellationToken);
        return await reader.ReadAsync(stream, new ReadContext(source, MediaTypes.Html), cancellationToken);
    }

    /// <summary>Reads a page as whole-page text without a title block, for tests of text rendering.</summary>
    public static Task<Document> ReadPageTextAsync(string body)
        => ReadAsync("<!DOCTYPE html><html><head><title>t</title></head><body>" + body + "</body></html>", new HtmlReaderOptions { ExtractMainContent = false, IncludeTitle = false });

    /// <summary>An article of several real paragraphs so that main-content selection has something to choose.</summary>
    public static string Article(string inner = "") => "<article><div class=\"story-body\">" + inner
        + string.Concat(Enumerable.Range(1, 5).Select(i => $"<p>Paragraph {i} of the story, with enough words, commas, and detail to read like prose written by a reporter, not a menu.</p>"))
        + "</div></article>";
}
