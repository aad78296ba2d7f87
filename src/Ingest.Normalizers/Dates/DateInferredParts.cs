namespace Ingest.Normalizers.Dates;

/// <summary>The parts of a date value that the text did not state and the normalizer supplied.</summary>
[Flags]
public enum DateInferredParts
{
    /// <summary>Everything was stated in the text.</summary>
    None = 0,

    /// <summary>The year was inferred.</summary>
    Year = 1,

    /// <summary>The month was inferred.</summary>
    Month = 2,

    /// <summary>The day was inferred (relative expressions such as "yesterday").</summary>
    Day = 4,

    /// <summary>The century was inferred ("the 70s").</summary>
    Century = 8,
}
