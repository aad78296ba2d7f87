namespace Ingest.Readers.Html.Structure;

/// <summary>Resolves link targets to absolute URLs against the page's <c>&lt;base href&gt;</c> and the document URI.</summary>
internal sealed class LinkResolver
{
    private readonly Uri? _base;

    public LinkResolver(Uri documentUri, string? baseHref)
    {
        _base = documentUri.IsAbsoluteUri ? documentUri : null;
        if (!string.IsNullOrWhiteSpace(baseHref))
        {
            var trimmed = baseHref.Trim();
            if (_base is not null && Uri.TryCreate(_base, trimmed, out var resolved))
            {
                _base = resolved;
            }
            else if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute))
            {
                _base = absolute;
            }
        }
    }

    /// <summary>The base URL links resolve against, if any.</summary>
    public Uri? Base => _base;

    /// <summary>Returns the absolute target, the target as written when it cannot be resolved, or <see langword="null"/> for script links.</summary>
    public string? Resolve(string? href)
    {
        if (href is null)
        {
            return null;
        }

        var trimmed = href.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (_base is not null && Uri.TryCreate(_base, trimmed, out var resolved))
        {
            return resolved.AbsoluteUri;
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) ? absolute.AbsoluteUri : trimmed;
    }
}
