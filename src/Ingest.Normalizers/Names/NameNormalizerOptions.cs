namespace Ingest.Normalizers.Names;

/// <summary>Options of the <see cref="NameNormalizer"/>.</summary>
public sealed class NameNormalizerOptions
{
    /// <summary>
    /// Extra aliases, from a variant to the canonical name it stands for (<c>["Tiflis"] = "Tbilisi"</c>), added to the
    /// built-in alias table. Empty by default.
    /// </summary>
    public IDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Extra gazetteer entries: full names of people, places and organisations, added to the built-in gazetteers
    /// (countries, capitals, major cities, regions, organisations, well-known people). Empty by default.
    /// </summary>
    public IDictionary<string, NameKind> Gazetteer { get; } = new Dictionary<string, NameKind>(StringComparer.Ordinal);

    /// <summary>Whether organisation mentions are reported as well as people and places. Default <see langword="true"/>.</summary>
    public bool IncludeOrganizations { get; set; } = true;

    /// <summary>Whether the document's authors (its byline) are taken as known people. Default <see langword="true"/>.</summary>
    public bool UseAuthors { get; set; } = true;

    /// <summary>
    /// Whether a surname that appears alone in a document is linked to a full name seen in an earlier document
    /// normalized by the same normalizer. Default <see langword="true"/>. "Earlier" is in time: with more than one
    /// worker (<c>IngestOptions.MaxDegreeOfParallelism</c>) two documents normalized at once may or may not see each
    /// other's names, so for keys that are the same on every run, turn this off or use one worker.
    /// </summary>
    public bool LinkAcrossDocuments { get; set; } = true;

    /// <summary>The largest number of surnames remembered across documents; past it, new ones are not remembered. Default 100,000.</summary>
    public int MaxRememberedNames { get; set; } = 100_000;
}
