using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Ingest.Readers.Html.Extraction;

namespace Ingest.Readers.Html.Metadata;

/// <summary>
/// The places in a page's markup that state its author, gathered in one walk and ranked afterwards: microdata and
/// <c>rel="author"</c> first, then byline elements (class or id), then "By Name" lines, then links to an author page,
/// then <c>&lt;address&gt;</c>. Near the headline beats far from it, and nothing inside comments, navigation or lists of
/// other stories counts (their bylines belong to other texts).
/// </summary>
internal sealed partial class AuthorCandidates
{
    // How many byline elements are read after each headline (and before the first): a page marks at most a few, and
    // reading each costs its text. A headline starts a fresh count, so a header full of writers' names (a columnists'
    // menu, a list of top authors) does not use up the reads before the article's own byline.
    private const int MaxElements = 24;

    // How many byline elements are read in all, whatever the headlines.
    private const int MaxElementsPerPage = 64;

    // Elements (in document order) before and after the headline within which a byline counts as the article's own.
    private const int NearBefore = 40;
    private const int NearAfter = 250;

    // Elements (in document order) within which two structured author statements belong to one byline.
    private const int SameByline = 12;

    private readonly List<Candidate> _candidates = new();
    private int _read;
    private int _readInPage;
    private int _lastHeadline = -1;
    private bool _sawHeadline;

    private enum Kind
    {
        Structured,
        BylineElement,
        ByLine,
        AuthorLink,
        Dateline,
        Address,
    }

    /// <summary>
    /// Notes a headline (<c>&lt;h1&gt;</c>) at <paramref name="order"/>: links to author pages count only after one, and
    /// the byline elements after it are read afresh.
    /// </summary>
    public void Headline(int order)
    {
        _lastHeadline = order;
        _sawHeadline = true;
        _read = 0;
    }

    /// <summary>
    /// Notes a heading that may be the headline (an <c>&lt;h2&gt;</c>) on a page with no <c>&lt;h1&gt;</c> so far: links to
    /// author pages after it are looked at. After an <c>&lt;h1&gt;</c>, an <c>&lt;h2&gt;</c> is a section heading.
    /// </summary>
    public void Heading(int order)
    {
        if (!_sawHeadline)
        {
            _lastHeadline = order;
        }
    }

    /// <summary>Looks at one element of the walk, <paramref name="order"/> being its place in document order.</summary>
    public void Consider(IElement element, int order)
    {
        if (_read >= MaxElements || _readInPage >= MaxElementsPerPage)
        {
            return;
        }

        if (element.TagName == "ADDRESS")
        {
            if (InPageFooter(element))
            {
                _read++;
                _readInPage++;
            }
            else
            {
                Add(Kind.Address, Bylines.TextOf(element), element, order);
            }

            return;
        }

        if ((ClassHints.IsByline(element) || IsCard(element) || MicrodataItems.HasProperty(element, "creator")) && element.ParentElement?.TagName != "HEAD" && element.TagName is not ("BODY" or "HTML"))
        {
            if (IsStructured(element) && MicrodataItems.BelongsToOtherItem(element))
            {
                // The author (or creator, schema.org's other name for it) of a photo, a review or a book the page shows, not of the page.
                _read++;
                _readInPage++;
                return;
            }

            var kind = IsStructured(element) ? Kind.Structured : Kind.BylineElement;
            Add(kind, Bylines.TextOf(element), element, order);
            return;
        }

        if (Bylines.ByLineName(element) is { } byLine)
        {
            Add(Kind.ByLine, byLine, element, order);
        }
        else if (_lastHeadline >= 0 && order - _lastHeadline <= NearAfter && element.TagName == "A" && IsAuthorPage(element.GetAttribute("href")))
        {
            Add(Kind.AuthorLink, element.TextContent, element, order);
        }
        else if (_lastHeadline >= 0 && order - _lastHeadline <= NearAfter && DateCandidates.IsDatelineName(element) && NameInDateline(element) is { } name)
        {
            Add(Kind.Dateline, name, element, order);
        }
    }

