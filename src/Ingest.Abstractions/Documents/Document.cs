namespace Ingest;

/// <summary>
/// A document as read from its source: normalized text, structural blocks over that text, metadata,
/// typed entities added by normalizers, and diagnostics.
/// </summary>
/// <remarks>
/// A document is built by one reader (see <see cref="DocumentBuilder"/>) and then enriched in turn by each
/// normalizer; it is not meant to be changed by several threads at once.
/// </remarks>
public sealed class Document
{
    /// <summary>Creates a document. Readers normally use <see cref="DocumentBuilder"/> instead.</summary>
    /// <param name="source">The identity of the source document.</param>
    /// <param name="mediaType">The media type the document was read as.</param>
    /// <param name="text">The normalized text.</param>
    /// <param name="blocks">The blocks, as ranges of <paramref name="text"/>, in reading order.</param>
    /// <param name="metadata">The metadata.</param>
    public Document(Uri source, string mediaType, string text, IReadOnlyList<Block> blocks, DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(mediaType);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(metadata);
        Source = source;
        MediaType = mediaType;
        Text = text;
        Blocks = blocks;
        Metadata = metadata;
    }

    /// <summary>The identity of the source document.</summary>
    public Uri Source { get; }

    /// <summary>The media type the document was read as.</summary>
    public string MediaType { get; }

    /// <summary>The normalized text. Block and entity offsets are UTF-16 offsets into it.</summary>
    public string Text { get; }

    /// <summary>The blocks in reading order.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>The metadata.</summary>
    public DocumentMetadata Metadata { get; }

    /// <summary>Typed annotations over ranges of <see cref="Text"/>: links from readers, dates, numbers and names from normalizers.</summary>
    /// <remarks>
    /// Bounded in the pipeline by <c>IngestOptions.MaxEntitiesPerDocument</c>: adding an entity to a document that
    /// holds that many throws <see cref="InvalidOperationException"/>, and the result says so (<c>normalize.entity-limit</c>).
    /// </remarks>
    public IList<Entity> Entities => EntityList;

    /// <summary>The entities with their limit, which the pipeline sets.</summary>
    internal EntityList EntityList { get; } = new();

    /// <summary>What went wrong or was worked around while reading and normalizing.</summary>
    public IList<Diagnostic> Diagnostics { get; } = new List<Diagnostic>();
}
