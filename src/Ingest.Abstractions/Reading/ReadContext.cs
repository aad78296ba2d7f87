namespace Ingest;

/// <summary>What a reader knows about the document it reads, besides its bytes.</summary>
public sealed class ReadContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="source">The source document.</param>
    /// <param name="mediaType">The media type the content was detected as.</param>
    public ReadContext(SourceDocument source, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrEmpty(mediaType);
        Source = source;
        MediaType = mediaType;
    }

    /// <summary>The source document.</summary>
    public SourceDocument Source { get; }

    /// <summary>The media type the content was detected as.</summary>
    public string MediaType { get; }

    /// <summary>A character set detected from the content (for example <c>utf-16le</c> from a byte-order mark or byte pattern), or <see langword="null"/>.</summary>
    public string? DetectedCharset { get; init; }

    /// <summary>The largest number of bytes the reader may read; the content stream fails past it.</summary>
    public long MaxBytes { get; init; } = long.MaxValue;
}
