using AngleSharp.Dom;

namespace Ingest.Readers.Html.Metadata;

/// <summary>
/// Which microdata item a property belongs to. A property (<c>itemprop="author"</c>) describes its nearest enclosing
/// item (<c>itemscope</c>): inside a photo, a review, a comment or a book, the author is that thing's author, not the
/// page's. Only the property of the page's own work (an article, a post, a web page, a recipe) or of no item names
/// the author of the text.
/// </summary>
internal static class MicrodataItems
{
    // The schema.org types of the page's own work, as the last word of an item type: articles of every kind
    // (NewsArticle, ReportageNewsArticle, ScholarlyArticle), posts (BlogPosting, SocialMediaPosting), the page, a blog,
    // a report, a recipe or a how-to.
    private static readonly string[] OwnWorkTypes = ["Article", "Posting", "CreativeWork", "WebPage", "Blog", "Report", "Recipe", "HowTo"];

    /// <summary>
    /// Whether <paramref name="property"/> belongs to an item other than the page's own work. The element's own
    /// <c>itemscope</c> makes it a value (a Person), so the search starts at its parent; it stops at the first item.
    /// </summary>
    public static bool BelongsToOtherItem(IElement property)
    {
        for (var ancestor = property.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.HasAttribute("itemscope"))
            {
                return ancestor.GetAttribute("itemtype") is { Length: > 0 } type && !IsOwnWorkType(type);
            }
        }

        return false;
    }

    /// <summary>Whether the element states a microdata property named <paramref name="name"/> (among the names it lists).</summary>
    public static bool HasProperty(IElement element, string name)
        => element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains(name, StringComparison.OrdinalIgnoreCase);

    private static bool IsOwnWorkType(string type)
    {
        var name = type.AsSpan().TrimEnd().TrimEnd('/');
        foreach (var own in OwnWorkTypes)
        {
            if (name.EndsWith(own, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
