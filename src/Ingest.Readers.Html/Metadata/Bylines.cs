using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Ingest.Readers.Html.Parsing;

namespace Ingest.Readers.Html.Metadata;

/// <summary>
/// Author names from bylines in the markup: the name element inside a byline (microdata <c>itemprop="name"</c>,
/// <c>rel="author"</c>, hCard <c>fn</c>/<c>p-name</c>), a line that reads "By Name", and the text of a byline cut
/// before what follows the name (a date, a separator, a role).
/// </summary>
internal static partial class Bylines
{
    private const int MaxBylineLength = 100;

    // A display name of a byline's length plus an address.
    private const int MaxMailboxLength = 2 * MaxBylineLength;

    private static readonly string[] Prefixes =
    [
        "Written by ", "Posted by ", "Reported by ", "Reporting by ", "Additional reporting by ", "Words by ", "Story by ", "Text by ",
        "Opinion by ", "Analysis by ", "Commentary by ", "Review by ", "By: ", "By ", "by ", "BY ",
        "Author: ", "Authors: ", "Autor: ", "Von ", "von ", "Par ", "par ", "Por ", "por ",
    ];

    // The first letters of the prefixes, and the prefixes without their trailing space, for the opening check.
    private static readonly string PrefixInitials = string.Concat(Prefixes.Select(p => p[0]).Distinct());
    private static readonly string[] TrimmedPrefixes = Prefixes.Select(p => p.TrimEnd(' ', ':')).Distinct().ToArray();

    // Byline words of other languages (Dutch "door", Scandinavian "av"/"af", Italian "di") that are English words or
    // surname particles too: taken off only inside an element marked as a byline, never read as the opening of a line.
    private static readonly string[] MarkedPrefixes = [.. TrimmedPrefixes, "Door", "door", "Av", "av", "Af", "af", "di"];

    // Marks that may stand before a byline word: dashes, bars, bullets, and the bracket of an agency's closing credit ("(Reporting by ...)").
    private static readonly char[] Leaders = ['—', '–', '-', '|', '·', '•', '(', ' '];

    // The lower-case words a byline holds besides names: prepositions, conjunctions and articles before a place or paper.
    private static readonly HashSet<string> BylineSmallWords = new(StringComparer.Ordinal)
    {
        "in", "for", "at", "on", "with", "and", "the", "of", "from", "special", "to", "staff", "writer", "reporter", "correspondent", "editor",
    };

