using System.Globalization;
using System.Text;
using AngleSharp.Dom;

namespace Ingest.Readers.Html.Metadata;

/// <summary>
/// The places in a page's markup that state when it was published, gathered in one walk and ranked afterwards:
/// an element marked <c>itemprop="datePublished"</c> (microdata) or <c>dt-published</c>/<c>published</c> (microformats,
/// hAtom), then a <c>&lt;time pubdate&gt;</c>, then the <c>&lt;time&gt;</c> nearest the headline (the article's
/// header), then a date written in a dateline element beside the headline (<c>class="date"</c>, <c>"byline"</c>,
/// <c>"post-meta"</c>), then the first <c>&lt;time&gt;</c>, then a time marked as the last update. Dates in comments,
/// navigation or lists of other stories are not the article's.
/// </summary>
internal sealed class DateCandidates
{
    // How many <time> elements and dateline texts are kept at most: the article's own stands near the top or beside the headline.
    private const int MaxTimes = 32;

    // A date written out in text has at most a few elements inside (a day, a month, a time of day).
    private const int MaxDateChildren = 4;

    // The longest dateline text read ("Posted on Thursday, 4 March 2021 at 08:00 by Ilse Marr | 3 comments").
    private const int MaxDatelineText = 120;

    // The most nodes a dateline element holds: a few spans, links and their texts.
    private const int MaxDatelineNodes = 48;

