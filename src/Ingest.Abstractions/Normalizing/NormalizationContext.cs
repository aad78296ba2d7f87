namespace Ingest;

/// <summary>What a normalizer knows besides the document itself.</summary>
public sealed class NormalizationContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="referenceDate">The date relative and year-less expressions are resolved against, or <see langword="null"/> when none is known.</param>
    /// <param name="referenceDateOrigin">Where the reference date came from.</param>
    public NormalizationContext(DateOnly? referenceDate, ReferenceDateOrigin referenceDateOrigin)
    {
        ReferenceDate = referenceDate;
        ReferenceDateOrigin = referenceDate is null ? ReferenceDateOrigin.None : referenceDateOrigin;
    }

    /// <summary>
    /// The date relative and year-less expressions are resolved against: the document's published date, else the
    /// one the caller configured, else <see langword="null"/> (never silently today's date).
    /// </summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>Where <see cref="ReferenceDate"/> came from.</summary>
    public ReferenceDateOrigin ReferenceDateOrigin { get; }

    /// <summary>Creates the context for <paramref name="document"/>: its published date wins over <paramref name="configured"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="configured">The reference date the caller configured, if any.</param>
    public static NormalizationContext For(Document document, DateOnly? configured)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Metadata.Published is { } published
            ? new NormalizationContext(published, ReferenceDateOrigin.DocumentDate)
            : new NormalizationContext(configured, ReferenceDateOrigin.Configured);
    }
}
