namespace Ingest.Readers.Html.Metadata;

/// <summary>
/// Chooses a page's authors among the statements it makes of them, given in order of trust (JSON-LD, meta tags, the
/// markup, a social handle). The first statement that names a person wins; a statement that names only an
/// organisation (typed so in JSON-LD, the site's own name or host, a paper's or desk's name) counts only when no statement names a person,
/// since "By Tides Daily" in the head often stands beside the reporter's byline in the page. Values that name nobody
/// (addresses, bare labels such as "Staff") are dropped first.
/// </summary>
internal sealed class AuthorSelection
{
    private readonly List<(List<string> Names, bool Organisation, bool Handle)> _statements = new();
    private readonly List<string> _siteNames = new();
    private readonly List<string> _hostLabels = new();

    // A host label this long names the site; shorter ones ("news", "bbc") are too often a word of a person's name.
    private const int MinHostLabel = 5;

    /// <summary>Notes the site's own names (its name, publisher, host) so that an author equal to one reads as the organisation.</summary>
    public void Site(string? name)
    {
        if (Key(name) is { Length: > 0 } key)
        {
            _siteNames.Add(key);
        }
    }

    /// <summary>Notes the site's host name, whole and by its labels of four letters or more (<c>www.tides-daily.co.uk</c> gives "tidesdaily").</summary>
    public void Host(string host)
    {
        Site(host);
        foreach (var label in host.Split('.'))
        {
            if (label.Length > 3 && label != "www")
            {
                Site(label);
            }

            if (Key(label) is { Length: >= MinHostLabel } key)
            {
                _hostLabels.Add(key);
            }
        }
    }

    /// <summary>Adds a statement of the author as text ("By Ilse Marr and Tomas Pyke"); <paramref name="organisation"/> when its source says it is one.</summary>
    public void Add(string? text, bool organisation = false)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Add(Bylines.Names(text), organisation);
        }
    }

    /// <summary>Adds a statement of names already split.</summary>
    public void Add(List<string> names, bool organisation = false)
    {
        names.RemoveAll(n => !Bylines.IsAuthorValue(n));
        if (names.Count > 0)
        {
            _statements.Add((names, organisation, false));
        }
    }

    /// <summary>Adds a social handle (<c>twitter:creator</c>): an account, not a name, so the last resort.</summary>
    public void AddHandle(string? handle)
    {
        if (!string.IsNullOrWhiteSpace(handle) && !handle.Contains("://", StringComparison.Ordinal))
        {
            _statements.Add(([handle.Trim()], false, true));
        }
    }

    /// <summary>The chosen authors, or an empty list.</summary>
    public List<string> Choose()
    {
        foreach (var (names, organisation, handle) in _statements)
        {
            if (organisation || handle)
            {
                continue;
            }

            var people = names.Where(n => !IsSite(n) && !BylineParts.NamesOrganisation(n)).ToList();
            if (people.Count > 0)
            {
                return people;
            }
        }

        foreach (var (names, _, _) in _statements)
        {
            return names;
        }

        return new List<string>();
    }

    /// <summary>
    /// Whether a name is the site's: one of its names, or words that open with the host's name ("Tides Daily" on
    /// <c>tides.example.org</c>, "The Guardian Weekly" on <c>theguardian.com</c>), as a byline writes the publication after the reporter.
    /// </summary>
    private bool IsSite(string name)
    {
        if (_siteNames.Contains(Key(name)!))
        {
            return true;
        }

        var opening = string.Empty;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            opening += Key(word);
            if (opening.Length >= MinHostLabel && _hostLabels.Contains(opening))
            {
                return true;
            }
        }

        return false;
    }

    // A name compared without case, spaces or punctuation: "Tides-Daily" and "Tides Daily" are one.
    private static string? Key(string? name)
        => name is null ? null : string.Concat(name.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
