namespace Ingest;

/// <summary>
/// The diagnostic codes of a location that yields no document (<see cref="IngestionServiceExtensions.IngestAsync(IIngestionService, IEnumerable{string}, CancellationToken)"/>
/// reports each as one failed result whose source is the location).
/// </summary>
public static class SourceDiagnosticCodes
{
    /// <summary>No file or directory exists at the path (<c>source.not-found</c>).</summary>
    public const string NotFound = "source.not-found";

    /// <summary>A glob pattern matched no file (<c>source.no-match</c>).</summary>
    public const string NoMatch = "source.no-match";

    /// <summary>A directory, URL list or other source held no document (<c>source.empty</c>).</summary>
    public const string Empty = "source.empty";

    /// <summary>No registered source provider accepts the location, for example a URL without <c>AddHttpSource()</c> (<c>source.unsupported-location</c>).</summary>
    public const string UnsupportedLocation = "source.unsupported-location";

    /// <summary>Enumerating the location's documents failed part-way, for example a directory that vanished (<c>source.enumeration-failed</c>).</summary>
    public const string EnumerationFailed = "source.enumeration-failed";

    /// <summary>Whether <paramref name="code"/> says a location yielded no document to read (every code of this class).</summary>
    /// <param name="code">A diagnostic code.</param>
    /// <returns><see langword="true"/> for the codes of this class.</returns>
    public static bool IsLocationFailure(string? code)
        => code is NotFound or NoMatch or Empty or UnsupportedLocation or EnumerationFailed;
}
