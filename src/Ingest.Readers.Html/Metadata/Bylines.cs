using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Ingest.Readers.Html.Metadata;

/// <summary>
/// Author names from bylines in the markup: the name element inside a byline (microdata <c>itemprop="name"</c>,
/// <c>rel="author"</c>, hCard <c>fn</c>/<c>p-name</c>), a line that reads "By Name", and the text of a byline cut
/// before what follows the name (a date, a separator, a role).
/// </summary>
internal static partial class Bylines
{
    private const int MaxBylineLength = 100;

    private static readonly string[] Prefixes =
    [
        "Written by ", "Posted by ", "Reported by ", "Reporting by ", "Words by ", "Story by ", "Text by ", "By: ", "By ", "by ", "BY ",
        "Author: ", "Authors: ", "Von ", "von ", "Par ", "par ", "Por ", "por ",
    ];

    // The first letters of the prefixes, and the prefixes without their trailing space, for the opening check.
    private static readonly string PrefixInitials = string.Concat(Prefixes.Select(p => p[0]).Distinct());
    private static readonly string[] TrimmedPrefixes = Prefixes.Select(p => p.TrimEnd()).ToArray();

    // Lower-case words that stand inside names: the particles of surnames.
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "da", "das", "del", "della", "der", "den", "di", "do", "dos", "du", "e", "el", "la", "le", "ten", "ter", "van", "von", "y", "zu", "bin", "ibn", "al", "bint",
    };

    // Words of the labels that byline markup also carries ("Authors", "More stories", "View profile").
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "author", "authors", "by", "about", "written", "posted", "contributor", "contributors", "writer", "writers", "more", "from",
        "view", "all", "posts", "articles", "stories", "bio", "profile", "follow", "share", "comments", "staff", "updated", "published",
    };

    /// <summary>The author text of a byline element: the name element inside it when it has one, else its whole text.</summary>
    public static string? TextOf(IElement byline)
    {
        foreach (var named in byline.QuerySelectorAll("[itemprop~=name], [rel~=author], .fn, .p-name"))
        {
            // Microdata may give the name as a <meta itemprop="name" content="..."> with no text.
            var value = named.TagName == "META" ? named.GetAttribute("content") ?? string.Empty : named.TextContent;
            if (Collapse(value) is { Length: > 1 } name && name.Length < MaxBylineLength)
            {
                return name;
            }
        }

        var text = Collapse(byline.TextContent);
        return text.Length is > 2 and < MaxBylineLength ? text : null;
    }

    /// <summary>
    /// The name of a "By Name" line: an element whose text opens with a byline word followed by capitalised words, and
    /// after them nothing, a separator, a date or a preposition ("for", "at"). Only elements whose first node is text are looked at, so the
    /// check costs nothing on other elements.
    /// </summary>
    public static string? ByLineName(IElement element)
    {
        if (element.FirstChild is not IText first || element.TagName is "SCRIPT" or "STYLE" or "TITLE" or "OPTION" or "TEXTAREA")
        {
            return null;
        }

        // Most first texts are whitespace or prose: one look at the first letter turns them away.
        var opening = first.Data.AsSpan().TrimStart();
        if (opening.Length < 2 || !PrefixInitials.Contains(opening[0]) || !StartsWithPrefix(opening))
        {
            return null;
        }

        // "<span>By</span> <a>Name</a>": the prefix alone stands in its own element; the line is its parent.
        var line = Collapse(element.TextContent);
        if (StripPrefix(line).Length == 0 && element.ParentElement is { } parent)
        {
            line = Collapse(parent.TextContent);
        }

        if (line.Length > MaxBylineLength)
        {
            return null;
        }

        var match = ByLine().Match(line);
        return match.Success ? match.Groups["name"].Value : null;
    }

    /// <summary>
    /// The authors in a byline's text: the byline word removed, the text cut before a separator, a token with a digit
    /// (a date, a time), a preposition ("for", "in") or an "Updated"/"Published" label, split at commas, "and" or
    /// "&amp;" between names, and ended at a role ("Ilse Marr, Harbour Correspondent").
    /// </summary>
    public static List<string> Names(string text)
    {
        var names = new List<string>();
        var rest = StripPrefix(Collapse(text)).TrimStart('|', '·', '•', '-', '–', '—', ',', ';', ':', ' ');
        var cut = Separator().Match(rest);
        if (cut.Success)
        {
            rest = rest[..cut.Index].TrimEnd(' ', ',', ';', ':');
        }

        foreach (var part in Conjunction().Split(rest))
        {
            var name = StripPrefix(part.Trim().Trim(',', ';'));
            if (names.Count > 0 && Role().IsMatch(name))
            {
                break;
            }

            if (name.Length > 1 && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>
    /// Whether a byline's first name reads as a name: no digits, addresses or handles, at most seven words, and where the
    /// script has letter case, capitalised words with only surname particles in lower case; a label ("Author", "More
    /// stories", "About the author") is not a name.
    /// </summary>
    public static bool LooksLikeName(string name)
    {
        if (name.Length is < 2 or > 80 || name.Contains('@', StringComparison.Ordinal) || name.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        var words = 0;
        var labels = 0;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            labels += Labels.Contains(word.TrimEnd(':')) ? 1 : 0;
            if (char.IsDigit(word[0]) || (char.IsLower(word[0]) && !Particles.Contains(word)))
            {
                return false;
            }
        }

        return words is > 0 and <= 7 && labels < words;
    }

    private static bool StartsWithPrefix(ReadOnlySpan<char> text)
    {
        foreach (var prefix in TrimmedPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string StripPrefix(string text)
    {
        var t = text.Trim();
        foreach (var prefix in Prefixes)
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal))
            {
                return t[prefix.Length..].Trim();
            }

            if (t.Equals(prefix.TrimEnd(), StringComparison.Ordinal))
            {
                return string.Empty;
            }
        }

        return t;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // A name is capitalised words (initials, hyphens and apostrophes allowed) with the particles of surnames between
    // them; after it the line ends, or a separator, a comma, a date or a lower-case role follows.
    [GeneratedRegex(@"^(?:Written by|Posted by|Reported by|Reporting by|Words by|Story by|Text by|By:|By|by|BY|Author:|Authors:|Von|von|Par|par|Por|por)\s+(?<name>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|&|de|da|del|der|di|du|van|von|bin|ibn|al|le|la)){0,7})\s*(?:$|[,|·•/–—(-]|\d|\s(?:for|at|in|on|with)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ByLine();

    [GeneratedRegex(@"\s[|·•–—]\s|\s-\s|\S*\d|\s(?:on|at|for|in|with|from)\s|\b(?:[Uu]pdated|UPDATED|[Pp]ublished|PUBLISHED|[Pp]osted|POSTED)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|und|et|y|&)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"\b(?:correspondent|reporter|editor|writer|contributor|columnist|staff|producer|photographer|analyst|journalist|bureau|desk|critic|intern|freelance)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Role();
}
