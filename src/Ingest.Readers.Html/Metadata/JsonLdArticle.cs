using System.Text.Json;

namespace Ingest.Readers.Html.Metadata;

/// <summary>What a page's JSON-LD (schema.org) says about its article.</summary>
internal sealed class JsonLdArticle
{
    // A page has a few JSON-LD scripts; more are read no further.
    private const int MaxScripts = 32;

    // The most top-level values read from one script and from all scripts together: a page prints one or a few objects
    // per script; a script of a million "{}" would otherwise hold a parsed document per value until the read ends.
    private const int MaxValuesPerScript = 16;
    private const int MaxValues = 64;

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public string? Headline { get; private set; }

    public List<string> Authors { get; } = new();

    /// <summary>The authors typed as organisations (<c>Organization</c>, <c>NewsMediaOrganization</c>, ...), not people.</summary>
    public HashSet<string> OrganisationAuthors { get; } = new(StringComparer.Ordinal);

    public string? DatePublished { get; private set; }

    public string? DateModified { get; private set; }

    public string? Publisher { get; private set; }

    public string? Description { get; private set; }

    public string? Language { get; private set; }

    /// <summary>
    /// Reads the first article-like object of the given JSON-LD scripts; invalid JSON is skipped. When the article names
    /// no author, the page node of the same or a later script (or any node with an author) stands in. A node named by
    /// reference (<c>{"@id": ...}</c>) may stand in any script of the page.
    /// </summary>
    public static JsonLdArticle? Read(IEnumerable<string> scripts)
    {
        var documents = new List<JsonDocument>();
        try
        {
            var nodes = scripts.Take(MaxScripts).Select(script => Nodes(script, documents)).ToList();
            return Read(nodes, NamesById(nodes.SelectMany(n => n).ToList()));
        }
        finally
        {
            documents.ForEach(d => d.Dispose());
        }
    }

    /// <summary>The nodes of one script (its values, their <c>@graph</c> and <c>mainEntity</c>); those of broken JSON are skipped.</summary>
    private static List<JsonElement> Nodes(string script, List<JsonDocument> documents)
    {
        var candidates = new List<JsonElement>();
        try
        {
            foreach (var value in JsonText.TopLevelValues(Unwrap(script), Math.Min(MaxValuesPerScript, MaxValues - documents.Count)))
            {
                var json = Parse(value);
                documents.Add(json);
                Collect(json.RootElement, candidates, 0);
            }
        }
        catch (JsonException)
        {
            // Broken JSON-LD is common; the other scripts and metadata sources still apply.
        }

        return candidates;
    }

    private static JsonLdArticle? Read(List<List<JsonElement>> scripts, Dictionary<string, (string Name, bool Organisation)> names)
    {
        JsonLdArticle? article = null;
        JsonLdArticle? fallback = null;
        List<string>? pageAuthors = null;
        string? pageDate = null;
        HashSet<string>? pageOrganisations = null;
        foreach (var candidates in scripts)
        {
            foreach (var candidate in candidates)
            {
                if (article is null && IsArticleType(candidate))
                {
                    article = From(candidate, names);
                }
                else if (fallback is null && candidate.TryGetProperty("headline", out _))
                {
                    fallback = From(candidate, names);
                }
            }

            if (pageDate is null && (article ?? fallback) is not { DatePublished: not null })
            {
                pageDate = PageDate(candidates);
            }

            if (pageAuthors is null)
            {
                var found = new JsonLdArticle();
                AddPageAuthors(candidates, names, found);
                if (found.Authors.Count > 0)
                {
                    (pageAuthors, pageOrganisations) = (found.Authors, found.OrganisationAuthors);
                }
            }

            // A later script may still give the date that the article's node lacks (a page node in a graph of its own).
            if (article is { Authors.Count: > 0, DatePublished: not null })
            {
                break;
            }
        }

        var result = article ?? fallback;
        if (pageDate is not null && result is not { DatePublished: not null })
        {
            result ??= new JsonLdArticle();
            result.DatePublished = pageDate;
        }

        if (pageAuthors is not null && result is not { Authors.Count: > 0 })
        {
            result ??= new JsonLdArticle();
            result.Authors.AddRange(pageAuthors);
            result.OrganisationAuthors.UnionWith(pageOrganisations!);
        }

        return result;
    }

