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

    private static readonly string[] Prefixes = ["Written by ", "Words by ", "Story by ", "By ", "by ", "BY ", "Von ", "von ", "Par ", "par ", "Por ", "por "];

    /// <summary>The author text of a byline element: the name element inside it when it has one, else its whole text.</summary>
    public static string? TextOf(IElement byline)
    {
        foreach (var named in byline.QuerySelectorAll("[itemprop~=name], [rel~=author], .fn, .p-name"))
        {
            if (Collapse(named.TextContent) is { Length: > 1 } name && name.Length < MaxBylineLength)
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

        var opening = first.Data.AsSpan().TrimStart();
        if (!StartsWithPrefix(opening))
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
    /// The authors in a byline's text: the byline word removed, the text cut before a separator or a token with a digit
    /// (a date, a time), and split at "and" or "&amp;" between names.
    /// </summary>
    public static List<string> Names(string text)
    {
        var names = new List<string>();
        var rest = StripPrefix(Collapse(text));
        var cut = Separator().Match(rest);
        if (cut.Success && cut.Index > 0)
        {
            rest = rest[..cut.Index].TrimEnd(' ', ',', ';', ':');
        }

        foreach (var part in Conjunction().Split(rest))
        {
            var name = StripPrefix(part.Trim().Trim(',', ';'));
            if (name.Length > 1 && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static bool StartsWithPrefix(ReadOnlySpan<char> text)
    {
        foreach (var prefix in Prefixes)
        {
            if (text.StartsWith(prefix.AsSpan().TrimEnd(), StringComparison.Ordinal))
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
    [GeneratedRegex(@"^(?:Written by|Words by|Story by|By|by|BY|Von|von|Par|par|Por|por)\s+(?<name>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|&|de|da|del|der|di|du|van|von|bin|ibn|al|le|la)){0,7})\s*(?:$|[,|·•/–—(-]|\d|\s(?:for|at|in|on|with)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ByLine();

    [GeneratedRegex(@"\s[|·•–—]\s|\s-\s|\S*\d", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s+(?:and|und|et|y|&)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Conjunction();
}
