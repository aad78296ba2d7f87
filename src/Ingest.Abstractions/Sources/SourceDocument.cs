namespace Ingest;

/// <summary>
/// Where the bytes of one document come from: a file, a URL, a buffer or a stream.
/// A source document knows its identity and how to open its content; it does not read or interpret it.
/// </summary>
public abstract class SourceDocument
{
    /// <summary>Creates a source document with the given identity.</summary>
    /// <param name="uri">The identity of the document, reported in every result (for example a <c>file://</c> or <c>https://</c> URI).</param>
    protected SourceDocument(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        Uri = uri;
    }

    /// <summary>The identity of the document.</summary>
    public Uri Uri { get; }

    /// <summary>
    /// A media type hint from the source (for example from an HTTP <c>Content-Type</c> header), without parameters;
    /// <see langword="null"/> when unknown. Sources that learn it only when opened (HTTP) override it; the pipeline
    /// reads it after <see cref="OpenAsync"/>.
    /// </summary>
    public virtual string? MediaType { get; init; }

    /// <summary>A character-set hint from the source (for example the <c>charset</c> parameter of an HTTP <c>Content-Type</c>); <see langword="null"/> when unknown.</summary>
    public virtual string? Charset { get; init; }

    /// <summary>The length of the content in bytes, when the source knows it.</summary>
    public virtual long? Length { get; init; }

    /// <summary>Source-specific properties (for example HTTP headers or file timestamps).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = EmptyProperties;

    /// <summary>
    /// The fault domain the pipeline isolates this document's failures in (a circuit breaker per key), for example a remote
    /// host's <c>https://example.org</c>; <see langword="null"/> (the default) for local sources, which share one pipeline
    /// without a breaker. Whether a fault is worth retrying is said by <see cref="SourceException.IsTransient"/>.
    /// </summary>
    public virtual string? ResilienceKey => null;

    /// <summary>The file extension of the identity, lower-case with its dot (<c>.pdf</c>), or an empty string.</summary>
    public string Extension
    {
        get
        {
            var path = Uri.IsAbsoluteUri ? Uri.AbsolutePath : Uri.OriginalString;
            var slash = path.LastIndexOf('/');
            var dot = path.LastIndexOf('.');
            return dot > slash && dot < path.Length - 1 ? path[dot..].ToLowerInvariant() : string.Empty;
        }
    }

    /// <summary>Opens the content for reading. Each call returns a new stream positioned at the start; the caller disposes it.</summary>
    /// <param name="cancellationToken">Cancels opening.</param>
    public abstract ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default);

    /// <inheritdoc />
    public override string ToString() => Uri.ToString();

    private static readonly IReadOnlyDictionary<string, string> EmptyProperties = new Dictionary<string, string>();
}
