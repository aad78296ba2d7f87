using AngleSharp.Dom;
using Ingest.Readers.Html.Structure;

namespace Ingest.Readers.Html.Metadata;

/// <summary>
/// Reads a page's metadata from, in order of trust: JSON-LD, OpenGraph and other meta tags, then the markup itself
/// (<c>&lt;title&gt;</c>, <c>&lt;h1&gt;</c>, byline elements, <c>&lt;time datetime&gt;</c>, <c>&lt;html lang&gt;</c>).
/// </summary>
internal static class PageMetadataReader
{
    private static readonly char[] TitleSeparators = [' ', '\t', '\n', ',', ':', ';', '-', '|', '.', '!', '?', '"', '\'', '(', ')'];

    /// <summary>Fills <paramref name="metadata"/> from <paramref name="document"/>.</summary>
    public static PageMetadata Read(IDocument document, Uri documentUri, DocumentMetadata metadata, CancellationToken cancellationToken)
    {
        var scan = PageScan.Walk(document, cancellationToken);
        var meta = scan.Meta;
        var ld = JsonLdArticle.Read(scan.JsonLd);
        metadata.SiteName = First(meta.Get("og.site_name"), ld?.Publisher, meta.Get("application-name"));
        var result = ReadTitle(scan, ld, metadata);

        var headlineOrder = HeadlineOrder(scan.H1s, metadata.Title);
        if (headlineOrder < 0)
        {
            headlineOrder = TitleHeading(scan.H2s, metadata.Title);
        }

        var parsely = ParselyPage.Read(meta.Get("parsely-page"));
        foreach (var name in ChooseAuthors(ld, meta.AuthorStatements(parsely.Authors), meta.Get("twitter.creator"), scan.Authors.Best(headlineOrder), metadata.SiteName, documentUri))
        {
            metadata.Authors.Add(name);
        }

        metadata.Published = FirstDate(ld?.DatePublished)
            ?? FirstDate(meta.Published)
            ?? FirstDate(scan.Dates.Marked)
            ?? FirstDate(meta.OtherDates)
            ?? FirstDate(parsely.Published)
            ?? FirstDate(meta.VocabularyDates)
            ?? FirstDate(scan.Dates.Best(headlineOrder))
            ?? MetadataDates.FromUrl(First(scan.Canonical, meta.Get("og.url"))) ?? MetadataDates.FromUrl(documentUri.AbsolutePath)
            ?? FirstDate(scan.Dates.Updated);
        metadata.Modified = MetadataDates.Parse(First(
            meta.Get("article.modified_time"), ld?.DateModified, meta.Get("dateModified"), meta.Get("og.updated_time"), meta.Get("dcterms.modified")));

        var lang = document.DocumentElement?.GetAttribute("lang") ?? document.DocumentElement?.GetAttribute("xml:lang");
        metadata.Language = NormalizeLanguage(First(lang, meta.Get("content-language"), meta.Get("og.locale"), ld?.Language));
        metadata.Description = First(meta.Get("description"), meta.Get("og.description"), meta.Get("twitter.description"), ld?.Description);

        result.BaseHref = scan.BaseHref;
        var links = new LinkResolver(documentUri, result.BaseHref);
        var canonicalUrl = links.Resolve(First(scan.Canonical, meta.Get("og.url")));
        if (canonicalUrl is not null && Uri.TryCreate(canonicalUrl, UriKind.Absolute, out var canonicalUri))
        {
            metadata.CanonicalUrl = canonicalUri;
        }

        return result;
    }

    /// <summary>
    /// The page's title, cleaned of the site's name: the JSON-LD headline when it agrees with the page, the meta titles,
    /// the <c>&lt;title&gt;</c>, the only <c>&lt;h1&gt;</c>; and the element that shows it.
    /// </summary>
    private static PageMetadata ReadTitle(PageScan scan, JsonLdArticle? ld, DocumentMetadata metadata)
    {
        var meta = scan.Meta;
        var result = new PageMetadata();
        var titleElement = scan.TitleElement;
        var heading = scan.H1Count == 1 && scan.FirstH1 is not null ? Collapse(scan.FirstH1.TextContent) : null;

        var pageTitle = First(meta.Get("og.title"), titleElement is null ? null : Collapse(titleElement.TextContent), heading);
        var rawTitle = First(AgreesWith(ld?.Headline, pageTitle), meta.Get("og.title"), meta.Get("dc.title"), meta.Get("dcterms.title"), meta.Get("twitter.title"), meta.Get("parsely-title"));
        IElement? rawTitleElement = null;
        if (rawTitle is null && titleElement is not null && Collapse(titleElement.TextContent) is { Length: > 0 } titleText)
        {
            rawTitle = titleText;
            rawTitleElement = titleElement;
        }

        if (rawTitle is null && heading is not null)
        {
            rawTitle = heading;
            rawTitleElement = scan.FirstH1;
        }

        if (rawTitle is not null)
        {
            metadata.Title = TitleCleaner.Clean(rawTitle, metadata.SiteName, heading);
            result.Title = metadata.Title;
            result.TitleElement = heading is not null && metadata.Title.Equals(heading, StringComparison.OrdinalIgnoreCase) ? scan.FirstH1 : rawTitleElement ?? titleElement;
        }

        return result;
    }

