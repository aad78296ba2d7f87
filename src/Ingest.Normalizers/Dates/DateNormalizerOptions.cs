namespace Ingest.Normalizers.Dates;

/// <summary>Options for <see cref="DateNormalizer"/>.</summary>
public sealed class DateNormalizerOptions
{
    /// <summary>
    /// The reference date used when the document has no published date and the pipeline gave none.
    /// Default <see langword="null"/>: unresolvable values stay unresolved (<c>XXXX-09-27</c>), never today's date.
    /// </summary>
    public DateOnly? ReferenceDate { get; set; }

    /// <summary>Whether durations ("six-week", "30 years", "a quarter century") are reported. Default <see langword="true"/>.</summary>
    public bool IncludeDurations { get; set; } = true;

    /// <summary>Whether durations in hours, minutes and seconds are reported. Default <see langword="true"/>.</summary>
    public bool IncludeTimeDurations { get; set; } = true;

    /// <summary>Whether vague references ("today" without a reference date, "now", "in the future") are reported. Default <see langword="true"/>.</summary>
    public bool IncludeReferences { get; set; } = true;

    /// <summary>
    /// Whether a year-less date takes its year from an earlier fully dated expression in the same paragraph
    /// ("In August 1918 … on 14 September" is 1918-09-14) before falling back to the reference date. Default <see langword="true"/>.
    /// </summary>
    public bool InferFromEarlierDates { get; set; } = true;

    /// <summary>Texts longer than this many characters are normalized only up to this length, with a diagnostic. Default 16 M characters.</summary>
    public int MaxTextLength { get; set; } = 16 * 1024 * 1024;
}