    /// <summary>
    /// Parses a script's JSON; when it fails, parses it again with the control characters inside its strings made spaces:
    /// pages often print a description or body with its raw line breaks into a JSON-LD string, which JSON forbids.
    /// </summary>
    private static JsonDocument Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json, ParseOptions);
        }
        catch (JsonException) when (json.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0)
        {
            return JsonDocument.Parse(JsonText.BlankControlCharactersInStrings(json), ParseOptions);
        }
    }

    /// <summary>
    /// The JSON inside a script's text: XHTML-era pages wrap script content in <c>&lt;![CDATA[ ... ]]&gt;</c> or an HTML
    /// comment (sometimes behind <c>//</c>) so that old parsers skip it; the wrapper is not JSON.
    /// </summary>
    internal static string Unwrap(string script)
    {
        var text = script.AsSpan().Trim();
        text = StripWrapper(text, "<![CDATA[", "]]>");
        text = StripWrapper(text, "<!--", "-->");
        return text.Trim().TrimEnd(';').ToString();
    }

    private static ReadOnlySpan<char> StripWrapper(ReadOnlySpan<char> text, string open, string close)
    {
        var start = text.StartsWith("//", StringComparison.Ordinal) ? text[2..].TrimStart() : text;
        if (!start.StartsWith(open, StringComparison.Ordinal))
        {
            return text;
        }

        var inner = start[open.Length..].TrimEnd();
        if (inner.EndsWith(close, StringComparison.Ordinal))
        {
            inner = inner[..^close.Length].TrimEnd();
            if (inner.EndsWith("//", StringComparison.Ordinal))
            {
                inner = inner[..^2];
            }
        }

        return inner.Trim();
    }

    private static void Collect(JsonElement element, List<JsonElement> into, int depth)
    {
        if (depth > 3)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, into, depth + 1);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            into.Add(element);
            if (element.TryGetProperty("@graph", out var graph))
            {
                Collect(graph, into, depth + 1);
            }

            if (element.TryGetProperty("mainEntity", out var main))
            {
                Collect(main, into, depth + 1);
            }
        }
    }

    /// <summary>
    /// The authors that a page node (<c>WebPage</c>, <c>ItemPage</c>, <c>CreativeWork</c>) states, else any other node
    /// that is not itself a person or an organisation: some sites put the author on the page rather than on the article.
    /// </summary>
    private static void AddPageAuthors(List<JsonElement> candidates, Dictionary<string, (string Name, bool Organisation)> names, JsonLdArticle into)
    {
        for (var pass = 0; pass < 2 && into.Authors.Count == 0; pass++)
        {
            foreach (var candidate in candidates)
            {
                var type = TypeName(candidate);
                var fits = pass == 0
                    ? type is not null && (type.EndsWith("Page", StringComparison.Ordinal) || type == "CreativeWork")
                    : type is not ("Person" or "Organization" or "NewsMediaOrganization" or "Corporation");
                if (fits && (candidate.TryGetProperty("author", out var author) || candidate.TryGetProperty("creator", out author)))
                {
                    AddAuthors(author, names, into);
                    if (into.Authors.Count > 0)
                    {
                        return;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The publication date that another node states when the article states none: the page node (<c>WebPage</c>) in
    /// the same graph, or a media object (<c>VideoObject</c>'s <c>uploadDate</c>) on a page that is mainly a video. Only
    /// these types count: an image's date is when the photograph was made, a reviewed book's when the book came out.
    /// </summary>
    private static string? PageDate(List<JsonElement> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (IsPageOrMedia(TypeName(candidate)) && Published(candidate) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a node type is the page (<c>WebPage</c>, <c>ItemPage</c>, any type ending in <c>Page</c>) or the media the
    /// page mainly shows (<c>VideoObject</c>, <c>AudioObject</c>); what a page describes (a book under review, an event, a
    /// product) has dates of its own.
    /// </summary>
    private static bool IsPageOrMedia(string? type)
        => type is not null && (type.EndsWith("Page", StringComparison.Ordinal) || type is "VideoObject" or "AudioObject");

    private static string? Published(JsonElement node) => Text(node, "datePublished") ?? Text(node, "dateCreated") ?? Text(node, "uploadDate");

    private static string? TypeName(JsonElement element)
        => element.TryGetProperty("@type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return IsArticleTypeName(type.GetString());
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String && IsArticleTypeName(t.GetString()))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsArticleTypeName(string? name)
        => name is not null && (name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "Report" or "LiveBlogPosting" or "SocialMediaPosting" or "Review");

    /// <summary>
    /// The names of the script's nodes by their <c>@id</c>: in a <c>@graph</c> an article often names its author by
    /// reference (<c>"author": {"@id": "#person"}</c>) to a <c>Person</c> node elsewhere in the graph.
    /// </summary>
    private static Dictionary<string, (string Name, bool Organisation)> NamesById(List<JsonElement> nodes)
    {
        var names = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (Text(node, "@id") is { } id && (Text(node, "name") ?? FullName(node)) is { } name)
            {
                names.TryAdd(id, (name, IsOrganisation(node)));
            }
        }

        return names;
    }

    /// <summary>
    /// Whether a node is typed as an organisation (<c>Organization</c>, <c>NewsMediaOrganization</c>, <c>Corporation</c>,
    /// ...), not a person; <c>@type</c> may be one name or several.
    /// </summary>
    private static bool IsOrganisation(JsonElement node)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && IsOrganisationType(item.GetString()!))
                {
                    return true;
                }
            }

            return false;
        }

        return type.ValueKind == JsonValueKind.String && IsOrganisationType(type.GetString()!);
    }

    private static bool IsOrganisationType(string type) => type.Contains("Organization", StringComparison.Ordinal) || type is "Corporation" or "NGO";

    private static JsonLdArticle From(JsonElement element, Dictionary<string, (string Name, bool Organisation)> names)
    {
        var article = new JsonLdArticle
        {
            Headline = Text(element, "headline") ?? Text(element, "name"),
            DatePublished = Published(element),
            DateModified = Text(element, "dateModified"),
            Description = Text(element, "description"),
            Language = Text(element, "inLanguage"),
        };
        if (element.TryGetProperty("publisher", out var publisher))
        {
            article.Publisher = publisher.ValueKind == JsonValueKind.String ? publisher.GetString()
                : Text(publisher, "name") ?? (Text(publisher, "@id") is { } id && names.TryGetValue(id, out var node) ? node.Name : null);
        }

        if (element.TryGetProperty("author", out var author) || element.TryGetProperty("creator", out author))
        {
            AddAuthors(author, names, article);
        }

        return article;
    }

    private static void AddAuthors(JsonElement author, Dictionary<string, (string Name, bool Organisation)> names, JsonLdArticle into)
    {
        switch (author.ValueKind)
        {
            case JsonValueKind.String:
                AddName(author.GetString(), false, into);
                break;
            case JsonValueKind.Object:
                // An author given by reference ({"@id": "#org"}) takes the name and type of the node it points to.
                if ((Text(author, "name") ?? FullName(author)) is { } name)
                {
                    AddName(name, IsOrganisation(author), into);
                }
                else if (Text(author, "@id") is { } id && names.TryGetValue(id, out var node))
                {
                    AddName(node.Name, node.Organisation || IsOrganisation(author), into);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in author.EnumerateArray())
                {
                    if (item.ValueKind is JsonValueKind.String or JsonValueKind.Object)
                    {
                        AddAuthors(item, names, into);
                    }
                }

                break;
        }
    }

    // A person given by the parts of the name only ("givenName", "familyName"), as some publishing systems write it.
    private static string? FullName(JsonElement person)
        => Text(person, "familyName") is { } family ? (Text(person, "givenName") is { } given ? given + " " + family : family) : null;

    private static void AddName(string? name, bool organisation, JsonLdArticle into)
    {
        var trimmed = name?.Trim();
        if (!string.IsNullOrEmpty(trimmed) && !trimmed.Contains("://", StringComparison.Ordinal) && !into.Authors.Contains(trimmed))
        {
            into.Authors.Add(trimmed);
            if (organisation)
            {
                into.OrganisationAuthors.Add(trimmed);
            }
        }
    }

    private static string? Text(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String => value[0].GetString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
