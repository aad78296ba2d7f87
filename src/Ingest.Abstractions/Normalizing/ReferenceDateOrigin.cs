namespace Ingest;

/// <summary>Where a normalizer's reference date came from.</summary>
public enum ReferenceDateOrigin
{
    /// <summary>There is no reference date.</summary>
    None,

    /// <summary>The document's published date.</summary>
    DocumentDate,

    /// <summary>The date the caller configured (for example <c>--reference-date</c>).</summary>
    Configured,
}
