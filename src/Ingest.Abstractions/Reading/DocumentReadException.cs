namespace Ingest;

/// <summary>
/// The one exception type a reader throws for input it cannot read at all (for example a PDF that needs a password).
/// The pipeline turns it into a failed result with its <see cref="Code"/>.
/// </summary>
public sealed class DocumentReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">A stable, dotted diagnostic code such as <c>pdf.encrypted.password-required</c>.</param>
    /// <param name="message">A message for people.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public DocumentReadException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        Code = code;
    }

    /// <summary>The diagnostic code.</summary>
    public string Code { get; }
}
