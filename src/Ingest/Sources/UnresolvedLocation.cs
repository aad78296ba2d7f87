namespace Ingest.Sources;

/// <summary>
/// A location that yielded no document, carried through the pipeline so that it produces its one failed result:
/// opening it throws a permanent <see cref="SourceException"/> with the reason.
/// </summary>
internal sealed class UnresolvedLocation : SourceDocument
{
    private readonly string _code;
    private readonly string _message;

    public UnresolvedLocation(string location, string code, string message)
        : base(IdentityOf(location))
    {
        _code = code;
        _message = message;
    }

    public override ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default)
        => ValueTask.FromException<Stream>(new SourceException(_code, _message, isTransient: false));

    /// <summary>The location as a URI: a URL as it is, a path as its full <c>file://</c> form, else the text as typed.</summary>
    private static Uri IdentityOf(string location)
    {
        if (Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme.Length > 1)
        {
            return uri;
        }

        try
        {
            var full = Path.GetFullPath(location);
            if (full.IndexOfAny(['?', '#', '%']) < 0 && Uri.TryCreate(full, UriKind.Absolute, out var path))
            {
                return path;
            }

            // A pattern's '?' or a '#' would start a query or fragment; the builder escapes them into the path.
            return new UriBuilder(Uri.UriSchemeFile, string.Empty) { Path = full }.Uri;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or UriFormatException)
        {
        }

        return new Uri(Uri.EscapeDataString(location), UriKind.Relative);
    }
}
