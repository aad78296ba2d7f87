using System.Globalization;
using AngleSharp.Dom;

namespace Ingest.Readers.Html.Metadata;

/// <summary>
/// The places in a page's markup that state when it was published, gathered in one walk and ranked afterwards:
/// an element marked <c>itemprop="datePublished"</c> (microdata) or <c>dt-published</c>/<c>published</c> (microformats,
/// hAtom), then a <c>&lt;time pubdate&gt;</c>, then the
/// <c>&lt;time datetime&gt;</c> nearest the headline (the article's header), then the first <c>&lt;time datetime&gt;</c>.
/// Times in comments, navigation or lists of other stories are not the article's.
/// </summary>
internal sealed class DateCandidates
{
    // How many <time> elements are kept at most: the article's own stands near the top or beside the headline.
    private const int MaxTimes = 32;

    // A date written out in text has at most a few elements inside (a day, a month, a time of day).
    private const int MaxDateChildren = 4;

    // Elements (in document order) before and after the headline within which a time is the article's header.
    private const int NearBefore = 40;
    private const int NearAfter = 120;

    private readonly List<(string Value, int Order)> _times = new();
    private string? _marked;
    private string? _pubdate;

    /// <summary>The value of the first element marked <c>itemprop="datePublished"</c> that is not a meta tag, or <see langword="null"/>.</summary>
    public string? Marked => _marked;

    /// <summary>
    /// Whether an element other than <c>&lt;time&gt;</c> may state a date: it carries microdata, or a class that
    /// microformats give the published date.
    /// </summary>
    public static bool MayState(IElement element)
        => element.Attributes.Length > 0 && (element.HasAttribute("itemprop") || (element.ClassName is { } name && name.Contains("published", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Looks at one element of the walk, <paramref name="order"/> being its place in document order.</summary>
    public void Consider(IElement element, int order)
    {
        var isTime = element.TagName == "TIME";
        if (!isTime && element.Attributes.Length == 0)
        {
            return;
        }

        var marked = IsMarked(element);
        if (Value(element, isTime, marked) is not { } value)
        {
            return;
        }

        if (_marked is null && marked && !AuthorCandidates.InOtherText(element))
        {
            _marked = value;
        }
        else if (isTime && _pubdate is null && element.HasAttribute("pubdate"))
        {
            _pubdate = value;
        }
        else if (isTime && _times.Count < MaxTimes && !AuthorCandidates.InOtherText(element))
        {
            _times.Add((value, order));
        }
    }

    /// <summary>
    /// Whether the element is marked as the published date: microdata <c>datePublished</c>, the microformats class
    /// <c>dt-published</c> or hAtom's <c>published</c> (which WordPress themes put on the entry's <c>&lt;time&gt;</c>).
    /// </summary>
    private static bool IsMarked(IElement element)
    {
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("datePublished", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return element.ClassList.Contains("dt-published") || element.ClassList.Contains("published");
    }

    /// <summary>
    /// The date an element states: its machine-readable value (<c>datetime</c>, microdata's <c>content</c>, a
    /// <c>&lt;data value&gt;</c>, an hAtom <c>&lt;abbr title&gt;</c>), else, for a <c>&lt;time&gt;</c> or a marked
    /// element, a calendar date in its short text ("March 4, 2021") as ISO 8601.
    /// </summary>
    private static string? Value(IElement element, bool isTime, bool marked)
    {
        var value = element.GetAttribute("datetime") ?? (isTime ? null : element.GetAttribute("content"));
        if (value is null && marked && !isTime)
        {
            value = element.TagName switch
            {
                "DATA" => element.GetAttribute("value"),
                "ABBR" => element.GetAttribute("title"),
                _ => null,
            };
        }

        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        // Only a short element's text can be a date; a marked container's whole text is not read.
        return (isTime || marked) && element.ChildElementCount <= MaxDateChildren ? MetadataDates.FromText(element.TextContent)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The best-ranked date text, or <see langword="null"/>; <paramref name="headlineOrder"/> is the headline's place, -1 if none.</summary>
    public string? Best(int headlineOrder)
    {
        if (_marked is not null || _pubdate is not null)
        {
            return _marked ?? _pubdate;
        }

        string? nearest = null;
        var distance = int.MaxValue;
        if (headlineOrder >= 0)
        {
            foreach (var (value, order) in _times)
            {
                if (order >= headlineOrder - NearBefore && order <= headlineOrder + NearAfter && Math.Abs(order - headlineOrder) < distance)
                {
                    (nearest, distance) = (value, Math.Abs(order - headlineOrder));
                }
            }
        }

        return nearest ?? (_times.Count > 0 ? _times[0].Value : null);
    }
}