    // Besides its date, a plain date line holds only labels, a weekday, a time of day and a zone ("Published: Thursday, ...
    // at 8:00 a.m. EST"): the words it may hold. A sentence of the story that opens with a date or a month-like word
    // ("Mayor Ilse Marr resigned on 4 March 2021.", "4 March 2019 — the council votes") holds others.
    private static readonly HashSet<string> DatelineLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "posted", "updated", "modified", "last", "first", "on", "date", "dated", "at", "am", "pm", "a.m", "p.m", "a.m.", "p.m.",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "utc", "gmt", "z", "et", "pt", "ct", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest", "bst", "ist", "aest", "aedt", "jst",
    };

    // What stands between the words of a date line: spaces, punctuation, separators and brackets; a colon only ends a
    // label ("Published:"), as it stands inside a time of day.
    private static readonly char[] LabelSeparators = [' ', ',', ';', '|', '·', '•', '–', '—', '-', '/', '(', ')', '[', ']', '@'];

    // Elements (in document order) before and after the headline within which a time is the article's header.
    private const int NearBefore = 40;
    private const int NearAfter = 120;

    // Words of the class or id of elements that show the article's date in text: "date", "time(stamp)", "byline",
    // "dateline", "posted", "publish(ed)", and the "meta" line under a headline ("entry-meta", "post-meta").
    private static readonly string[] DatelineWords = ["date", "time", "byline", "posted", "publish", "meta"];

    // How a plain date line opens: a month or weekday name, or a label.
    private static readonly string[] DateOpenings =
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "published", "posted", "date",
    ];

    private readonly List<(string Value, int Order)> _times = new();
    private readonly List<(string Value, int Order)> _written = new();
    private string? _marked;
    private string? _pubdate;
    private string? _updated;

    /// <summary>The value of the first element marked as the published date that is not a meta tag, or <see langword="null"/>.</summary>
    public string? Marked => _marked;

    /// <summary>
    /// Whether an element other than <c>&lt;time&gt;</c> may state a date: it carries microdata, or a class or id that
    /// names a date or the line under a headline.
    /// </summary>
    public static bool MayState(IElement element)
        => (element.Attributes.Length > 0 && (element.HasAttribute("itemprop") || IsDatelineName(element.ClassName) || IsDatelineName(element.Id))) || StartsLikeDate(element);

    /// <summary>Looks at one element of the walk, <paramref name="order"/> being its place in document order.</summary>
    public void Consider(IElement element, int order)
    {
        var isTime = element.TagName == "TIME";
        if (!isTime && element.Attributes.Length == 0)
        {
            ConsiderDateline(element, order);
            return;
        }

        var marked = IsMarked(element);
        if (!isTime && !marked && !element.HasAttribute("itemprop") && !element.HasAttribute("datetime"))
        {
            // A microformat date outside an entry belongs to what the page describes (an infobox's release date).
            if (IsMicroformatDate(element))
            {
                return;
            }

            ConsiderDateline(element, order);
            return;
        }

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
            if (!IsUpdate(element))
            {
                _times.Add((value, order));
            }
            else
            {
                // The last change is the date of last resort: a page that states only it was published no later.
                _updated ??= value;
            }
        }
    }

    /// <summary>The best-ranked date text, or <see langword="null"/>; <paramref name="headlineOrder"/> is the headline's place, -1 if none.</summary>
    public string? Best(int headlineOrder)
    {
        if (_marked is not null || _pubdate is not null)
        {
            return _marked ?? _pubdate;
        }

        return Nearest(_times, headlineOrder) ?? Nearest(_written, headlineOrder) ?? (_times.Count > 0 ? _times[0].Value : _updated);
    }

    private static string? Nearest(List<(string Value, int Order)> dates, int headlineOrder)
    {
        string? nearest = null;
        var distance = int.MaxValue;
        if (headlineOrder >= 0)
        {
            foreach (var (value, order) in dates)
            {
                if (order >= headlineOrder - NearBefore && order <= headlineOrder + NearAfter && Math.Abs(order - headlineOrder) < distance)
                {
                    (nearest, distance) = (value, Math.Abs(order - headlineOrder));
                }
            }
        }

        return nearest;
    }

    private static bool IsDatelineName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var word in DatelineWords)
        {
            if (name.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the element is marked as the published date: microdata <c>datePublished</c>, the microformats class
    /// <c>dt-published</c> or hAtom's <c>published</c> (which WordPress themes put on the entry's <c>&lt;time&gt;</c>)
    /// inside an entry.
    /// </summary>
    private static bool IsMarked(IElement element)
    {
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("datePublished", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IsMicroformatDate(element) && AuthorCandidates.InEntry(element);
    }

    /// <summary>
    /// Whether a time states when the article was changed, not published: marked <c>itemprop="dateModified"</c> or with
    /// a class that says so (hAtom's <c>updated</c>, <c>modified</c>, <c>dt-updated</c>) and not also <c>published</c>.
    /// </summary>
    private static bool IsUpdate(IElement element)
    {
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("dateModified", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return element.ClassName is { } name && (name.Contains("updated", StringComparison.OrdinalIgnoreCase) || name.Contains("modified", StringComparison.OrdinalIgnoreCase))
            && !name.Contains("published", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsMicroformatDate(IElement element) => element.ClassList.Contains("dt-published") || element.ClassList.Contains("published");

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

        // A datetime that holds only a clock time ("08:00") leaves the date to the text beside it.
        if (!string.IsNullOrWhiteSpace(value) && MetadataDates.Parse(value) is not null)
        {
            return value;
        }

        // Only a short element's text can be a date; a marked container's whole text is not read.
        return (isTime || marked) && element.ChildElementCount <= MaxDateChildren ? Iso(MetadataDates.FromText(ShortText(element))) : null;
    }

    /// <summary>Notes the date written in a dateline element's short text ("By Ilse Marr | March 4, 2021").</summary>
    /// <remarks>
    /// An element that no class or id names a dateline counts when its text is mostly the date ("March 4, 2021",
    /// "Published: 4 March 2021, 08:00"), as a plain line under a headline shows it.
    /// </remarks>
    private void ConsiderDateline(IElement element, int order)
    {
        if (_written.Count >= MaxTimes || ShortText(element) is not { } text || MetadataDates.FromText(text, out var index, out var length) is not { } date)
        {
            return;
        }

        var named = IsDatelineName(element.ClassName) || IsDatelineName(element.Id);
        var rest = text[..index] + " " + text[(index + length)..];
        if ((!named && !IsOnlyLabels(rest)) || AuthorCandidates.InOtherText(element))
        {
            return;
        }

        // "Updated" contains "date": a line marked or labelled as the last change goes with the updated times.
        if (IsUpdate(element) || (!named && IsUpdateLabel(rest)))
        {
            _updated ??= Iso(date);
        }
        else
        {
            _written.Add((Iso(date)!, order));
        }
    }

    /// <summary>Whether the text beside a date is only labels, a weekday, a time of day, a zone and separators.</summary>
    private static bool IsOnlyLabels(string rest)
    {
        foreach (var word in rest.Split(LabelSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var token = word.TrimEnd(':');
            if (token.Length > 0 && !DatelineLabels.Contains(token) && !IsClockTime(token) && !IsZoneOffset(token))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUpdateLabel(string rest)
        => (rest.Contains("updated", StringComparison.OrdinalIgnoreCase) || rest.Contains("modified", StringComparison.OrdinalIgnoreCase))
            && !rest.Contains("published", StringComparison.OrdinalIgnoreCase) && !rest.Contains("posted", StringComparison.OrdinalIgnoreCase);

    // "8:00", "08.00", "8:00:30", "8:00am", "8am".
    private static bool IsClockTime(string token)
    {
        var t = token.EndsWith("am", StringComparison.OrdinalIgnoreCase) || token.EndsWith("pm", StringComparison.OrdinalIgnoreCase) ? token[..^2] : token;
        if (t.Length is 0 or > 8 || !char.IsAsciiDigit(t[0]))
        {
            return false;
        }

        var digits = 0;
        foreach (var c in t)
        {
            if (char.IsAsciiDigit(c))
            {
                if (++digits > 2)
                {
                    return false;
                }
            }
            else if (c is ':' or '.' && digits > 0)
            {
                digits = 0;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && (t.Length <= 2 ? t.Length != token.Length : t.Contains(':', StringComparison.Ordinal) || t.Contains('.', StringComparison.Ordinal));
    }

    // "+0100", "-05:00", "UTC+1".
    private static bool IsZoneOffset(string token)
    {
        var t = token.StartsWith("utc", StringComparison.OrdinalIgnoreCase) || token.StartsWith("gmt", StringComparison.OrdinalIgnoreCase) ? token[3..] : token;
        return t.Length is >= 2 and <= 6 && t[0] is '+' or '-' && t.Skip(1).All(c => char.IsAsciiDigit(c) || c == ':');
    }

    /// <summary>
    /// Whether the element's first text opens as a date line does: a digit, a month or weekday name, or a
    /// "Published"/"Posted"/"Date" label. One look at the first letters, so most elements cost nothing.
    /// </summary>
    private static bool StartsLikeDate(IElement element)
    {
        // A date in a table cell or a list item is data of the story (a timetable, a chronology), not its date line.
        if (element.FirstChild is not IText first || element.TagName is "SCRIPT" or "STYLE" or "TITLE" or "OPTION" or "TEXTAREA" or "TD" or "TH" or "LI" or "DT" or "DD")
        {
            return false;
        }

        var text = first.Data.AsSpan().TrimStart();
        if (text.Length < 4)
        {
            return false;
        }

        if (char.IsAsciiDigit(text[0]))
        {
            return true;
        }

        foreach (var opening in DateOpenings)
        {
            if (text.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The element's text when it is at most <see cref="MaxDatelineText"/> characters, else <see langword="null"/>; it
    /// stops reading at the limit, so a large container named "meta" or "timeline" costs no more than a short one.
    /// </summary>
    private static string? ShortText(IElement element)
    {
        var text = new StringBuilder();
        var nodes = 0;
        foreach (var node in element.GetDescendants())
        {
            if (++nodes > MaxDatelineNodes)
            {
                return null;
            }

            if (node is IText t)
            {
                if (text.Length + t.Data.Length > MaxDatelineText * 4)
                {
                    return null;
                }

                text.Append(t.Data);
            }
        }

        var collapsed = string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length <= MaxDatelineText ? collapsed : null;
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
