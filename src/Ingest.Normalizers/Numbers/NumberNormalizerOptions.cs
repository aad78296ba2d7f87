using System.Globalization;

namespace Ingest.Normalizers.Numbers;

/// <summary>Options for the <see cref="NumberNormalizer"/>.</summary>
public sealed class NumberNormalizerOptions
{
    /// <summary>
    /// The culture whose digit group and decimal separators are read: with the default, <see cref="CultureInfo.InvariantCulture"/>
    /// (English usage), <c>1,960</c> is 1960 and <c>1.5</c> is one and a half; with <c>de-DE</c> it is the other way round.
    /// A space or no-break space between groups of three digits is read as a group separator in every culture.
    /// </summary>
    public CultureInfo Culture { get; set; } = CultureInfo.InvariantCulture;

    /// <summary>Whether the counted noun after a number is captured as its unit (<c>1,960 peacekeepers</c>). Default <see langword="true"/>.</summary>
    public bool CaptureUnits { get; set; } = true;

    /// <summary>Whether ordinals (<c>102nd</c>, <c>second</c>) are reported. Default <see langword="true"/>.</summary>
    public bool IncludeOrdinals { get; set; } = true;

    /// <summary>
    /// Whether a number whose span overlaps an entity of type <c>date</c> already on the document is dropped
    /// (the date normalizer runs first and owns years and day numbers); a date that is a duration (<c>11 hours</c>) is not
    /// yielded to, as it is a measured quantity of time too. Default <see langword="true"/>.
    /// </summary>
    public bool YieldToDates { get; set; } = true;

    /// <summary>The longest block, in characters, that is scanned; longer blocks are scanned up to this length and a diagnostic is added. Default 4,000,000.</summary>
    public int MaxBlockLength { get; set; } = 4_000_000;
}
