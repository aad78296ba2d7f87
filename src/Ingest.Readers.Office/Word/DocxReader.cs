using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ingest.Readers.Office.Packaging;
using Microsoft.Extensions.Options;

namespace Ingest.Readers.Office.Word;

/// <summary>
/// Reads Word documents (DOCX): body text in reading order with the title, headings (paragraph styles and outline
/// levels), list items and tables; running headers and footers; footnotes, endnotes and comments as blocks after the
/// body; metadata from the core and app properties; each block's part and element path under
/// <c>Metadata.Extra["provenance"]</c>.
/// </summary>
public sealed class DocxReader : IDocumentReader, IFormatSniffer
{
    private static readonly IReadOnlyList<DocumentFormat> DocxFormats = [OfficeFormats.Docx];

    private readonly OfficeReaderOptions _options;

    /// <summary>Creates a reader with the default options.</summary>
    public DocxReader()
        : this(new OfficeReaderOptions())
    {
    }

    /// <summary>Creates a reader with the given options.</summary>
    /// <param name="options">The options.</param>
    public DocxReader(OfficeReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>Creates a reader with options from dependency injection.</summary>
    /// <param name="options">The options.</param>
    public DocxReader(IOptions<OfficeReaderOptions> options)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    /// <inheritdoc />
    public string Name => "docx";

    /// <inheritdoc />
    public IReadOnlyList<DocumentFormat> Formats => DocxFormats;

    /// <inheritdoc />
    /// <remarks>A ZIP whose <c>[Content_Types].xml</c> (or, failing that, its first part names) says it holds this format's main part.</remarks>
    public string? Sniff(ReadOnlySpan<byte> head, string detectedMediaType)
        => detectedMediaType == "application/zip" && OpenXmlSignature.MediaType(head) == OfficeFormats.DocxMediaType ? OfficeFormats.DocxMediaType : null;

    /// <inheritdoc />
    public ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
        => OfficeReading.ReadAsync(content, context, _options, "docx", Read, cancellationToken);

    private Document Read(MemoryStream package, DocumentBuilder builder, CancellationToken cancellationToken)
    {
        using var document = WordprocessingDocument.Open(package, false, OfficeReading.Settings);
        var main = document.MainDocumentPart ?? throw new DocumentReadException("docx.malformed", "The package has no main document part.");
        OfficeMetadata.Fill(document, builder.Metadata, document.ExtendedFilePropertiesPart);
        var paths = new BlockPaths();
        var walker = new WordBodyWalker(builder, paths, new WordStyles(main));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var header in main.HeaderParts)
        {
            walker.AddFurniture(header.Header, BlockKind.PageHeader, header.Uri.OriginalString, seen);
        }

        var body = main.Document?.Body ?? throw new DocumentReadException("docx.malformed", "The main document part has no body.");
        walker.Walk(body, main.Uri.OriginalString + "#/body", cancellationToken);
        foreach (var footer in main.FooterParts)
        {
            walker.AddFurniture(footer.Footer, BlockKind.PageFooter, footer.Uri.OriginalString, seen);
        }

        if (_options.IncludeNotes)
        {
            AddNotes(main, walker);
        }

        if (_options.IncludeComments && main.WordprocessingCommentsPart?.Comments is { } comments)
        {
            foreach (var comment in comments.Elements<Comment>())
            {
                walker.AddNote(comment, $"{main.WordprocessingCommentsPart.Uri}#/comments/comment[@id={comment.Id?.Value}]");
            }
        }

        paths.WriteTo(builder.Metadata);
        return builder.Build();
    }

    private static void AddNotes(MainDocumentPart main, WordBodyWalker walker)
    {
        if (main.FootnotesPart?.Footnotes is { } footnotes)
        {
            foreach (var note in footnotes.Elements<Footnote>().Where(n => n.Type is null || n.Type.Value == FootnoteEndnoteValues.Normal))
            {
                walker.AddNote(note, $"{main.FootnotesPart.Uri}#/footnotes/footnote[@id={note.Id?.Value}]");
            }
        }

        if (main.EndnotesPart?.Endnotes is { } endnotes)
        {
            foreach (var note in endnotes.Elements<Endnote>().Where(n => n.Type is null || n.Type.Value == FootnoteEndnoteValues.Normal))
            {
                walker.AddNote(note, $"{main.EndnotesPart.Uri}#/endnotes/endnote[@id={note.Id?.Value}]");
            }
        }
    }
}
