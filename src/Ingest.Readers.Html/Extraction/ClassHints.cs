using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Ingest.Readers.Html.Extraction;

/// <summary>What an element's class, id and role say about whether it holds the article or page furniture.</summary>
internal static partial class ClassHints
{
    // Class-name answers already matched on this thread (the regular expressions are the cost of these tests).
    [ThreadStatic]
    private static NameMatchMemo? t_unlikelyNames;

    [ThreadStatic]
    private static NameMatchMemo? t_bylineNames;

    /// <summary>The weight of a positive or negative hint in the content score.</summary>
    public const int Weight = 25;

    /// <summary>Score weight from class and id: +25 for an article-like name, -25 for a furniture-like name, both may apply.</summary>
    public static int ScoreWeight(IElement element)
    {
        return NameWeight(element.ClassName) + NameWeight(element.Id);
    }

    private static int NameWeight(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }

        var weight = NegativeName().IsMatch(value) ? -Weight : 0;
        return PositiveName().IsMatch(value) ? weight + Weight : weight;
    }

    /// <summary>
    /// Whether the element is very likely page furniture (navigation, banners, comments, sharing, related links),
    /// judged from its tag, role, class and id alone. Such elements are left out before scoring.
    /// </summary>
    public static bool IsUnlikelyContent(IElement element)
    {
        switch (element.TagName)
        {
            case "NAV" or "ASIDE" or "FOOTER" or "MENU" or "DIALOG":
                return true;
            case "BODY" or "HTML" or "ARTICLE" or "MAIN" or "A" or "P" or "TABLE" or "TBODY" or "TR" or "TD" or "TH" or "PRE" or "CODE"
                or "H1" or "H2" or "H3" or "H4" or "H5" or "H6" or "BLOCKQUOTE" or "FIGURE" or "FIGCAPTION":
                return false;
        }

        var role = element.GetAttribute("role");
        if (role is not null && UnlikelyRole().IsMatch(role))
        {
            return true;
        }

        return HasFurnitureName(element);
    }

    /// <summary>
    /// Whether the element's class or id names page furniture (related links, promotions, sharing, advertising, comments)
    /// rather than the article.
    /// </summary>
    public static bool HasFurnitureName(IElement element)
    {
        var className = element.ClassName;
        var id = element.Id;
        if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id))
        {
            return false;
        }

        return (t_unlikelyNames ??= new NameMatchMemo()).Get(className ?? string.Empty, id ?? string.Empty, UnlikelyNames);
    }

    private static bool UnlikelyNames(string className, string id)
    {
        var names = id.Length == 0 ? className : className.Length == 0 ? id : className + " " + id;
        return UnlikelyName().IsMatch(names) && !MaybeContentName().IsMatch(names);
    }

    /// <summary>Whether the element is marked as the article body (<c>itemprop="articleBody"</c> and the like).</summary>
    public static bool IsMarkedArticleBody(IElement element)
    {
        var itemprop = element.GetAttribute("itemprop");
        return itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the element looks like a byline or dateline (author, date) rather than body text.</summary>
    public static bool IsByline(IElement element)
    {
        // Every sign is an attribute: most elements have none.
        if (element.Attributes.Length == 0)
        {
            return false;
        }

        var rel = element.GetAttribute("rel");
        if (rel is not null && rel.Equals("author", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var itemprop = element.GetAttribute("itemprop");
        if (itemprop is not null && itemprop.Contains("author", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var className = element.ClassName;
        var id = element.Id;
        if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id))
        {
            return false;
        }

        return (t_bylineNames ??= new NameMatchMemo()).Get(className ?? string.Empty, id ?? string.Empty, BylineNames);
    }

    private static bool BylineNames(string className, string id) =>
        (className.Length > 0 && BylineName().IsMatch(className)) || (id.Length > 0 && BylineName().IsMatch(id));

    [GeneratedRegex(@"-ad-|\bads?\b|advert|banner|breadcrumb|combx|comment|communit|cookie|consent|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|recommend|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplement|share|sharing|newsletter|subscri|signup|promo|popup|pagination|pager|agegate|masthead|navbar|most-?read|trending|taglist|tags\b|outbrain|taboola|print-only|nav\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnlikelyName();

    [GeneratedRegex(@"\band\b|article|body|column|content|main|shadow|story|entry|post-?text|text-?body|math|katex", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeContentName();

    [GeneratedRegex(@"^(menu|menubar|complementary|navigation|alert|alertdialog|dialog|banner|contentinfo|search)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnlikelyRole();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositiveName();

    [GeneratedRegex(@"-ad-|hidden|^hid$|\bhid\b|banner|combx|comment|com-|contact|cookie|consent|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|recommend|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|social|tags|tool|widget|newsletter|subscri|signup|byline|author|dateline|most-?read|trending|popular", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegativeName();

    [GeneratedRegex(@"byline|by-line|author|dateline|writtenby|p-author|writer|contributor|\bautor(?:e|in|en|es)?\b|auteur", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineName();
}