    /// <summary>The authors among the page's statements of them, in order of trust: JSON-LD, meta tags, the markup, a social handle.</summary>
    private static List<string> ChooseAuthors(JsonLdArticle? ld, IEnumerable<List<string>> metaStatements, string? handle, List<string> markup, string? siteName, Uri documentUri)
    {
        var selection = new AuthorSelection();
        selection.Site(siteName);
        selection.Site(ld?.Publisher);
        if (documentUri.IsAbsoluteUri && documentUri.Host.Length > 0)
        {
            selection.Host(documentUri.Host);
        }

        if (ld is not null)
        {
            // Each JSON-LD author is one name (or a byline in one string); people and organisations are two statements.
            selection.Add(ld.Authors.Where(a => !ld.OrganisationAuthors.Contains(a)).SelectMany(Bylines.Names).Distinct(StringComparer.Ordinal).ToList());
            selection.Add(ld.Authors.Where(ld.OrganisationAuthors.Contains).ToList(), organisation: true);
        }

        foreach (var statement in metaStatements)
        {
            selection.Add(statement);
        }

        selection.Add(markup);
        selection.AddHandle(handle);
        return selection.Choose();
    }

    /// <summary>
    /// Where the headline stands in document order: the only <c>&lt;h1&gt;</c>, or the one that reads as the title when
    /// there are several (a logo or a section name may be an <c>&lt;h1&gt;</c> too); -1 when neither.
    /// </summary>
    private static int HeadlineOrder(List<(IElement Element, int Order)> h1s, string? title)
    {
        if (h1s.Count == 1)
        {
            return h1s[0].Order;
        }

        return TitleHeading(h1s, title);
    }

    /// <summary>Where the heading that reads as the title stands in document order, -1 if none does.</summary>
    private static int TitleHeading(List<(IElement Element, int Order)> headings, string? title)
    {
        if (title is null)
        {
            return -1;
        }

        foreach (var (element, order) in headings)
        {
            var text = Collapse(element.TextContent);
            if (text.Length > 0 && (text.Contains(title, StringComparison.OrdinalIgnoreCase) || title.Contains(text, StringComparison.OrdinalIgnoreCase)) && text.Length * 2 >= title.Length)
            {
                return order;
            }
        }

        return -1;
    }

    // The first of the statements that reads as a date: a page may fill one tag with a word ("Thursday") and the next with the date.
    private static DateOnly? FirstDate(IEnumerable<string?> values)
    {
        foreach (var value in values)
        {
            if (MetadataDates.Parse(value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? FirstDate(string? value) => MetadataDates.Parse(value);

    /// <summary>
    /// The JSON-LD headline when it shares at least half of its words of four letters or more with the page's own title (or there is none):
    /// some sites put a description in <c>headline</c> (a dictionary gloss, a teaser) and the name elsewhere.
    /// </summary>
    private static string? AgreesWith(string? headline, string? pageTitle)
    {
        if (headline is null || pageTitle is null)
        {
            return headline;
        }

        var titleWords = SignificantWords(pageTitle);
        var headlineWords = SignificantWords(headline);
        var shared = headlineWords.Count(w => titleWords.Contains(w, StringComparer.OrdinalIgnoreCase));
        return titleWords.Length == 0 || headlineWords.Length == 0 || shared * 2 >= Math.Min(titleWords.Length, headlineWords.Length) ? headline : null;
    }

    private static string[] SignificantWords(string text)
        => text.Split(TitleSeparators, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).ToArray();

    private static string? First(params string?[] values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }

    private static string? NormalizeLanguage(string? lang)
    {
        if (string.IsNullOrWhiteSpace(lang))
        {
            return null;
        }

        var tag = lang.Trim().Replace('_', '-');
        var comma = tag.IndexOf(',');
        return comma > 0 ? tag[..comma].Trim() : tag;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
