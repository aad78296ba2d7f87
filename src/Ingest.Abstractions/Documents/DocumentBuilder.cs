using System.Text;

namespace Ingest;

/// <summary>
/// Builds a <see cref="Document"/> block by block. Blocks are separated in the text by a blank line
/// (<c>"\n\n"</c>), so paragraphs stay apart and block offsets are computed for the reader.
/// </summary>
public sealed class DocumentBuilder
{
    /// <summary>The separator written between two blocks.</summary>
    public const string BlockSeparator = "\n\n";

    private readonly StringBuilder _text;
    private readonly List<Block> _blocks = new();
    private readonly List<Entity> _entities = new();
    private readonly List<Diagnostic> _diagnostics = new();

    /// <summary>Creates a builder for a document read from <paramref name="source"/> as <paramref name="mediaType"/>.</summary>
    /// <param name="source">The identity of the source document.</param>
    /// <param name="mediaType">The media type the document is read as.</param>
    /// <param name="capacity">The expected length of the text, to avoid regrowing the buffer.</param>
    public DocumentBuilder(Uri source, string mediaType, int capacity = 256)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(mediaType);
        Source = source;
        MediaType = mediaType;
        _text = new StringBuilder(Math.Max(16, capacity));
    }

    /// <summary>The identity of the source document.</summary>
    public Uri Source { get; }

    /// <summary>The media type the document is read as.</summary>
    public string MediaType { get; }

    /// <summary>The metadata, filled in by the reader.</summary>
    public DocumentMetadata Metadata { get; } = new();

    /// <summary>The length of the text written so far.</summary>
    public int Length => _text.Length;

    /// <summary>The blocks added so far.</summary>
    public IReadOnlyList<Block> Blocks => _blocks;

    /// <summary>The diagnostics added so far.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>
    /// Appends a block. Returns <see langword="null"/> and adds nothing when <paramref name="text"/> is empty.
    /// </summary>
    /// <param name="kind">The structural role.</param>
    /// <param name="text">The block's text, already normalized by the reader.</param>
    /// <param name="level">The heading level or list depth.</param>
    /// <param name="sourceRange">Where the block came from in the decoded source text.</param>
    /// <param name="page">The 1-based page number (paged formats).</param>
    /// <param name="bounds">The bounding box on the page (paged formats).</param>
    /// <returns>The block, whose <see cref="Block.Start"/> lets the reader place entities inside it.</returns>
    public Block? AddBlock(
        BlockKind kind,
        ReadOnlySpan<char> text,
        int? level = null,
        SourceRange? sourceRange = null,
        int? page = null,
        BoundingBox? bounds = null)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        if (_text.Length > 0)
        {
            _text.Append(BlockSeparator);
        }

        var block = new Block(kind, _text.Length, text.Length)
        {
            Level = level,
            SourceRange = sourceRange,
            Page = page,
            Bounds = bounds,
        };
        _text.Append(text);
        _blocks.Add(block);
        return block;
    }

    /// <summary>Adds an entity (for example a link) over a range of the text written so far.</summary>
    /// <param name="entity">The entity.</param>
    public void AddEntity(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _entities.Add(entity);
    }

    /// <summary>Adds a diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    public void AddDiagnostic(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _diagnostics.Add(diagnostic);
    }

    /// <summary>Adds a diagnostic.</summary>
    /// <param name="severity">How serious it is.</param>
    /// <param name="code">A stable code such as <c>text.encoding.fallback</c>.</param>
    /// <param name="message">A message for people.</param>
    /// <param name="location">Where in the source, for example <c>page 3</c> or <c>byte 1024</c>.</param>
    public void AddDiagnostic(DiagnosticSeverity severity, string code, string message, string? location = null)
        => AddDiagnostic(new Diagnostic(severity, code, message) { Location = location });

    /// <summary>Creates the document.</summary>
    public Document Build()
    {
        var document = new Document(Source, MediaType, _text.ToString(), _blocks.ToArray(), Metadata);
        foreach (var entity in _entities)
        {
            document.Entities.Add(entity);
        }

        foreach (var diagnostic in _diagnostics)
        {
            document.Diagnostics.Add(diagnostic);
        }

        return document;
    }
}
