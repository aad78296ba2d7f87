using System.Text;

namespace Ingest.Samples.Plugin;

/// <summary>
/// Reads CSV (<c>text/csv</c>, <c>.csv</c>, and tab-separated <c>.tsv</c>): the first record is the header; each
/// following record becomes a table block whose text pairs every value with its column
/// (<c>Name: Ada; Email: ada@example.org</c>). Quoted fields may hold delimiters, doubled quotes and line breaks.
/// </summary>
/// <remarks>
/// It takes part in content detection (<see cref="IFormatSniffer"/>): delimited text is read as CSV whatever its name.
/// </remarks>
public sealed class CsvReader : IDocumentReader, IFormatSniffer
{
    /// <summary>The CSV format.</summary>
    public static DocumentFormat Csv { get; } = new("text/csv", ".csv");

    /// <summary>The tab-separated format.</summary>
    public static DocumentFormat Tsv { get; } = new("text/tab-separated-values", ".tsv", ".tab");

    /// <inheritdoc />
    public string Name => "csv";

    /// <inheritdoc />
    public IReadOnlyList<DocumentFormat> Formats { get; } = new[] { Csv, Tsv };

    /// <inheritdoc />
    public string? Sniff(ReadOnlySpan<byte> head, string detectedMediaType)
        => detectedMediaType == MediaTypes.PlainText ? CsvSignature.Sniff(head) : null;

    /// <inheritdoc />
    public async ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        string text;
        try
        {
            using var reader = new StreamReader(content, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new DocumentReadException("csv.read", $"The CSV content could not be read: {e.Message}", e);
        }

        var builder = new DocumentBuilder(context.Source.Uri, context.MediaType, text.Length);
        if (text.Contains('\uFFFD'))
        {
            builder.AddDiagnostic(DiagnosticSeverity.Warning, "csv.encoding", "The content is not valid UTF-8; invalid bytes were replaced with U+FFFD.");
        }

        var delimiter = context.MediaType == Tsv.MediaType ? '\t' : CsvParser.GuessDelimiter(text);
        var parser = new CsvParser(text, delimiter);
        string[]? header = null;
        var rows = 0;
        var ragged = 0;
        while (parser.TryReadRecord(out var fields, out var range))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (header is null)
            {
                header = fields.Select((f, i) => f.Trim().Length > 0 ? f.Trim() : $"Column {i + 1}").ToArray();
                continue;
            }

            if (fields.Count != header.Length)
            {
                ragged++;
            }

            builder.AddBlock(BlockKind.Table, FormatRow(header, fields), sourceRange: range);
            rows++;
        }

        if (parser.UnterminatedQuote)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Warning, "csv.unterminated-quote", "A quoted field runs to the end of the file; its closing quote is missing.");
        }

        if (ragged > 0)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Info, "csv.ragged", $"{ragged} of {rows} rows do not have {header!.Length} fields.");
        }

        builder.Metadata.Title = Path.GetFileNameWithoutExtension(context.Source.Uri.IsFile ? context.Source.Uri.LocalPath : context.Source.Uri.AbsolutePath);
        builder.Metadata.Extra["csv.columns"] = string.Join(", ", header ?? Array.Empty<string>());
        builder.Metadata.Extra["csv.rows"] = rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return builder.Build();
    }

    private static string FormatRow(string[] header, List<string> fields)
    {
        var row = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            var value = fields[i].Trim();
            if (value.Length == 0)
            {
                continue;
            }

            if (row.Length > 0)
            {
                row.Append("; ");
            }

            row.Append(i < header.Length ? header[i] : $"Column {i + 1}").Append(": ").Append(value.ReplaceLineEndings(" "));
        }

        return row.ToString();
    }
}
