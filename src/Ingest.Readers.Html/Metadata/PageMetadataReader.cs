using System.Globalization;
using AngleSharp.Dom;
using Ingest.Readers.Html.Parsing;
using Ingest.Readers.Html.Structure;

namespace Ingest.Readers.Html.Metadata;

/// <summary>
/// Reads a page's metadata from, in order of trust: JSON-LD, OpenGraph and other meta tags, then the markup itself
/// (<c>&lt;title&gt;</c>, <c>&lt;h1&gt;</c>, byline elements, <c>&lt;time datetime&gt;</c>, <c>&lt;html lang&gt;</c>).
/// </summary>
internal static class PageMetadataReader
{
    // At most this many <h1> elements are kept to find the headline among them.
    private const int MaxHeadlines = 16;

    // A page with several authors repeats these tags, one name each; at most this many values of one are kept.
    private const int MaxAuthorTags = 16;

    // Twitter cards carry at most a few labelled values.
    private const int MaxTwitterLabels = 4;

    // The meta tags that state a page's author, most specific first (OpenGraph, Dublin Core, Parse.ly, Sailthru, the NYT's
    // byl, Highwire's citation_author as scholarly publishers and many news sites write it).
    private static readonly string[] AuthorMetaKeys =
        ["author", "article.author", "og.article.author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "citation_author"];

    // The meta tags that state when the article was published (OpenGraph's article namespace, with and without its og:
    // prefix, and microdata in the head), trusted before the markup's own marked date.
    private static readonly string[] PublishedMetaKeys = ["article.published_time", "og.article.published_time", "article.published", "datePublished"];

    // The other meta tags that state a publication date (Dublin Core, Parse.ly, Sailthru, Highwire, publishing systems'
    // own names), trusted after the markup's marked date.
    private static readonly string[] OtherDateMetaKeys =
    [
        "og.published_time", "pubdate", "publish-date", "publish_date", "publishdate", "publication_date", "dc.date", "dcterms.created", "dc.date.issued",
        "dcterms.issued", "dcterms.date", "dc.date.created", "parsely-pub-date", "sailthru.date", "citation_publication_date", "citation_date", "date",
    ];

    // The author statements read out of other tags, under keys of their own beside the author meta keys.
    private const string LabelledAuthorKey = "twitter:label";
    private const string ParselyAuthorKey = "parsely-page";

    private static readonly HashSet<string> AuthorMetaKeySet = new(AuthorMetaKeys, StringComparer.OrdinalIgnoreCase);

    private static readonly string[] MetaNameAttributes = ["property", "name", "itemprop", "http-equiv"];

    private static readonly char[] TitleSeparators = [' ', '\t', '\n', ',', ':', ';', '-', '|', '.', '!', '?', '"', '\'', '(', ')'];

    /// <summary>Fills <paramref name="metadata"/> from <paramref name="document"/>.</summary>
    public static PageMetadata Read(IDocument document, Uri documentUri, DocumentMetadata metadata, CancellationToken cancellationToken)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var authorMeta = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var jsonLd = new List<string>();
        var result = new PageMetadata();
        IElement? titleElement = null;
        IElement? firstH1 = null;
        var h1Count = 0;
        var authors = new AuthorCandidates();
        var order = -1;
        var h1s = new List<(IElement Element, int Order)>();
        var h2s = new List<(IElement Element, int Order)>();
        var dates = new DateCandidates();
        string? canonical = null;
        foreach (var element in ElementWalker.Descendants(document, cancellationToken))
        {
            order++;
            switch (element.TagName)
            {
                case "META":
                    ReadMeta(element, meta, authorMeta);
                    break;
                case "SCRIPT":
                    // The type may carry parameters ("application/ld+json; charset=utf-8").
                    if (element.GetAttribute("type")?.Trim().StartsWith("application/ld+json", StringComparison.OrdinalIgnoreCase) == true)
                    {
                        jsonLd.Add(element.TextContent);
                    }

                    break;
                case "TITLE":
                    titleElement ??= element;
                    break;
                case "BASE":
                    result.BaseHref ??= element.GetAttribute("href");
                    break;
                case "LINK":
                    if (canonical is null && string.Equals(element.GetAttribute("rel")?.Trim(), "canonical", StringComparison.OrdinalIgnoreCase))
                    {
                        canonical = element.GetAttribute("href");
                    }

                    break;
                case "H1":
                    if (!HtmlTags.IsNeverRendered(element))
                    {
                        firstH1 ??= element;
                        h1Count++;
                        authors.Headline(order);
                        if (h1s.Count < MaxHeadlines)
                        {
                            h1s.Add((element, order));
                        }
                    }

                    break;
                case "H2":
                    // Some pages set the headline in an <h2> (the <h1> being the logo, or absent).
                    if (h2s.Count < MaxHeadlines && !HtmlTags.IsNeverRendered(element))
                    {
                        h2s.Add((element, order));
                        authors.Heading(order);
                    }

                    authors.Consider(element, order);
                    if (DateCandidates.MayState(element))
                    {
                        dates.Consider(element, order);
                    }

                    break;
                case "TIME":
                    dates.Consider(element, order);
                    break;
                default:
                    authors.Consider(element, order);
                    if (DateCandidates.MayState(element))
                    {
                        dates.Consider(element, order);
                    }

                    break;
            }
        }

        var ld = JsonLdArticle.Read(jsonLd);
        metadata.SiteName = First(Meta(meta, "og.site_name"), ld?.Publisher, Meta(meta, "application-name"));
        var heading = h1Count == 1 && firstH1 is not null ? Collapse(firstH1.TextContent) : null;

        var pageTitle = First(Meta(meta, "og.title"), titleElement is null ? null : Collapse(titleElement.TextContent), heading);
        var rawTitle = First(AgreesWith(ld?.Headline, pageTitle), Meta(meta, "og.title"), Meta(meta, "dc.title"), Meta(meta, "dcterms.title"), Meta(meta, "twitter.title"), Meta(meta, "parsely-title"));
        IElement? rawTitleElement = null;
        if (rawTitle is null && titleElement is not null && Collapse(titleElement.TextContent) is { Length: > 0 } titleText)
        {
            rawTitle = titleText;
            rawTitleElement = titleElement;
        }

        if (rawTitle is null && heading is not null)
        {
            rawTitle = heading;
            rawTitleElement = firstH1;
        }

        if (rawTitle is not null)
        {
            metadata.Title = TitleCleaner.Clean(rawTitle, metadata.SiteName, heading);
            result.Title = metadata.Title;
            result.TitleElement = heading is not null && metadata.Title.Equals(heading, StringComparison.OrdinalIgnoreCase) ? firstH1 : rawTitleElement ?? titleElement;
        }

        var headlineOrder = HeadlineOrder(h1s, metadata.Title);
        if (headlineOrder < 0)
        {
            headlineOrder = TitleHeading(h2s, metadata.Title);
        }

        var parsely = ParselyPage.Read(Meta(meta, "parsely-page"));
        authorMeta[LabelledAuthorKey] = LabelledAuthor(meta) is { } labelled ? [labelled] : [];
        authorMeta[ParselyAuthorKey] = parsely.Authors;
        foreach (var name in ChooseAuthors(ld, authorMeta, Meta(meta, "twitter.creator"), authors.Best(headlineOrder), metadata.SiteName, documentUri))
        {
            metadata.Authors.Add(name);
        }

        metadata.Published = FirstDate(ld?.DatePublished)
            ?? FirstDate(PublishedMetaKeys.Select(k => Meta(meta, k)))
            ?? FirstDate(dates.Marked)
            ?? FirstDate(OtherDateMetaKeys.Select(k => Meta(meta, k)))
            ?? FirstDate(parsely.Published)
            ?? FirstDate(meta.Where(m => IsPublishedKey(m.Key)).Select(m => m.Value))
            ?? FirstDate(dates.Best(headlineOrder))
            ?? MetadataDates.FromUrl(First(canonical, Meta(meta, "og.url"))) ?? MetadataDates.FromUrl(documentUri.AbsolutePath);
        metadata.Modified = MetadataDates.Parse(First(
            Meta(meta, "article.modified_time"), ld?.DateModified, Meta(meta, "dateModified"), Meta(meta, "og.updated_time"), Meta(meta, "dcterms.modified")));

        var lang = document.DocumentElement?.GetAttribute("lang") ?? document.DocumentElement?.GetAttribute("xml:lang");
        metadata.Language = NormalizeLanguage(First(lang, Meta(meta, "content-language"), Meta(meta, "og.locale"), ld?.Language));
        metadata.Description = First(Meta(meta, "description"), Meta(meta, "og.description"), Meta(meta, "twitter.description"), ld?.Description);

        var links = new LinkResolver(documentUri, result.BaseHref);
        var canonicalUrl = links.Resolve(First(canonical, Meta(meta, "og.url")));
        if (canonicalUrl is not null && Uri.TryCreate(canonicalUrl, UriKind.Absolute, out var canonicalUri))
        {
            metadata.CanonicalUrl = canonicalUri;
        }

        return result;
    }

