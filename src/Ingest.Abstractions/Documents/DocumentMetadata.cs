namespace Ingest;

/// <summary>What a document says about itself: title, authors, dates, language and more.</summary>
public sealed class DocumentMetadata
{
    /// <summary>The title.</summary>
    public string? Title { get; set; }

    /// <summary>The authors, in the order the document gives them.</summary>
    public IList<string> Authors { get; } = new List<string>();

    /// <summary>The publication date. Normalizers use it as the reference date for relative and year-less dates.</summary>
    public DateOnly? Published { get; set; }

    /// <summary>The date of the last modification.</summary>
    public DateOnly? Modified { get; set; }

    /// <summary>The language as a BCP 47 tag (<c>en</c>, <c>en-GB</c>).</summary>
    public string? Language { get; set; }

    /// <summary>The number of pages (paged formats).</summary>
    public int? PageCount { get; set; }

    /// <summary>The name of the site or publication.</summary>
    public string? SiteName { get; set; }

    /// <summary>The canonical URL of the document.</summary>
    public Uri? CanonicalUrl { get; set; }

    /// <summary>A short description or summary.</summary>
    public string? Description { get; set; }

    /// <summary>Other key-value metadata (for example <c>producer</c>, <c>pdfVersion</c>, <c>modifiedTime</c>).</summary>
    public IDictionary<string, string> Extra { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
