namespace Ingest.Readers.Archives;

/// <summary>Options of the <see cref="ZipReader"/> and <see cref="EpubReader"/>.</summary>
public sealed class ArchiveReaderOptions
{
    /// <summary>The most entries listed and extracted; more give a <c>zip.too-many-entries</c> warning. Defaults to 10,000.</summary>
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>The largest entry extracted, in bytes; a larger one is skipped (<c>zip.entry-too-large</c>). Defaults to 256 MiB.</summary>
    public long MaxEntryBytes { get; set; } = 256L << 20;

    /// <summary>The most bytes all extracted entries together may expand to; the rest are skipped (<c>zip.too-large</c>). Defaults to 1 GiB.</summary>
    public long MaxTotalBytes { get; set; } = 1L << 30;

    /// <summary>The largest expansion (uncompressed over compressed size) of an entry over a megabyte; more is a zip bomb (<c>zip.zip-bomb</c>). Defaults to 200.</summary>
    public int MaxCompressionRatio { get; set; } = 200;

    /// <summary>Checks the options; throws <see cref="ArgumentOutOfRangeException"/> for a value out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxEntries);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxEntryBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxTotalBytes);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCompressionRatio, 2);
    }
}
