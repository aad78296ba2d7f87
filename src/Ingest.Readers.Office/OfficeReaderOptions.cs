namespace Ingest.Readers.Office;

/// <summary>Options of the Word, Excel and PowerPoint readers.</summary>
public sealed class OfficeReaderOptions
{
    /// <summary>The default of <see cref="MaxRowsPerSheet"/>.</summary>
    public const int DefaultMaxRowsPerSheet = 100_000;

    /// <summary>The default of <see cref="MaxUncompressedBytes"/> (1 GiB).</summary>
    public const long DefaultMaxUncompressedBytes = 1L << 30;

    /// <summary>The default of <see cref="MaxCompressionRatio"/>.</summary>
    public const int DefaultMaxCompressionRatio = 200;

    /// <summary>
    /// The most rows read from one sheet; the rest are skipped with an <c>xlsx.rows-truncated</c> warning.
    /// Defaults to <see cref="DefaultMaxRowsPerSheet"/>.
    /// </summary>
    public int MaxRowsPerSheet { get; set; } = DefaultMaxRowsPerSheet;

    /// <summary>
    /// The most bytes the parts of one package may expand to; a larger package fails with <c>office.too-large</c>
    /// before anything is decompressed. Defaults to <see cref="DefaultMaxUncompressedBytes"/>.
    /// </summary>
    public long MaxUncompressedBytes { get; set; } = DefaultMaxUncompressedBytes;

    /// <summary>
    /// The largest expansion of one part (uncompressed over compressed size) accepted for parts over a megabyte; a
    /// larger one is a zip bomb and fails with <c>office.zip-bomb</c>. Defaults to <see cref="DefaultMaxCompressionRatio"/>.
    /// </summary>
    public int MaxCompressionRatio { get; set; } = DefaultMaxCompressionRatio;

    /// <summary>Whether comments are read (as blocks after the body). Defaults to <see langword="true"/>.</summary>
    public bool IncludeComments { get; set; } = true;

    /// <summary>Whether footnotes and endnotes are read (as blocks after the body). Defaults to <see langword="true"/>.</summary>
    public bool IncludeNotes { get; set; } = true;

    /// <summary>Checks the options; throws <see cref="ArgumentOutOfRangeException"/> for a value out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxRowsPerSheet);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxUncompressedBytes);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCompressionRatio, 2);
    }
}