    /// <summary>
    /// The name a dateline element states beside its date with no byline word ("Ilse Marr | March 5, 2024"), or
    /// <see langword="null"/>.
    /// </summary>
    private static string? NameInDateline(IElement element)
        => DateCandidates.ShortText(element) is { } text && DatelineText.Choose(text) is { } chosen ? DatelineText.NameBeside(chosen.Beside) : null;

    /// <summary>
    /// The names of the best-ranked author statement, or an empty list; <paramref name="headlineOrder"/> is the headline's
    /// place, -1 if none. Markup marks each author of a shared byline apart (microdata, <c>rel="author"</c>, an
    /// <c>author</c> class per name), so the statements of the same kind beside the best one join it.
    /// </summary>
    public List<string> Best(int headlineOrder)
    {
        Candidate? best = null;
        foreach (var candidate in _candidates)
        {
            var near = IsNear(candidate, headlineOrder);

            // A link to an author page, or a name beside a date, says little on its own: only beside the headline.
            if (candidate.Kind is Kind.AuthorLink or Kind.Dateline && !near)
            {
                continue;
            }

            if (best is null || Better(candidate, near, best.Value, IsNear(best.Value, headlineOrder), headlineOrder))
            {
                best = candidate;
            }
        }

        if (best is not { } chosen)
        {
            return new List<string>();
        }

        var names = Bylines.Names(chosen.Text);
        if (chosen.Kind == Kind.Address && names.Count > 1)
        {
            // An address names whom to reach on its first line; the lines or parts after it are where ("Tides Daily, Harbour Road").
            names.RemoveRange(1, names.Count - 1);
        }

        if (chosen.Kind is Kind.Structured or Kind.BylineElement)
        {
            foreach (var other in _candidates)
            {
                if (other.Kind == chosen.Kind && Math.Abs(other.Order - chosen.Order) <= SameByline)
                {
                    foreach (var name in Bylines.Names(other.Text))
                    {
                        if (!names.Contains(name, StringComparer.Ordinal) && !names.Any(n => n.Contains(name, StringComparison.Ordinal)) && Bylines.LooksLikeName(name) && !BylineParts.IsRole(name))
                        {
                            names.Add(name);
                        }
                    }
                }
            }
        }

        return names;
    }

    private static bool IsNear(Candidate candidate, int headlineOrder)
        => headlineOrder >= 0 && candidate.Order >= headlineOrder - NearBefore && candidate.Order <= headlineOrder + NearAfter;

    private static bool Better(Candidate a, bool aNear, Candidate b, bool bNear, int headlineOrder)
    {
        // The address is the last resort wherever it stands.
        if ((a.Kind == Kind.Address) != (b.Kind == Kind.Address))
        {
            return b.Kind == Kind.Address;
        }

        if (aNear != bNear)
        {
            return aNear;
        }

        if (a.Kind != b.Kind)
        {
            return a.Kind < b.Kind;
        }

        // Same kind, both near: the closer to the headline; otherwise the first in the page.
        return aNear && Math.Abs(a.Order - headlineOrder) < Math.Abs(b.Order - headlineOrder);
    }

    private void Add(Kind kind, string? text, IElement element, int order)
    {
        _read++;
        _readInPage++;
        if (text is null || Bylines.Names(text) is not [var first, ..] || !Bylines.LooksLikeName(first) || InOtherText(element))
        {
            return;
        }

        _candidates.Add(new Candidate(kind, text, order));
    }

    /// <summary>
    /// Whether the element is an hCard (<c>vcard</c>, <c>h-card</c>) inside an entry (<c>hentry</c>, <c>h-entry</c>,
    /// <c>&lt;article&gt;</c>): the card of its author, whose <c>fn</c> or <c>p-name</c> is the name. A card elsewhere
    /// describes whatever the page is about (an encyclopedia's infobox of a company), not who wrote it.
    /// </summary>
    private static bool IsCard(IElement element)
    {
        if (element.ClassName is not { Length: >= 5 } name || !(name.Contains("vcard", StringComparison.Ordinal) || name.Contains("h-card", StringComparison.Ordinal))
            || element.TagName is "TABLE" or "TBODY" or "TR" or "TD" or "TH")
        {
            return false;
        }

        return InEntry(element);
    }