    // Words of the labels that byline markup also carries ("Authors", "More stories", "View profile").
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "author", "authors", "by", "about", "written", "posted", "contributor", "contributors", "writer", "writers", "more", "from",
        "view", "all", "posts", "articles", "stories", "bio", "profile", "follow", "share", "comments", "staff", "updated", "published",
        "admin", "administrator", "editor", "editors", "editorial", "team", "newsroom", "desk", "guest", "unknown", "anonymous", "the", "our",
    };

    /// <summary>
    /// The author text of a byline element: the name elements inside it when it has any (several people in one byline
    /// each have their own, joined here with commas), else its whole text.
    /// </summary>
    public static string? TextOf(IElement byline)
    {
        List<string>? names = null;
        foreach (var named in Selectors.Descendants(byline, Selectors.BylineNames))
        {
            if (NamesOther(named))
            {
                continue;
            }

            // Microdata may give the name as a <meta itemprop="name" content="..."> with no text.
            var value = named.TagName == "META" ? named.GetAttribute("content") ?? string.Empty : named.TextContent;
            if (Collapse(value) is { Length: > 1 } name && name.Length < MaxBylineLength && !(names?.Contains(name, StringComparer.Ordinal) ?? false))
            {
                (names ??= new List<string>()).Add(name);
            }
        }

        if (names is not null)
        {
            // A name element nested in another ("<a rel=author><span class=fn>") repeats the same text.
            return names.Count == 1 ? names[0] : string.Join(", ", names.Where(n => !names.Any(o => o.Length > n.Length && o.Contains(n, StringComparison.Ordinal))));
        }

        var text = Collapse(ChildText(byline));
        return text.Length is > 2 and < MaxBylineLength ? text : null;
    }

    /// <summary>
    /// Whether a name element of a byline names something other than the author: the section ("section-name"), the
    /// site or publication, a category or a user handle ("user-name").
    /// </summary>
    private static bool NamesOther(IElement named)
        => named.ClassName is { } name && OtherName().IsMatch(name);

    /// <summary>
    /// The text of an element's children, with a space between two child elements and at a line break: a byline often
    /// sets the name and the role in adjacent spans or on two lines ("&lt;span&gt;Ilse Marr&lt;/span&gt;&lt;span&gt;Correspondent&lt;/span&gt;") that CSS lays apart.
    /// </summary>
    private static string ChildText(IElement element)
    {
        if (element.ChildElementCount == 0)
        {
            return element.TextContent;
        }

        var text = new System.Text.StringBuilder();
        INode? previous = null;
        foreach (var child in element.ChildNodes)
        {
            if (child is not (IElement or IText))
            {
                continue;
            }

            // A line break sets the name and the role on lines of their own ("By Ilse Marr<br>Staff Writer"), as a second
            // element may ("<span>Ilse Marr</span><span>Harbour Correspondent</span>"): there a separator cuts the role
            // off whole, beat and all. A break after the byline word alone ("By<br>Ilse Marr") is a space.
            if (child is IElement { TagName: "BR" } || (child is IElement && previous is IElement))
            {
                text.Append(IsLineOfItsOwn(child, text) ? " | " : " ");
            }

            text.Append(child.TextContent);
            previous = child;
        }

        return text.ToString().Trim().TrimEnd('|').TrimEnd();
    }

    /// <summary>Whether a line break or second element starts a line that sets a role or the paper apart from the name before it.</summary>
    private static bool IsLineOfItsOwn(INode child, System.Text.StringBuilder before)
    {
        var sofar = before.ToString().Trim();
        if (sofar.Length == 0 || sofar.EndsWith(':') || sofar.EndsWith('|') || TrimmedPrefixes.Any(p => sofar.EndsWith(p, StringComparison.Ordinal)))
        {
            return false;
        }

        if (child is IElement { TagName: "BR" })
        {
            return true;
        }

        var words = child.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (BylineParts.IsRoleWord(words[^1]) || BylineParts.NamesOrganisation(string.Join(' ', words)));
    }

    /// <summary>
    /// The text of a "By Name" line: an element whose text opens with a byline word followed by capitalised words, and
    /// after them nothing, a separator, a date or a preposition ("for", "at"); <see cref="Names"/> takes the names out of
    /// it. Only elements whose first node is text are looked at, so the check costs nothing on other elements.
    /// </summary>
    public static string? ByLineName(IElement element)
    {
        if (element.FirstChild is not IText first || element.TagName is "SCRIPT" or "STYLE" or "TITLE" or "OPTION" or "TEXTAREA")
        {
            return null;
        }

        // Most first texts are whitespace or prose: one look at the first letter turns them away.
        // A dash or bullet may lead the line ("— by Ilse Marr"), as a credit under a quote or a photo is written.
        var opening = first.Data.AsSpan().TrimStart().TrimStart(Leaders).TrimStart();
        if (opening.Length < 2 || !PrefixInitials.Contains(opening[0]))
        {
            return null;
        }

        if (!StartsWithPrefix(opening))
        {
            return opening.StartsWith("Posted ", StringComparison.Ordinal) || opening.StartsWith("Published ", StringComparison.Ordinal)
                ? DatedByLine(Collapse(element.TextContent))
                : null;
        }

        // "<span>By</span> <a>Name</a>": the prefix alone stands in its own element; the line is its parent.
        var line = Collapse(ChildText(element)).TrimStart(Leaders).TrimStart();
        if (StripPrefix(line).Length == 0 && element.ParentElement is { } parent)
        {
            line = Collapse(parent.TextContent);
        }

        if (line.Length > MaxBylineLength)
        {
            return null;
        }

        var match = ByLine().Match(line);
        return match.Success && !IsSentence(line, match.Groups["name"]) ? line : null;
    }

    /// <summary>
    /// Whether a line that opens with "By" is a sentence of the story rather than a byline: it ends as a sentence does,
    /// a full stop after lower-case words that a byline does not hold ("By Friday at noon the quay was shut.", not
    /// "By Ilse Marr, staff writer."), or its one capitalised word is
    /// followed by a comma and lower-case words ("By Christmas, the new quay was open").
    /// </summary>
    private static bool IsSentence(string line, Group name)
    {
        var after = line.AsSpan(name.Index + name.Length).TrimStart();
        if (line.Length > 2 && line[^1] is '.' or '!' or '?' && char.IsLower(line[^2]) && ProseWords(after) >= 2)
        {
            return true;
        }

        return !name.Value.Contains(' ', StringComparison.Ordinal) && after.Length > 1 && after[0] == ','
            && after[1..].TrimStart() is { Length: > 0 } next && char.IsLower(next[0]);
    }

    /// <summary>
    /// How many lower-case words other than a byline's own small words ("in", "for", "the") stand in the text: a sentence
    /// has verbs and nouns ("at noon the quay was shut"), a byline at most a place or a paper ("in Kiel for the Gazette").
    /// </summary>
    private static int ProseWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var part in text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = part.Trim('.', ',', ';', ':', '!', '?');
            if (word.Length > 0 && char.IsLower(word[0]) && !BylineSmallWords.Contains(word))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The authors in a byline's text: the byline word removed, the text cut before a separator, a date (a token with a
    /// digit, a month or weekday name before one), a preposition ("for", "in"), another credit ("Written by Ilse Marr
    /// Edited by Tomas Pyke": a capitalised word before "by") or an "Updated"/"Published" label, split
    /// at commas, "and" or "&amp;" between names, and ended at a role ("Ilse Marr, Harbour Correspondent") or an
    /// organisation after a full name ("Ilse Marr, Reuters", "Ilse Marr, The Harbour Times"). "Marr, Ilse" is one name;
    /// a mailbox with a display name ("ilse@tides.example (Ilse Marr)") gives the display name.
    /// </summary>
    public static List<string> Names(string text)
    {
        var names = new List<string>();
        text = Collapse(text);

        // The mailbox pattern backtracks over long runs of text, so it only sees what could be one author field.
        if (text.Length <= MaxMailboxLength && text.Contains('@', StringComparison.Ordinal) && Mailbox().Match(text) is { Success: true } mailbox)
        {
            text = Collapse(mailbox.Groups["name"].Value);
        }

        var rest = StripPrefix(text.TrimStart(Leaders)).TrimStart('|', '·', '•', '-', '–', '—', ',', ';', ':', ' ');
        var cut = Separator().Match(rest);
        if (cut.Success)
        {
            rest = rest[..cut.Index].TrimEnd(' ', ',', ';', ':');
        }

        // A closing credit in brackets ("(Reporting by Ilse Marr)") leaves its closing bracket.
        if (rest.EndsWith(')') && !rest.Contains('(', StringComparison.Ordinal))
        {
            rest = rest.TrimEnd(')').TrimEnd();
        }

        if (SurnameFirst().IsMatch(rest))
        {
            names.Add(rest);
            return names;
        }

        var start = 0;
        for (var joint = Conjunction().Match(rest); ; joint = joint.NextMatch())
        {
            var part = joint.Success ? rest[start..joint.Index] : rest[start..];

            // A part that is only a role ("Chief Political Correspondent") stays whole, so the role test sees it.
            var name = BylineParts.WithoutTrailingRole(BylineParts.WithoutTrailingLinks(StripPrefix(part.Trim().Trim(',', ';'))));
            if (names.Count > 0 && BylineParts.IsRole(name))
            {
                // A role stands after the name it belongs to; another person may follow it, joined by "and" ("Ilse Marr,
                // Political Editor, and Tomas Berg"); a place after a comma ("Ilse Marr, Correspondent, New York") is no one.
                if (!joint.Success || !IsAnd(joint.Value))
                {
                    break;
                }
            }
            else if (names.Count > 0 && (BylineParts.IsProseAfterName(name, names[0]) || BylineParts.IsOrganisation(name) || BylineParts.IsAgencyAfterName(name, names[0]) || (!name.Contains(' ', StringComparison.Ordinal) && names[0].Contains(' ', StringComparison.Ordinal))))
            {
                break;
            }
            else if (name.Length > 1 && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }

            if (!joint.Success)
            {
                break;
            }

            start = joint.Index + joint.Length;
        }

        return names;
    }

    /// <summary>
    /// Whether a name from structured data (JSON-LD, a meta tag) can name a person or the organisation that wrote the
    /// page: not an address (web or mail), a handle or a bare label such as "Staff" or "Admin", and it holds a letter.
    /// </summary>
    public static bool IsAuthorValue(string? name)
    {
        if (name is null || name.Length is < 2 or > MaxBylineLength || name.Contains("://", StringComparison.Ordinal) || name.Contains('@', StringComparison.Ordinal)
            || name.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || !name.Any(char.IsLetter))
        {
            return false;
        }

        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Labels.Contains(word.Trim(':', ',', '.')))
            {
                return true;
            }
        }

        return false;
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
            if (char.IsDigit(word[0]) || (char.IsLower(word[0]) && !BylineParts.IsParticle(word)))
            {
                return false;
            }
        }

        return words is > 0 and <= 7 && labels < words;
    }

    /// <summary>The "by Name" of a line that states the date first ("Posted on 4 March 2021 by Ilse Marr"), or <see langword="null"/>.</summary>
    private static string? DatedByLine(string line)
    {
        if (line.Length > MaxBylineLength)
        {
            return null;
        }

        var match = DatedBy().Match(line);
        return match.Success ? match.Groups["byline"].Value : null;
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

    // The text after a byline word ("By", "Written by", "Author") and a colon after it, if any.
    private static string StripPrefix(string text)
    {
        var t = text.Trim();
        foreach (var prefix in MarkedPrefixes)
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal) && (t.Length == prefix.Length || t[prefix.Length] is ' ' or ':'))
            {
                return t[prefix.Length..].TrimStart(':', ' ').Trim();
            }
        }

        return t;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // A name is capitalised words (initials, hyphens and apostrophes allowed) with the particles of surnames between
    // them; after it the line ends, or a separator, a comma, a date, a lower-case role or another credit ("Edited by",
    // "Photographs by": a capitalised word before "by") follows.
    [GeneratedRegex(@"^(?:Written by|Posted by|Reported by|Reporting by|Additional reporting by|Words by|Story by|Text by|Opinion by|Analysis by|Commentary by|Review by|By:|By|by|BY|Author:|Authors:|Autor:|Von|von|Par|par|Por|por)(?:\s*:\s*|\s+)(?<name>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|&|de|da|del|der|di|du|van|von|bin|ibn|al|le|la)){0,7})\s*(?:$|[,;|·•/–—()-]|\d|\s(?:for|at|in|on|with)\s|\p{Lu}\p{Ll}+\s+by\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ByLine();

    // "Posted on <date> by <name>": the date (no separator in it) between the label and "by".
    [GeneratedRegex(@"^(?:Posted|Published)\s(?:on\s)?[^|·•]{1,60}?\s(?<byline>by\s+\p{Lu}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DatedBy();

    // Besides dates, prepositions and labels: a separator mark (a slash too, "Ilse Marr / Reuters"), a social handle
    // ("Ilse Marr @imarr") or a bracket ("Ilse Marr (Reuters)").
    [GeneratedRegex(@"\s[|·•–—/]\s|\s-\s|\s@\w|\s\(|\s(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+\d|\s(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\S*\d|\s(?:on|at|for|in|with|from)\s|\s\p{Lu}\p{Ll}+\s+by\s|\b(?:[Uu]pdated|UPDATED|[Pp]ublished|PUBLISHED|[Pp]osted|POSTED)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s*[,;]\s*(?:(?:and|&)\s+)?|\s+(?:and|AND|und|et|y|&)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Conjunction();

    // Whether a joint between two parts of a byline says "and" (not only a comma).
    private static bool IsAnd(string joint) => joint.Trim(' ', ',', ';').Length > 0;

    // A mailbox with its display name, as mail and feeds write an author: "ilse@tides.example (Ilse Marr)" or "Ilse Marr <ilse@tides.example>".
    [GeneratedRegex(@"^\s*(?:[^\s@()<>]+@[^\s()<>]+\s*\((?<name>[^()@]+)\)|""?(?<name>[^<>@""]+?)""?\s*<[^\s@<>]+@[^\s<>]+>)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Mailbox();

    // "Marr, Ilse": one word, a comma, one or two words (given name and initial), as catalogues and some bylines write a name.
    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}'’-]+,\s*\p{Lu}[\p{L}\p{M}'’-]*\.?(?:\s\p{Lu}\.)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SurnameFirst();

    [GeneratedRegex(@"(?:section|site|user|category|channel|brand|publication|publisher|tag|topic|kicker)[-_]*name", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherName();
}
