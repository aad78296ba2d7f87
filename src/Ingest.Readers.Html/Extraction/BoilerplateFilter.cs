using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Ingest.Readers.Html.Metadata;
using Ingest.Readers.Html.Parsing;
using Ingest.Readers.Html.Structure;

namespace Ingest.Readers.Html.Extraction;

/// <summary>
/// Decides, inside the chosen article, which containers are boilerplate: furniture set aside before scoring, bylines,
/// share and tag widgets, link lists, teaser lists, sign-up forms. Paragraphs are kept, however short, unless they are
/// mostly one link ("Read more: ...").
/// </summary>
internal sealed partial class BoilerplateFilter
{
    // A linked headline has a few words at least; related-story blocks hold a handful of teasers.
    private const int MinHeadlineWords = 4;
    private const int MaxTeasers = 8;

    // A call to action is a line or two: "Get the briefing in your inbox. Sign up".
    private const int MaxCallToAction = 300;

    // An ad's label is a few words: "Advertisement", "Story continues below advertisement".
    private const int MaxAdLabel = 60;

    // A byline or date line is a line: "By Ilse Marr, Political Editor, and Tomas Berg | Published 5 March 2024".
    private const int MaxHeaderLine = 160;

    private readonly PageAnalysis _analysis;

    public BoilerplateFilter(PageAnalysis analysis) => _analysis = analysis;

    /// <summary>Whether <paramref name="element"/> is left out of the article text.</summary>
    public bool IsBoilerplate(IElement element)
    {
        var stats = _analysis.Get(element);
        if (stats is null)
        {
            return false;
        }

        if (stats.IsUnlikely)
        {
            return true;
        }

        var tag = element.TagName;

        if (tag == "P")
        {
            return IsLinkLine(stats) || IsCallToAction(stats) || IsAdLabel(stats) || IsHeaderLine(stats) || IsCopyrightLine(stats) || IsTaxonomyLine(stats);
        }

        if (tag is "PRE" or "BLOCKQUOTE" or "A" or "LI" or "TD" or "TH" or "TR" or "TBODY" or "THEAD")
        {
            return false;
        }

        if (stats.TextLength < 200 && ClassHints.IsByline(element) && stats.Paragraphs == 0)
        {
            return true;
        }

        // A span is a line of its own only set straight in a block of the layout; in a list item or a cell it flows in the item's text.
        if ((tag is "DIV" or "HEADER" or "SECTION" || (tag == "SPAN" && element.ParentElement?.TagName is "DIV" or "HEADER" or "SECTION" or "ARTICLE"))
            && !stats.InParagraph && stats.Paragraphs == 0 && stats.Headings == 0 && (IsHeaderLine(stats) || IsTaxonomyLine(stats)))
        {
            return true;
        }

        // A span inside a paragraph or caption flows in its sentences ("(<span><a>Artist: Ilse Marr</a></span>)"): the paragraph is judged whole.
        if (tag == "SPAN" && stats.InParagraph)
        {
            return false;
        }

        if (tag is "H1" or "H2" or "H3" or "H4" or "H5" or "H6")
        {
            return (ClassHints.ScoreWeight(element) < 0 && stats.LinkDensity > 0.5) || HeadsOnlyFurniture(element);
        }

        if (tag == "FIGURE" && stats.TextLength > 0)
        {
            return IsOtherFigure(stats);
        }

        if (tag is not ("DIV" or "SECTION" or "UL" or "OL" or "DL" or "TABLE" or "FORM" or "FIELDSET" or "HEADER" or "FIGURE" or "SPAN" or "ARTICLE" or "CENTER"))
        {
            return false;
        }

        return IsConditionallyBoilerplate(stats);
    }

