using AngleSharp.Dom;
using Ingest.Readers.Html.Parsing;
using Ingest.Readers.Html.Structure;

namespace Ingest.Readers.Html.Metadata;

/// <summary>
/// What one walk over a page's elements gathers for its metadata: the meta tags, the JSON-LD scripts, the
/// <c>&lt;title&gt;</c>, the <c>&lt;h1&gt;</c> and <c>&lt;h2&gt;</c> headings, the <c>&lt;base&gt;</c> and canonical
/// link, and the author and date candidates of the markup.
/// </summary>
internal sealed class PageScan
{
    // At most this many <h1> (and <h2>) elements are kept to find the headline among them.
    private const int MaxHeadlines = 16;

    /// <summary>The page's meta tags.</summary>
    public MetaTags Meta { get; } = new();

    /// <summary>The texts of the JSON-LD scripts, in document order.</summary>
    public List<string> JsonLd { get; } = new();

    /// <summary>The author candidates of the markup (bylines, name elements).</summary>
    public AuthorCandidates Authors { get; } = new();

    /// <summary>The date candidates of the markup (<c>&lt;time&gt;</c>, marked dates, date lines).</summary>
    public DateCandidates Dates { get; } = new();

    /// <summary>The rendered <c>&lt;h1&gt;</c> elements with their places in document order, at most <see cref="MaxHeadlines"/>.</summary>
    public List<(IElement Element, int Order)> H1s { get; } = new();

    /// <summary>The rendered <c>&lt;h2&gt;</c> elements with their places in document order, at most <see cref="MaxHeadlines"/>.</summary>
    public List<(IElement Element, int Order)> H2s { get; } = new();

    /// <summary>The first <c>&lt;title&gt;</c>, or <see langword="null"/>.</summary>
    public IElement? TitleElement { get; private set; }

    /// <summary>The first rendered <c>&lt;h1&gt;</c>, or <see langword="null"/>.</summary>
    public IElement? FirstH1 { get; private set; }

    /// <summary>How many rendered <c>&lt;h1&gt;</c> elements the page has.</summary>
    public int H1Count { get; private set; }

    /// <summary>The first <c>&lt;base href&gt;</c>, or <see langword="null"/>.</summary>
    public string? BaseHref { get; private set; }

    /// <summary>The first canonical link's address, or <see langword="null"/>.</summary>
    public string? Canonical { get; private set; }

    /// <summary>Walks <paramref name="document"/> once and gathers what its metadata is read from.</summary>
    public static PageScan Walk(IDocument document, CancellationToken cancellationToken)
    {
        var scan = new PageScan();
        var order = -1;
        foreach (var element in ElementWalker.Descendants(document, cancellationToken))
        {
            scan.Consider(element, ++order);
        }

        return scan;
    }

    private void Consider(IElement element, int order)
    {
        switch (element.TagName)
        {
            case "META":
                Meta.Read(element);
                break;
            case "SCRIPT":
                // The type may carry parameters ("application/ld+json; charset=utf-8").
                if (element.GetAttribute("type")?.Trim().StartsWith("application/ld+json", StringComparison.OrdinalIgnoreCase) == true)
                {
                    JsonLd.Add(element.TextContent);
                }

                break;
            case "TITLE":
                TitleElement ??= element;
                break;
            case "BASE":
                BaseHref ??= element.GetAttribute("href");
                break;
            case "LINK":
                if (Canonical is null && string.Equals(element.GetAttribute("rel")?.Trim(), "canonical", StringComparison.OrdinalIgnoreCase))
                {
                    Canonical = element.GetAttribute("href");
                }

                break;
            case "H1":
                if (!HtmlTags.IsNeverRendered(element))
                {
                    FirstH1 ??= element;
                    H1Count++;
                    Authors.Headline(order);
                    if (H1s.Count < MaxHeadlines)
                    {
                        H1s.Add((element, order));
                    }
                }

                break;
            case "H2":
                // Some pages set the headline in an <h2> (the <h1> being the logo, or absent).
                if (H2s.Count < MaxHeadlines && !HtmlTags.IsNeverRendered(element))
                {
                    H2s.Add((element, order));
                    Authors.Heading(order);
                }

                ConsiderText(element, order);
                break;
            case "TIME":
                Dates.Consider(element, order);
                break;
            default:
                ConsiderText(element, order);
                break;
        }
    }

    private void ConsiderText(IElement element, int order)
    {
        Authors.Consider(element, order);
        if (DateCandidates.MayState(element))
        {
            Dates.Consider(element, order);
        }
    }
}
