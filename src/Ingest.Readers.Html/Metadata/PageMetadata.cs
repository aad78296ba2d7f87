using AngleSharp.Dom;

namespace Ingest.Readers.Html.Metadata;

/// <summary>What the reader learned from a page's head and markup besides its text.</summary>
internal sealed class PageMetadata
{
    /// <summary>The title, with the site name removed.</summary>
    public string? Title { get; set; }

    /// <summary>The element the title was read from, for provenance.</summary>
    public IElement? TitleElement { get; set; }

    /// <summary>The <c>&lt;base href&gt;</c>, if any.</summary>
    public string? BaseHref { get; set; }
}
