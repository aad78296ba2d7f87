using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace Ingest.Readers.Csv;

/// <summary>
/// Reads CSV and TSV files as one <see cref="BlockKind.Table"/> block (records line-fed, fields tab-separated, the
/// header row first). TSV splits on tabs; CSV on the most frequent of comma, semicolon and tab in the first line
/// outside quotes. Metadata gives the delimiter, the column count (of the first record) and the row count.
/// Memory is bounded: records are read one at a time into the table text, which stops at
/// <see cref="CsvReaderOptions.MaxTextLength"/> characters or <see cref="CsvReaderOptions.MaxRows"/> records with a
/// warning that says where.
/// </summary>
public sealed class CsvReader : IDocumentReader, IFormatSniffer
{
    private const int SniffLength = 4096;

    private readonly CsvReaderOptions _options;

    /// <summary>Creates a reader with the default options.</summary>
    public CsvReader()
        : this(new CsvReaderOptions())
    {
    }

    /// <summary>Creates a reader with the given options.</summary>
    /// <param name="options">The options.</param>
    public CsvReader(CsvReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>Creates a reader with options from dependency injection.</summary>
    /// <param name="options">The options.</param>
    public CsvReader(IOptions<CsvReaderOptions> options)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    /// <summary>Comma-separated values (<c>text/csv</c>, <c>.csv</c>).</summary>
    public static DocumentFormat CsvFormat { get; } = new("text/csv", ".csv");

    /// <summary>Tab-separated values (<c>text/tab-separated-values</c>, <c>.tsv</c>, <c>.tab</c>).</summary>
    public static DocumentFormat TsvFormat { get; } = new("text/tab-separated-values", ".tsv", ".tab");

    /// <inheritdoc />
    public string Name => "csv";

    /// <inheritdoc />
    public IReadOnlyList<DocumentFormat> Formats { get; } = [CsvFormat, TsvFormat];

    /// <inheritdoc />
    /// <remarks>Unlabelled text whose records all have the same number of tabs, commas or semicolons outside quotes.</remarks>
    public string? Sniff(ReadOnlySpan<byte> head, string detectedMediaType)
        => detectedMediaType == MediaTypes.PlainText && DelimitedSignature.Delimiter(head) is { } delimiter
            ? (delimiter == '\t' ? TsvFormat.MediaType : CsvFormat.MediaType)
            : null;

    /// <inheritdoc />
    /// <remarks>False: the signature suggests the format, so text named <c>.txt</c> is not taken from the text reader.</remarks>
    public bool IsConclusive => false;

    /// <inheritdoc />
    public async ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        var builder = new DocumentBuilder(context.Source.Uri, context.MediaType, 4096);
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 65536, leaveOpen: true);
        var head = new char[SniffLength];
        var headLength = await reader.ReadBlockAsync(head.AsMemory(), cancellationToken).ConfigureAwait(false);
        var delimiter = context.MediaType == TsvFormat.MediaType ? '\t' : DetectDelimiter(head.AsSpan(0, headLength));
        using var text = new PrefixedReader(head, headLength, reader);
        try
        {
            ReadTable(new CsvTokenizer(text, delimiter, _options.MaxFieldLength), builder, cancellationToken);
        }
        catch (IOException ex)
        {
            throw new DocumentReadException("csv.read-failed", "The file could not be read: " + ex.Message, ex);
        }

        builder.Metadata.Extra["delimiter"] = delimiter == '\t' ? "tab" : delimiter.ToString();
        return builder.Build();
    }

    private void ReadTable(CsvTokenizer tokenizer, DocumentBuilder builder, CancellationToken cancellationToken)
    {
        var table = new StringBuilder();
        var fields = new List<string>();
        int rows = 0, columns = 0, ragged = 0;
        while (tokenizer.ReadRecord(fields))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (rows == _options.MaxRows)
            {
                builder.AddDiagnostic(DiagnosticSeverity.Warning, "csv.rows-truncated", $"The file has more than {_options.MaxRows} records; the rest were not read.", $"record {rows + 1}");
                break;
            }

            if ((++rows & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (table.Length + (table.Length > 0 ? 1 : 0) + RecordLength(fields) > _options.MaxTextLength)
            {
                rows--;
                builder.AddDiagnostic(
                    DiagnosticSeverity.Warning,
                    "csv.text-truncated",
                    $"The table reached {table.Length:N0} characters after {rows:N0} records, and the next record would pass the limit of {_options.MaxTextLength:N0} (CsvReaderOptions.MaxTextLength); the rest were not read.",
                    $"record {rows + 1}");
                break;
            }

            columns = rows == 1 ? fields.Count : columns;
            ragged += fields.Count != columns ? 1 : 0;
            if (table.Length > 0)
            {
                table.Append('\n');
            }

            table.AppendJoin('\t', fields);
        }

        Report(tokenizer, builder, ragged);
        builder.AddBlock(BlockKind.Table, table.ToString());
        builder.Metadata.Extra["rows"] = rows.ToString(CultureInfo.InvariantCulture);
        builder.Metadata.Extra["columns"] = columns.ToString(CultureInfo.InvariantCulture);
    }

    private static int RecordLength(List<string> fields)
    {
        var length = fields.Count - 1;
        foreach (var field in fields)
        {
            length += field.Length;
        }

        return length;
    }

    private static void Report(CsvTokenizer tokenizer, DocumentBuilder builder, int ragged)
    {
        if (tokenizer.UnterminatedQuote)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Warning, "csv.unterminated-quote", "A quoted field is not closed; it runs to the end of the file.");
        }

        if (tokenizer.FieldTruncated)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Warning, "csv.field-truncated", "Fields longer than the limit were cut.");
        }

        if (ragged > 0)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Info, "csv.ragged-rows", $"{ragged} records have a different number of fields than the first.");
        }
    }

    /// <summary>The most frequent of comma, semicolon and tab in the first record, outside quotes; comma when none occurs.</summary>
    private static char DetectDelimiter(ReadOnlySpan<char> head)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in head)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted)
            {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }
}
