namespace Ingest.Normalizers.Dates;

/// <summary>Where the inferred parts of a date value came from.</summary>
public enum DateInferenceSource
{
    /// <summary>Nothing was inferred.</summary>
    None,

    /// <summary>The document's published date.</summary>
    DocumentDate,

    /// <summary>The reference date the caller configured.</summary>
    ConfiguredDate,

    /// <summary>An earlier date in the same paragraph ("In August 1918 … on 14 September").</summary>
    EarlierDate,

    /// <summary>The other end of a range ("September-November 2020").</summary>
    RangeEnd,

    /// <summary>A default assumption (the 20th century for "the 70s").</summary>
    Assumption,
}
