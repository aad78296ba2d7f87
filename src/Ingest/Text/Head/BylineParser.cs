namespace Ingest.Text.Head;

/// <summary>
/// Reads a byline: <c>By Alex Lantier</c>, <c>Written by A and B</c>, <c>Author: …</c>, or — right after the title only —
/// a bare line of two to four capitalised words such as <c>Clara Weiss</c>.
/// </summary>
internal static class BylineParser
{
    private static readonly string[] Prefixes = ["by ", "written by ", "words by ", "story by ", "authors:", "author:"];

    // Lower-case name particles (Ludwig van Beethoven, Oscar de la Hoya, Omar bin Laden).
    private static readonly string[] Particles = ["de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "van", "von", "bin", "ibn", "al", "el", "y", "zu"];

    // Capitalised words that begin titles and headings, not names.
    private static readonly string[] NotNames = ["The", "A", "An", "Of", "In", "On", "For", "And", "To", "With", "At", "From", "By", "Is", "Are", "How", "Why", "What", "When", "Where", "Who", "Join", "Share", "Read", "More", "Original", "Article", "Contact", "Update", "News", "Home"];

    public static bool TryParse(ReadOnlySpan<char> line, bool allowBare, List<string> authors)
    {
        var s = line.Trim();
        if (s.IsEmpty || s.Length > 120)
        {
            return false;
        }

        var prefixed = false;
        foreach (var prefix in Prefixes)
        {
            if (s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                s = s[prefix.Length..].Trim();
                prefixed = true;
                break;
            }
        }

        if (!prefixed && !allowBare)
        {
            return false;
        }

        var found = new List<string>(2);
        while (!s.IsEmpty)
        {
            var end = NextSeparator(s, out var separatorLength);
            var part = s[..end].Trim();
            if (!IsName(part, prefixed ? 1 : 2))
            {
                return false;
            }

            found.Add(part.ToString());
            s = end < s.Length ? s[(end + separatorLength)..].Trim() : ReadOnlySpan<char>.Empty;
        }

        if (found.Count == 0)
        {
            return false;
        }

        authors.AddRange(found);
        return true;
    }

    private static int NextSeparator(ReadOnlySpan<char> s, out int length)
    {
        var best = s.Length;
        length = 0;
        foreach (var separator in (ReadOnlySpan<string>)[",", ";", " and ", " & "])
        {
            var k = s.IndexOf(separator, StringComparison.OrdinalIgnoreCase);
            if (k >= 0 && k < best)
            {
                best = k;
                length = separator.Length;
            }
        }

        return best;
    }

    private static bool IsName(ReadOnlySpan<char> part, int minWords)
    {
        if (part.IsEmpty || part.Length > 60)
        {
            return false;
        }

        var words = 0;
        var lastCapitalised = false;
        var rest = part;
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            rest = space < 0 ? ReadOnlySpan<char>.Empty : rest[(space + 1)..];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not ('-' or '\'' or '’' or '.'))
                {
                    return false;
                }
            }

            lastCapitalised = char.IsUpper(word[0]);
            if (lastCapitalised)
            {
                // An all-capitals word of more than two letters is a heading, not a name ("BREAKING NEWS").
                if (word.Length > 2 && !HasLowerLetter(word))
                {
                    return false;
                }

                foreach (var notName in NotNames)
                {
                    if (word.Equals(notName, StringComparison.Ordinal))
                    {
                        return false;
                    }
                }
            }
            else if (words == 1 || !IsParticle(word))
            {
                return false;
            }
        }

        return words >= minWords && words <= 4 && lastCapitalised;
    }

    private static bool HasLowerLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsParticle(ReadOnlySpan<char> word)
    {
        foreach (var particle in Particles)
        {
            if (word.Equals(particle, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
