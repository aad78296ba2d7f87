using System.Globalization;
using System.Text;
using AngleSharp.Dom;

namespace Ingest.Readers.Html.Metadata;

/// <summary>
/// The places in a page's markup that state when it was published, gathered in one walk and ranked afterwards:
/// an element marked <c>itemprop="datePublished"</c> (microdata) or <c>dt-published</c>/<c>published</c> (microformats,
/// hAtom), then a <c>&lt;time pubdate&gt;</c>, then the <c>&lt;time&gt;</c> nearest the headline (the article's
/// header), then a date written in a dateline element beside the headline (<c>class="date"</c>, <c>"byline"</c>,
/// <c>"post-meta"</c>), then the first <c>&lt;time&gt;</c>; a time marked as the last update is kept apart (<see cref="Updated"/>). Dates in comments,
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

    // Elements (in document order) before and after the headline within which a time is the article's header.
    private const int NearBefore = 40;
    private const int NearAfter = 120;

    // Words of the class or id of elements that show the article's date in text: "date", "time(stamp)", "byline",
    // "dateline", "posted", "publish(ed)", and the "meta" line under a headline ("entry-meta", "post-meta").
    private static readonly string[] DatelineWords = ["date", "time", "byline", "posted", "publish", "meta"];

    // How a plain date line opens: a month or weekday name, or a label (in English or a language whose months ForeignDates reads).
    private static readonly string[] DateOpenings =
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "published", "posted", "date", "updated", "last updated",
        "veröffentlicht", "erschienen", "aktualisiert", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "publi", "mis à jour", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "actualizado", "atualizado", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "segunda", "terça", "quarta", "quinta", "sexta",
        "pubbl", "aggiornato", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "gepubl", "bijgewerkt", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    ];

    // The openings by their first letter, so that an element's first text is compared with a few of them only.
    private static readonly Dictionary<char, string[]> OpeningsByInitial = DateOpenings.GroupBy(o => o[0]).ToDictionary(g => g.Key, g => g.ToArray());

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
        => (element.Attributes.Length > 0 && (element.HasAttribute("itemprop") || IsDatelineName(element)))
            || StartsLikeDate(element) || Bylines.ByLineName(element) is not null;

    /// <summary>Whether the element's class or id names a date or the line under a headline ("date", "timestamp", "entry-meta").</summary>
    public static bool IsDatelineName(IElement element) => IsDatelineName(element.ClassName) || IsDatelineName(element.Id);

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

    /// <summary>
    /// The first time or date line marked or labelled as the last change: the date of last resort, after even the
    /// address's date, since a page that states only it was published no later.
    /// </summary>
    public string? Updated => _updated;

    /// <summary>The best-ranked date text, or <see langword="null"/>; <paramref name="headlineOrder"/> is the headline's place, -1 if none.</summary>
    public string? Best(int headlineOrder)
    {
        if (_marked is not null || _pubdate is not null)
        {
            return _marked ?? _pubdate;
        }

        return Nearest(_times, headlineOrder) ?? Nearest(_written, headlineOrder) ?? (_times.Count > 0 ? _times[0].Value : null);
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
        if (_written.Count >= MaxTimes || ShortText(element) is not { } text || DatelineText.Choose(text) is not { } chosen)
        {
            return;
        }

        // A byline that states the date ("Written by Ilse Marr on March 5, 2024") is the header's date line too.
        var named = IsDatelineName(element) || Bylines.ByLineName(element) is not null;
        if ((!named && !DatelineText.IsOnlyLabels(chosen.Beside)) || AuthorCandidates.InOtherText(element))
        {
            return;
        }

        // "Updated" contains "date": a line marked or labelled as the last change goes with the updated times.
        if (IsUpdate(element) || (!named && DatelineText.IsUpdateLabel(chosen.Label)))
        {
            _updated ??= Iso(chosen.Date);
        }
        else
        {
            _written.Add((Iso(chosen.Date)!, order));
        }
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

        if (!OpeningsByInitial.TryGetValue(char.ToLowerInvariant(text[0]), out var openings))
        {
            return false;
        }

        foreach (var opening in openings)
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
    internal static string? ShortText(IElement element)
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