    private static bool IsConditionallyBoilerplate(ElementStats stats)
    {
        var element = stats.Element;
        var weight = ClassHints.ScoreWeight(element);
        var text = stats.TextLength;
        var paragraphs = stats.Paragraphs;
        var density = stats.LinkDensity;
        var isList = element.TagName is "UL" or "OL" or "DL";

        // Notes the text refers to ("[4]" linking to the fourth reference) are the text's own, whatever their container is called.
        if (stats.NoteItems > 0 && stats.NoteItems * 2 >= stats.ListItems)
        {
            return false;
        }

        // Much running prose (many commas, several paragraphs) is article, whatever the container is called.
        if (stats.Commas >= 10 && paragraphs >= 2 && density < 0.5)
        {
            return false;
        }

        if (weight < 0 && paragraphs < 3)
        {
            return true;
        }

        if (stats.Inputs > 0 && stats.Inputs * 3 > paragraphs)
        {
            return true;
        }

        if (text == 0)
        {
            return stats.Images == 0 && element.TagName != "FIGURE";
        }

        if (isList)
        {
            // Lists of links (related stories, tags) are furniture; lists of prose are content.
            return (density > 0.5 && stats.Commas < 5) || IsTeaserList(stats);
        }

        if (paragraphs == 0 && stats.Headings == 0 && density > 0.5)
        {
            return true;
        }

        if (weight < ClassHints.Weight && density > 0.33 && stats.Commas < 5 && paragraphs < 2 && text < 1000 && stats.Headings == 0)
        {
            return true;
        }

        // Lists of headlines: many items or headings, little prose.
        return (paragraphs == 0 && stats.ListItems > 3 && density > 0.25) || IsTeaserList(stats);
    }

    /// <summary>
    /// Whether a heading labels only other stories that are left out ("Recommended for you" over a list of linked
    /// headlines, "More on this story" over link lines): every block after it, up to the next heading, is furniture made
    /// mostly of links with a headline's words, so the label alone would stand in the text. A heading over a section of
    /// prose, a table, an image or a row of one-word tabs keeps it.
    /// </summary>
    private bool HeadsOnlyFurniture(IElement heading)
    {
        var blocks = 0;
        for (var node = heading.NextSibling; node is not null; node = node.NextSibling)
        {
            if (node is IText text)
            {
                if (!string.IsNullOrWhiteSpace(text.Data))
                {
                    return false;
                }

                continue;
            }

            if (node is not IElement next || HtmlTags.IsNeverRendered(next))
            {
                continue;
            }

            if (next.TagName is "H1" or "H2" or "H3" or "H4" or "H5" or "H6" || ++blocks > MaxTeasers || !IsHeadlineLinks(next) || !IsBoilerplate(next))
            {
                return blocks > 0 && next.TagName is "H1" or "H2" or "H3" or "H4" or "H5" or "H6";
            }
        }

        return blocks > 0;
    }

