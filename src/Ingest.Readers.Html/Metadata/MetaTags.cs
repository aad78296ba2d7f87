using System.Globalization;
using AngleSharp.Dom;

namespace Ingest.Readers.Html.Metadata;

/// <summary>
/// The <c>&lt;meta&gt;</c> tags of a page: the first value of each name (OpenGraph, Dublin Core, Twitter cards,
/// Parse.ly, Sailthru, Highwire, publishing systems' own names), the repeated values of the author tags, and what they
/// state of the authors and the dates.
/// </summary>
internal sealed class MetaTags
{
    // A page with several authors repeats these tags, one name each; at most this many values of one are kept.
    private const int MaxAuthorTags = 16;

    // Twitter cards carry at most a few labelled values.
    private const int MaxTwitterLabels = 4;

    // The meta tags that state a page's author, most specific first (OpenGraph, Dublin Core, Parse.ly, Sailthru, the NYT's
    // byl, Highwire's citation_author as scholarly publishers and many news sites write it).
    private static readonly string[] AuthorKeys =
        ["author", "article.author", "og.article.author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "citation_author"];

    // The meta tags that state when the article was published (OpenGraph's article namespace, with and without its og:
    // prefix, and microdata in the head), trusted before the markup's own marked date.
    private static readonly string[] PublishedKeys = ["article.published_time", "og.article.published_time", "article.published", "datePublished"];

    // The other meta tags that state a publication date (Dublin Core, Parse.ly, Sailthru, Highwire, microdata's
    // dateCreated, publishing systems' own names such as pdate/ptime/displaydate), trusted after the markup's marked date.
    private static readonly string[] OtherDateKeys =
    [
        "og.published_time", "pubdate", "publish-date", "publish_date", "publishdate", "publication_date", "dc.date", "dcterms.created", "dc.date.issued",
        "dcterms.issued", "dcterms.date", "dc.date.created", "parsely-pub-date", "sailthru.date", "citation_publication_date", "citation_date", "date",
        "dateCreated", "pdate", "ptime", "displaydate",
    ];

    private static readonly HashSet<string> AuthorKeySet = new(AuthorKeys, StringComparer.OrdinalIgnoreCase);

    private static readonly string[] NameAttributes = ["property", "name", "itemprop", "http-equiv"];

    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> _authors = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The publication dates the tags of the OpenGraph article namespace state, most trusted first.</summary>
    public IEnumerable<string?> Published => PublishedKeys.Select(Get);

    /// <summary>The publication dates the other well-known tags state, most trusted first.</summary>
    public IEnumerable<string?> OtherDates => OtherDateKeys.Select(Get);

    /// <summary>
    /// The values of tags that name the publication time in a vocabulary of their own ("article:published_date",
    /// "cms.publish-time", "pub_date", "article:publication_date"): they speak of publishing, not of the publisher, an
    /// update or an expiry.
    /// </summary>
    public IEnumerable<string> VocabularyDates => _values.Where(m => IsPublishedKey(m.Key)).Select(m => m.Value);

    /// <summary>The value of the first tag of <paramref name="key"/> (':' written as '.'), or <see langword="null"/>.</summary>
    public string? Get(string key) => _values.GetValueOrDefault(key);

    /// <summary>
    /// Notes a <c>&lt;meta&gt;</c> tag's content under each of its names: a tag may carry several (<c>name="author"
    /// property="og:author"</c>, <c>property="og:title twitter:title"</c>), and ':' and '.' are one separator.
    /// </summary>
    public void Read(IElement element)
    {
        var content = element.GetAttribute("content");
        if (string.IsNullOrWhiteSpace(content))
        {
            return;
        }

        foreach (var attribute in NameAttributes)
        {
            if (element.GetAttribute(attribute) is { } key)
            {
                foreach (var k in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    Add(k.Replace(':', '.'), content.Trim());
                }
            }
        }
    }

    /// <summary>
    /// The author statements of the tags in order of trust, one list per statement: the author tags, a Twitter card's
    /// labelled author, then <paramref name="parselyAuthors"/> (Parse.ly's page object). One tag is one statement, a
    /// byline perhaps ("Ilse Marr and Tomas Pyke"); repeated tags are one name each.
    /// </summary>
    public IEnumerable<List<string>> AuthorStatements(List<string> parselyAuthors)
    {
        foreach (var key in AuthorKeys)
        {
            if (_authors.TryGetValue(key, out var values) && values.Count > 0)
            {
                yield return values.Count == 1 ? Bylines.Names(values[0]) : values.SelectMany(Bylines.Names).Distinct(StringComparer.Ordinal).ToList();
            }
        }

        if (LabelledAuthor() is { } labelled)
        {
            yield return Bylines.Names(labelled);
        }

        if (parselyAuthors.Count > 0)
        {
            yield return parselyAuthors.Count == 1 ? Bylines.Names(parselyAuthors[0]) : parselyAuthors.SelectMany(Bylines.Names).Distinct(StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>Keeps the first value of each key, and up to <see cref="MaxAuthorTags"/> values of the author keys.</summary>
    private void Add(string key, string value)
    {
        _values.TryAdd(key, value);
        if (AuthorKeySet.Contains(key))
        {
            if (!_authors.TryGetValue(key, out var values))
            {
                _authors[key] = values = new List<string>();
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
    private string? LabelledAuthor()
    {
        for (var i = 1; i <= MaxTwitterLabels; i++)
        {
            var label = Get("twitter.label" + i.ToString(CultureInfo.InvariantCulture));
            if (label is not null && (label.StartsWith("Written by", StringComparison.OrdinalIgnoreCase) || label.StartsWith("Author", StringComparison.OrdinalIgnoreCase)))
            {
                return Get("twitter.data" + i.ToString(CultureInfo.InvariantCulture));
            }
        }

        return null;
    }

    private static bool IsPublishedKey(string key)
        => (key.Contains("publish", StringComparison.OrdinalIgnoreCase) || key.Contains("publica", StringComparison.OrdinalIgnoreCase) || key.Contains("pubdate", StringComparison.OrdinalIgnoreCase) || key.Contains("pub_date", StringComparison.OrdinalIgnoreCase))
            && !key.Contains("publisher", StringComparison.OrdinalIgnoreCase) && !key.Contains("modif", StringComparison.OrdinalIgnoreCase)
            && !key.Contains("updat", StringComparison.OrdinalIgnoreCase) && !key.Contains("expir", StringComparison.OrdinalIgnoreCase);
}
