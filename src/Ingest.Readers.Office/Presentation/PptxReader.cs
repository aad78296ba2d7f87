using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using Ingest.Readers.Office.Packaging;
using Microsoft.Extensions.Options;

namespace Ingest.Readers.Office.Presentation;

/// <summary>
/// Reads PowerPoint presentations (PPTX): slides in presentation order, each with its title as a heading, its text
/// (see <see cref="SlideWalker"/>) and its speaker notes, the slide number as the block page; metadata from the core
/// and app properties; each block's part and element path under <c>Metadata.Extra["provenance"]</c>.
/// </summary>
public sealed class PptxReader : IDocumentReader, IFormatSniffer
{
    private static readonly IReadOnlyList<DocumentFormat> PptxFormats = [OfficeFormats.Pptx];

    private readonly OfficeReaderOptions _options;

    /// <summary>Creates a reader with the default options.</summary>
    public PptxReader()
        : this(new OfficeReaderOptions())
    {
    }

    /// <summary>Creates a reader with the given options.</summary>
    /// <param name="options">The options.</param>
    public PptxReader(OfficeReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>Creates a reader with options from dependency injection.</summary>
    /// <param name="options">The options.</param>
    public PptxReader(IOptions<OfficeReaderOptions> options)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    /// <inheritdoc />
    public string Name => "pptx";

    /// <inheritdoc />
    public IReadOnlyList<DocumentFormat> Formats => PptxFormats;

    /// <inheritdoc />
    /// <remarks>A ZIP whose <c>[Content_Types].xml</c> (or, failing that, its first part names) says it holds this format's main part.</remarks>
    public string? Sniff(ReadOnlySpan<byte> head, string detectedMediaType)
        => detectedMediaType == "application/zip" && OpenXmlSignature.MediaType(head) == OfficeFormats.PptxMediaType ? OfficeFormats.PptxMediaType : null;

    /// <inheritdoc />
    public ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
        => OfficeReading.ReadAsync(content, context, _options, "pptx", Read, cancellationToken);

    private Document Read(MemoryStream package, DocumentBuilder builder, CancellationToken cancellationToken)
    {
        using var document = PresentationDocument.Open(package, false, OfficeReading.Settings);
        var presentation = document.PresentationPart ?? throw new DocumentReadException("pptx.malformed", "The package has no presentation part.");
        OfficeMetadata.Fill(document, builder.Metadata, document.ExtendedFilePropertiesPart);
        var paths = new BlockPaths();
        var walker = new SlideWalker(builder, paths);
        var number = 0;
        foreach (var slideId in presentation.Presentation?.SlideIdList?.Elements<SlideId>() ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (slideId.RelationshipId?.Value is not { } id || !presentation.TryGetPartById(id, out var part) || part is not SlidePart slide)
            {
                continue;
            }

            number++;
            if (slide.Slide?.CommonSlideData?.ShapeTree is { } tree)
            {
                walker.AddSlide(tree, number, $"{slide.Uri}#/sld/cSld/spTree");
            }

            if (_options.IncludeNotes && slide.NotesSlidePart?.NotesSlide is { } notes)
            {
                walker.AddNotes(notes, number, $"{slide.NotesSlidePart.Uri}#/notes");
            }
        }

        builder.Metadata.PageCount = number;
        paths.WriteTo(builder.Metadata);
        return builder.Build();
    }
}