    /// <summary>
    /// Whether the element stands inside an entry (<c>hentry</c>, <c>h-entry</c>, <c>&lt;article&gt;</c>): only there do
    /// the microformat classes of an author (<c>vcard</c>) or a date (<c>published</c>) describe the text. Outside one,
    /// they describe whatever the page is about (an infobox's release date, a company's card).
    /// </summary>
    internal static bool InEntry(IElement element)
    {
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.TagName == "ARTICLE" || (ancestor.ClassName is { } c && (c.Contains("hentry", StringComparison.Ordinal) || c.Contains("h-entry", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsStructured(IElement element)
        => MicrodataItems.HasProperty(element, "author") || MicrodataItems.HasProperty(element, "creator")
            || string.Equals(element.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether an <c>&lt;address&gt;</c> stands in the page's footer, outside any article: there it gives the contact of
    /// the site or its owner (a postal address, a newsroom), not of the text's author.
    /// </summary>
    private static bool InPageFooter(IElement element)
    {
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            switch (ancestor.TagName)
            {
                case "ARTICLE":
                    return false;
                case "FOOTER":
                    return !InEntry(ancestor);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the element stands in comments, navigation, a list of other stories, a figure's caption or a quotation,
    /// whose bylines and dates are not the article's (a caption's credit and date are the photograph's, an embedded
    /// post's its writer's).
    /// An <c>&lt;aside&gt;</c> inside an <c>&lt;article&gt;</c> is the article's own (its meta block); the body's and
    /// wrappers' classes describe the layout ("sidebar-primary", "content-sidebar-wrap"), not the element.
    /// </summary>
    internal static bool InOtherText(IElement element)
    {
        var aside = false;
        for (var ancestor = element.ParentElement; ancestor is not null && ancestor.TagName is not ("BODY" or "HTML"); ancestor = ancestor.ParentElement)
        {
            switch (ancestor.TagName)
            {
                case "NAV" or "MENU" or "FIGCAPTION" or "BLOCKQUOTE":
                    return true;
                case "ASIDE":
                    aside = true;
                    break;
                case "ARTICLE":
                    aside = false;
                    break;
            }

            if (IsOtherTextName(ancestor.ClassName) || IsOtherTextName(ancestor.Id))
            {
                return true;
            }
        }

        return aside;
    }

    private static bool IsOtherTextName(string? name) => name is { Length: > 0 } && OtherTextName().IsMatch(name) && !WrapperName().IsMatch(name);

    /// <summary>Whether a link goes to an author's page: a path segment such as <c>/author/</c>, <c>/contributors/</c>, <c>/by/</c>,
    /// <c>/profile/</c> or <c>/autor/</c>, or a profile by handle (<c>/@name</c>).</summary>
    private static bool IsAuthorPage(string? href) => href is { Length: > 8 } && AuthorPath().IsMatch(href);

    [GeneratedRegex(@"comment|related|recommend|sidebar|teaser|promo|more-?stories|most-?read|trending|popular|nav\b|menu", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherTextName();

    [GeneratedRegex(@"wrap|container|layout|column|content|main|body|article|story|entry|page", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrapperName();

    // A profile addressed by handle ("/@ilsemarr", as blogging platforms write it) is an author's page too.
    [GeneratedRegex(@"/(?:authors?|writers?|contributors?|journalists?|columnists?|byline|staff|by|people|profiles?|reporters?|autor(?:en)?|autore|auteurs?)/[^/?#]|/@[\w.-]+/?(?:$|[?#])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorPath();

    private readonly record struct Candidate(Kind Kind, string Text, int Order);
}