    /// <summary>Whether the element is mostly links and one of them reads as a headline (a few words at least).</summary>
    private bool IsHeadlineLinks(IElement element)
    {
        if (_analysis.Get(element) is not { LinkDensity: > 0.5 })
        {
            return false;
        }

        foreach (var link in Selectors.Descendants(element, Selectors.Links))
        {
            if (link.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= MinHeadlineWords)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A figure with text (its caption, its credit) inside the article is the article's illustration: its class names
    /// describe the media ("media", "photo", "lede"), so they weigh nothing against it, and a credit may be a link
    /// ("Photo by <a>Ilse Marr</a>"). It is another page's only when it reads as one: a teaser linked more than half, or a
    /// class that names furniture ("related", "promo", "sponsored").
    /// </summary>
    private static bool IsOtherFigure(ElementStats stats)
        => stats.LinkDensity > 0.5 || ClassHints.HasFurnitureName(stats.Element);

    /// <summary>
    /// A short paragraph that is mostly a linked headline ("Read more: Other story", "See also ..."): a pointer to
    /// another page, not prose. A link inside a sentence leaves most of the paragraph unlinked, and a bare one-word
    /// link ("link", "PDF") is no headline; both are kept.
    /// </summary>
    private static bool IsLinkLine(ElementStats stats)
    {
        if (stats.TextLength is 0 or >= 160 || stats.LinkDensity < 0.6 || stats.Commas > 0)
        {
            return false;
        }

        foreach (var link in Selectors.Descendants(stats.Element, Selectors.Links))
        {
            if (link.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= MinHeadlineWords)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A line of the article's header rather than of its story, wherever the page set it: a byline ("By Ilse Marr and
    /// Tomas Berg", a paragraph classed <c>byline</c> or <c>author</c>) or a date line ("Published 5 March 2024",
    /// "Ilse Marr | March 5, 2024"). A sentence that opens with "By" or a date holds other words, so it stays.
    /// </summary>
    private bool IsHeaderLine(ElementStats stats)
    {
        if (stats.TextLength is 0 or >= MaxHeaderLine || stats.InParagraph)
        {
            return false;
        }

        var element = stats.Element;
        if (ClassHints.IsByline(element) || Bylines.ByLineName(element) is not null)
        {
            return true;
        }

        // A byline set in bold or italics ("<p><strong>By Ilse Marr</strong></p>"): the one element inside holds the line.
        if (element.FirstChild is IElement && element.ChildElementCount == 1 && element.FirstElementChild is { } only
            && Bylines.ByLineName(only) is not null && _analysis.Get(only) is { } onlyStats && onlyStats.TextLength == stats.TextLength)
        {
            return true;
        }

        // A date line holds a year, so a line without four digits in a row costs no copy of its text and no date search.
        return HasYearDigits(element) && DateCandidates.ShortText(element) is { } text && DatelineText.IsHeaderLine(text);
    }

    /// <summary>Whether four digits in a row (a year) stand in one of the element's texts, read in place.</summary>
    private static bool HasYearDigits(IElement element)
    {
        foreach (var node in element.GetDescendants())
        {
            if (node is not IText text)
            {
                continue;
            }

            var run = 0;
            foreach (var c in text.Data)
            {
                run = char.IsAsciiDigit(c) ? run + 1 : 0;
                if (run == 4)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The element's first text that is not white space, or an empty span.</summary>
    private static ReadOnlySpan<char> FirstText(IElement element)
    {
        foreach (var node in element.GetDescendants())
        {
            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return text.Data.AsSpan().TrimStart();
            }
        }

        return default;
    }

    /// <summary>
    /// A line that files the story under its topics: a label and a colon, then only links to the site's listing pages
    /// (a <c>/tag/</c>, <c>/topics/</c> or <c>/category/</c> path, as publishing systems address them) and the marks
    /// between them ("Tags: Council, Fishing, Harbour", "Filed under: News | Local"). A sentence with a link has unlinked
    /// words after the colon; a list of files or sources links elsewhere.
    /// </summary>
    private static bool IsTaxonomyLine(ElementStats stats)
    {
        if (stats.TextLength is 0 or >= MaxCallToAction || stats.LinkTextLength * 3 < stats.TextLength)
        {
            return false;
        }

        var unlinked = new StringBuilder();
        foreach (var node in stats.Element.GetDescendants())
        {
            if (node is IText text && !InLinkText(text, stats.Element))
            {
                unlinked.Append(text.Data);
            }
            else if (node is IElement { TagName: "A" } link && !(link.GetAttribute("href") is { } href && TaxonomyPath().IsMatch(href)))
            {
                // A link to a file or another page ("Source files: blanket.js, mocha-blanket.js") is the text's own.
                return false;
            }
        }

        return TaxonomyLabel().IsMatch(unlinked.ToString());
    }

    /// <summary>Whether a text node stands inside a link below <paramref name="container"/>.</summary>
    private static bool InLinkText(INode node, IElement container)
    {
        for (var ancestor = node.ParentElement; ancestor is not null && ancestor != container; ancestor = ancestor.ParentElement)
        {
            if (ancestor.TagName == "A")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The publisher's copyright notice set under the story ("© 2024 The Harbour Times. All rights reserved."): a short
    /// paragraph that opens with the copyright sign, or with "Copyright" and then the sign or a year.
    /// </summary>
    private static bool IsCopyrightLine(ElementStats stats)
        => stats.TextLength is > 0 and < MaxCallToAction && FirstText(stats.Element) is { Length: > 0 } first
            && (first[0] == '©' || (first[0] is 'C' or 'c' or '(' && CopyrightOpening().IsMatch(stats.Element.TextContent)));

    /// <summary>
    /// A short paragraph with a link whose class or id names a sign-up or promotion ("newsletter-cta", "subscribe-prompt"):
    /// an invitation set into the story, not prose. A paragraph's class otherwise says little, so only these words count.
    /// </summary>
    private static bool IsCallToAction(ElementStats stats)
    {
        if (stats.TextLength is 0 or >= MaxCallToAction || stats.LinkTextLength == 0)
        {
            return false;
        }

        var element = stats.Element;
        if ((element.ClassName is { Length: > 0 } c && CallToActionName().IsMatch(c)) || (element.Id is { Length: > 0 } id && CallToActionName().IsMatch(id)))
        {
            return true;
        }

        // A link to the sign-up page that makes a third of the line ("<a href=/subscribe>Subscribe to the Harbour Times</a>
        // from 1 euro a week") is the invitation itself; a sentence that only mentions the newsletter links a word or two.
        if (stats.LinkTextLength * 3 < stats.TextLength)
        {
            return false;
        }

        foreach (var link in Selectors.Descendants(element, Selectors.Links))
        {
            if (link.GetAttribute("href") is { Length: > 0 } href && SignUpTarget().IsMatch(href))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A short paragraph whose class or id names an advertisement ("ad-label", "advert-notice"): the "Advertisement"
    /// line that stands over an ad slot inside the story, not prose.
    /// </summary>
    private static bool IsAdLabel(ElementStats stats)
    {
        if (stats.TextLength is 0 or > MaxAdLabel)
        {
            return false;
        }

        var element = stats.Element;
        return (element.ClassName is { Length: > 0 } c && AdName().IsMatch(c)) || (element.Id is { Length: > 0 } id && AdName().IsMatch(id));
    }

    /// <summary>
    /// Teasers of other stories: two or more headings that are all links (headlines of other pages), each with little
    /// prose under it. An article's own section headings are not links and have paragraphs of prose below them.
    /// </summary>
    private static bool IsTeaserList(ElementStats stats)
    {
        // A page of many teasers is itself a listing (a front page); there they are the content.
        if (stats.Headings is < 2 or > MaxTeasers || stats.TextLength > stats.Headings * 300 || stats.Commas > stats.Headings)
        {
            return false;
        }

        var linkedHeadings = 0;
        var first = true;
        foreach (var heading in Selectors.Descendants(stats.Element, Selectors.SectionHeadings))
        {
            var text = heading.TextContent.Trim().Length;
            var linked = InLink(heading, stats.Element) ? text : Selectors.Descendants(heading, Selectors.Links).Sum(a => a.TextContent.Trim().Length);
            if (text == 0 || linked * 10 < text * 8)
            {
                // The block's own label ("More from the coast") may head the teasers unlinked.
                if (!first)
                {
                    return false;
                }
            }
            else
            {
                linkedHeadings++;
            }

            first = false;
        }

        return linkedHeadings >= 2;
    }

    /// <summary>Whether the heading stands inside a link below <paramref name="container"/>: a teaser card linked whole.</summary>
    private static bool InLink(IElement heading, IElement container)
    {
        for (var ancestor = heading.ParentElement; ancestor is not null && ancestor != container; ancestor = ancestor.ParentElement)
        {
            if (ancestor.TagName == "A" && ancestor.HasAttribute("href"))
            {
                return true;
            }
        }

        return false;
    }

    // The path of a sign-up page: a segment that is the word ("/subscribe", "/newsletters/daily", "/signup?src=story");
    // a slug that opens with it ("/membership-rules", "/donate-blood-shortage") is an article.
    [GeneratedRegex(@"/(?:subscribe|subscriptions?|newsletters?|sign-?up|membership|donate)(?=$|[/?#.])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignUpTarget();

    // The listing page of a topic: a path segment that names tags, topics, categories or keywords (not sections or
    // subjects, which many sites put in their article addresses).
    [GeneratedRegex(@"/(?:tags?|topics?|categor(?:y|ies)|keywords?|themen|thema|schlagworte?|etiquetas?|temas?|sujets?)/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TaxonomyPath();

    // "Tags:", "Filed under:", "Topics :" and the commas, bars and bullets left between the links.
    [GeneratedRegex(@"^\s*\p{L}[\p{L} ]{0,29}:[\s,;|·•/]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TaxonomyLabel();

    // The sign, "Copyright" with it, or "Copyright" and a year in a line that is no sentence (no closing period) unless it
    // reserves rights: "(c) 2019 amendments apply." and "Copyright 2024 figures show ... readers." open sentences.
    [GeneratedRegex(@"^\s*(?:©|copyright\s*(?:©|\(c\))|copyright\s*\d{4}(?:[^.!?]*$|.*rights reserved))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightOpening();

    [GeneratedRegex(@"-ad-|\bads?\b|\bad-|advert", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdName();

    // Whole words of a class or id ("newsletter-cta", "subscribe-prompt", "promo"), not words that only contain them:
    // "subscriber-only", "sponsored-article__text" and "promoted-story" mark the story's own paragraphs.
    [GeneratedRegex(@"(?<![a-z])(?:newsletters?|subscribe|sign-?up|cta|promo)(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallToActionName();
}