    /// <summary>The authors among the page's statements of them, in order of trust: JSON-LD, meta tags, the markup, a social handle.</summary>
    private static List<string> ChooseAuthors(JsonLdArticle? ld, Dictionary<string, List<string>> meta, string? handle, List<string> markup, string? siteName, Uri documentUri)
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

        foreach (var key in AuthorMetaKeys.Append(LabelledAuthorKey).Append(ParselyAuthorKey))
        {
            if (meta.TryGetValue(key, out var values) && values.Count > 0)
            {
                // One tag is one statement, a byline perhaps ("Ilse Marr and Tomas Pyke"); repeated tags are one name each.
                selection.Add(values.Count == 1 ? Bylines.Names(values[0]) : values.SelectMany(Bylines.Names).Distinct(StringComparer.Ordinal).ToList());
            }
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

    private static string? Meta(Dictionary<string, string> meta, string key) => meta.GetValueOrDefault(key);

    /// <summary>
    /// Notes a <c>&lt;meta&gt;</c> tag's content under each of its names: a tag may carry several (<c>name="author"
    /// property="og:author"</c>, <c>property="og:title twitter:title"</c>), and ':' and '.' are one separator.
    /// </summary>
    private static void ReadMeta(IElement element, Dictionary<string, string> meta, Dictionary<string, List<string>> authorMeta)
    {
        var content = element.GetAttribute("content");
        if (string.IsNullOrWhiteSpace(content))
        {
            return;
        }

        foreach (var attribute in MetaNameAttributes)
        {
            if (element.GetAttribute(attribute) is { } key)
            {
                foreach (var k in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    AddMeta(meta, authorMeta, k.Replace(':', '.'), content.Trim());
                }
            }
        }
    }

    /// <summary>Keeps the first value of each meta key, and up to <see cref="MaxAuthorTags"/> values of the author keys.</summary>
    private static void AddMeta(Dictionary<string, string> meta, Dictionary<string, List<string>> authorMeta, string key, string value)
    {
        meta.TryAdd(key, value);
        if (AuthorMetaKeySet.Contains(key))
        {
            if (!authorMeta.TryGetValue(key, out var values))
            {
                authorMeta[key] = values = new List<string>();
            }

            if (values.Count < MaxAuthorTags && !values.Contains(value, StringComparer.Ordinal))
            {
                values.Add(value);
            }
        }
    }

    /// <summary>
    /// The author that a Twitter card states as a labelled value (<c>twitter:label1</c> "Written by",
    /// <c>twitter:data1</c> the name), as WordPress SEO plugins write it on a great many sites; or <see langword="null"/>.
    /// </summary>
    private static string? LabelledAuthor(Dictionary<string, string> meta)
    {
        for (var i = 1; i <= MaxTwitterLabels; i++)
        {
            var label = Meta(meta, "twitter.label" + i.ToString(CultureInfo.InvariantCulture));
            if (label is not null && (label.StartsWith("Written by", StringComparison.OrdinalIgnoreCase) || label.StartsWith("Author", StringComparison.OrdinalIgnoreCase)))
            {
                return Meta(meta, "twitter.data" + i.ToString(CultureInfo.InvariantCulture));
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a meta key names the publication time in a vocabulary of its own ("article:published_date",
    /// "cms.publish-time", "pub_date", "article:publication_date"): it speaks of publishing, not of the publisher, an update or an expiry.
    /// </summary>
    private static bool IsPublishedKey(string key)
        => (key.Contains("publish", StringComparison.OrdinalIgnoreCase) || key.Contains("publica", StringComparison.OrdinalIgnoreCase) || key.Contains("pubdate", StringComparison.OrdinalIgnoreCase) || key.Contains("pub_date", StringComparison.OrdinalIgnoreCase))
            && !key.Contains("publisher", StringComparison.OrdinalIgnoreCase) && !key.Contains("modif", StringComparison.OrdinalIgnoreCase)
            && !key.Contains("updat", StringComparison.OrdinalIgnoreCase) && !key.Contains("expir", StringComparison.OrdinalIgnoreCase);

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
