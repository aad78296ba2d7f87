using AngleSharp.Dom;

namespace Ingest.Readers.Html.Metadata;

/// <summary>
/// The places in a page's markup that state when it was published, gathered in one walk and ranked afterwards:
/// an element marked <c>itemprop="datePublished"</c> (microdata), then a <c>&lt;time pubdate&gt;</c>, then the
/// <c>&lt;time datetime&gt;</c> nearest the headline (the article's header), then the first <c>&lt;time datetime&gt;</c>.
/// Times in comments, navigation or lists of other stories are not the article's.
/// </summary>
internal sealed class DateCandidates
{
    // How many <time> elements are kept at most: the article's own stands near the top or beside the headline.
    private const int MaxTimes = 32;

    // Elements (in document order) before and after the headline within which a time is the article's header.
    private const int NearBefore = 40;
    private const int NearAfter = 120;

    private readonly List<(string Value, int Order)> _times = new();
    private string? _marked;
    private string? _pubdate;

    /// <summary>The value of the first element marked <c>itemprop="datePublished"</c> that is not a meta tag, or <see langword="null"/>.</summary>
    public string? Marked => _marked;

    /// <summary>Looks at one element of the walk, <paramref name="order"/> being its place in document order.</summary>
    public void Consider(IElement element, int order)
    {
        var isTime = element.TagName == "TIME";
        if (!isTime && element.Attributes.Length == 0)
        {
            return;
        }

        var value = element.GetAttribute("datetime") ?? (isTime ? null : element.GetAttribute("content"));
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (_marked is null && element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("datePublished", StringComparison.OrdinalIgnoreCase))
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
