using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ingest.Readers.Office.Packaging;
using Microsoft.Extensions.Options;

namespace Ingest.Readers.Office.Spreadsheet;

/// <summary>
/// Reads Excel workbooks (XLSX): for each worksheet in workbook order, a heading with the sheet name and a
/// <see cref="BlockKind.Table"/> block with its cells (see <see cref="SheetTableReader"/>), streamed with
/// <c>OpenXmlReader</c> and cut at <see cref="OfficeReaderOptions.MaxRowsPerSheet"/> with an <c>xlsx.rows-truncated</c>
/// warning; metadata from the core and app properties; each block's part path under <c>Metadata.Extra["provenance"]</c>.
/// </summary>
public sealed class XlsxReader : IDocumentReader, IFormatSniffer
{
    private static readonly IReadOnlyList<DocumentFormat> XlsxFormats = [OfficeFormats.Xlsx];

    private readonly OfficeReaderOptions _options;

    /// <summary>Creates a reader with the default options.</summary>
    public XlsxReader()
        : this(new OfficeReaderOptions())
    {
    }

    /// <summary>Creates a reader with the given options.</summary>
    /// <param name="options">The options.</param>
    public XlsxReader(OfficeReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>Creates a reader with options from dependency injection.</summary>
    /// <param name="options">The options.</param>
    public XlsxReader(IOptions<OfficeReaderOptions> options)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    /// <inheritdoc />
    public string Name => "xlsx";

    /// <inheritdoc />
    public IReadOnlyList<DocumentFormat> Formats => XlsxFormats;

    /// <inheritdoc />
    /// <remarks>A ZIP whose <c>[Content_Types].xml</c> (or, failing that, its first part names) says it holds this format's main part.</remarks>
    public string? Sniff(ReadOnlySpan<byte> head, string detectedMediaType)
        => detectedMediaType == "application/zip" && OpenXmlSignature.MediaType(head) == OfficeFormats.XlsxMediaType ? OfficeFormats.XlsxMediaType : null;

    /// <inheritdoc />
    public ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
        => OfficeReading.ReadAsync(content, context, _options, "xlsx", Read, cancellationToken);

    private Document Read(MemoryStream package, DocumentBuilder builder, CancellationToken cancellationToken)
    {
        using var document = SpreadsheetDocument.Open(package, false, OfficeReading.Settings);
        var workbook = document.WorkbookPart ?? throw new DocumentReadException("xlsx.malformed", "The package has no workbook part.");
        OfficeMetadata.Fill(document, builder.Metadata, document.ExtendedFilePropertiesPart);
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [];
        var reader = new SheetTableReader(SharedStrings.Read(workbook, cancellationToken), _options.MaxRowsPerSheet, CellNumberFormats.Read(workbook));
        var paths = new BlockPaths();
        var table = new StringBuilder();
        var count = 0;
        foreach (var sheet in sheets)
        {
            if (sheet.Id?.Value is not { } id || !workbook.TryGetPartById(id, out var part) || part is not WorksheetPart worksheet)
            {
                continue;
            }

            count++;
            var name = sheet.Name?.Value ?? $"Sheet{count}";
            paths.Add(builder, builder.AddBlock(BlockKind.Heading, name, 1), $"{workbook.Uri}#/workbook/sheets/sheet[{count}]");
            table.Clear();
            reader.Read(worksheet, table, cancellationToken);
            paths.Add(builder, builder.AddBlock(BlockKind.Table, table.ToString()), $"{worksheet.Uri}#/worksheet/sheetData");
            if (reader.Truncated)
            {
                builder.AddDiagnostic(DiagnosticSeverity.Warning, "xlsx.rows-truncated", $"The sheet {name} has more than {_options.MaxRowsPerSheet} rows; the rest were not read.", $"sheet {name}");
            }
        }

        if (reader.BadReferences > 0)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Info, "xlsx.cell-reference-ignored", $"{reader.BadReferences} cells had an out-of-order or implausible reference and were placed after the previous cell.");
        }

        builder.Metadata.Extra["sheets"] = count.ToString(CultureInfo.InvariantCulture);
        builder.Metadata.Extra["cells"] = reader.Cells.ToString(CultureInfo.InvariantCulture);
        paths.WriteTo(builder.Metadata);
        return builder.Build();
    }
}
