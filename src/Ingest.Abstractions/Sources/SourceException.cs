namespace Ingest;

/// <summary>
/// A source could not deliver a document's bytes. Sources throw it from <see cref="SourceDocument.OpenAsync"/> so the
/// pipeline's resilience policy knows whether trying again can help.
/// </summary>
public sealed class SourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">A stable dotted code such as <c>http.status.503</c> or <c>http.truncated</c>.</param>
    /// <param name="message">A message for people.</param>
    /// <param name="isTransient">Whether trying again may succeed (a 503, a reset connection), or not (a 404, a 401).</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public SourceException(string code, string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        Code = code;
        IsTransient = isTransient;
    }

    /// <summary>The diagnostic code.</summary>
    public string Code { get; }

    /// <summary>Whether trying again may succeed.</summary>
    public bool IsTransient { get; }

    /// <summary>How long the source asked to wait before trying again (for example an HTTP <c>Retry-After</c>).</summary>
    public TimeSpan? RetryAfter { get; init; }
}
