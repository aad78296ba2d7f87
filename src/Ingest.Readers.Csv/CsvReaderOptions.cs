namespace Ingest.Readers.Csv;

/// <summary>Options of the <see cref="CsvReader"/>.</summary>
public sealed class CsvReaderOptions
{
    /// <summary>The default of <see cref="MaxRows"/>.</summary>
    public const int DefaultMaxRows = 1_000_000;

    /// <summary>The most records read; the rest are skipped with a <c>csv.rows-truncated</c> warning. Defaults to <see cref="DefaultMaxRows"/>.</summary>
    public int MaxRows { get; set; } = DefaultMaxRows;

    /// <summary>The default of <see cref="MaxTextLength"/>: 4 Mi characters (8 MB of text).</summary>
    public const int DefaultMaxTextLength = 4 << 20;

    /// <summary>
    /// The most characters of table text one document holds; the records past it are not read, with a
    /// <c>csv.text-truncated</c> warning. It bounds the memory of a document, whose text the pipeline then enriches with
    /// entities in proportion to its length. Defaults to <see cref="DefaultMaxTextLength"/>.
    /// </summary>
    public int MaxTextLength { get; set; } = DefaultMaxTextLength;

    /// <summary>The longest field in characters; a longer one is cut with a <c>csv.field-truncated</c> warning. Defaults to 1,048,576.</summary>
    public int MaxFieldLength { get; set; } = 1 << 20;

    /// <summary>Checks the options; throws <see cref="ArgumentOutOfRangeException"/> for a value out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxRows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFieldLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxTextLength);
    }
}
