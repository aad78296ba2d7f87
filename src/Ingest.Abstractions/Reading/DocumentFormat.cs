namespace Ingest;

/// <summary>A format a reader reads: its media type and the file extensions that usually carry it.</summary>
public sealed class DocumentFormat
{
    /// <summary>Creates a format.</summary>
    /// <param name="mediaType">The media type, lower-case without parameters (<c>text/csv</c>).</param>
    /// <param name="extensions">File extensions with their dot (<c>.csv</c>), used only when the content does not decide.</param>
    public DocumentFormat(string mediaType, params string[] extensions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mediaType);
        ArgumentNullException.ThrowIfNull(extensions);
        MediaType = mediaType.ToLowerInvariant();
        Extensions = Array.ConvertAll(extensions, e => e.StartsWith('.') ? e.ToLowerInvariant() : "." + e.ToLowerInvariant());
    }

    /// <summary>Plain text (<c>text/plain</c>).</summary>
    public static DocumentFormat PlainText { get; } = new(MediaTypes.PlainText, ".txt", ".text", ".md", ".markdown", ".log");

    /// <summary>HTML (<c>text/html</c>).</summary>
    public static DocumentFormat Html { get; } = new(MediaTypes.Html, ".html", ".htm", ".xhtml");

    /// <summary>PDF (<c>application/pdf</c>).</summary>
    public static DocumentFormat Pdf { get; } = new(MediaTypes.Pdf, ".pdf");

    /// <summary>The media type.</summary>
    public string MediaType { get; }

    /// <summary>The file extensions, lower-case with their dot.</summary>
    public IReadOnlyList<string> Extensions { get; }

    /// <inheritdoc />
    public override string ToString() => MediaType;
}
