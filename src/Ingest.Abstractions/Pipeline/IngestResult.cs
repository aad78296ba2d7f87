namespace Ingest;

/// <summary>The outcome of ingesting one source document. Every input produces exactly one result.</summary>
public sealed class IngestResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="source">The identity of the source document.</param>
    /// <param name="index">The position of the source document in the input, from 0.</param>
    /// <param name="status">How ingestion ended.</param>
    /// <param name="document">The document, or <see langword="null"/> when ingestion failed.</param>
    /// <param name="diagnostics">Everything that went wrong or was worked around.</param>
    public IngestResult(Uri source, long index, IngestStatus status, Document? document, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        Source = source;
        Index = index;
        Status = status;
        Document = document;
        Diagnostics = diagnostics;
    }

    /// <summary>The identity of the source document.</summary>
    public Uri Source { get; }

    /// <summary>The position of the source document in the input, from 0; results come in this order unless the pipeline is told to give them as they finish (<c>IngestOptions.EnsureOrdered</c>).</summary>
    public long Index { get; }

    /// <summary>How ingestion ended.</summary>
    public IngestStatus Status { get; }

    /// <summary>The document, or <see langword="null"/> when ingestion failed.</summary>
    public Document? Document { get; }

    /// <summary>Everything that went wrong or was worked around, from every stage.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The media type the content was detected as, when detection ran.</summary>
    public string? MediaType { get; init; }

    /// <summary>The name of the reader that read the document, when one ran.</summary>
    public string? Reader { get; init; }

    /// <summary>The names of the normalizers that ran, in order.</summary>
    public IReadOnlyList<string> Normalizers { get; init; } = Array.Empty<string>();

    /// <summary>The number of bytes read from the source.</summary>
    public long BytesRead { get; init; }

    /// <summary>How long ingestion of this document took.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>
    /// The identity of the container this document was found in (an archive, an e-mail), or <see langword="null"/> for a
    /// document of the input itself.
    /// </summary>
    public Uri? Parent { get; init; }

    /// <summary>The path of this document inside <see cref="Parent"/> (<c>docs/report.docx</c>), or <see langword="null"/> for a document of the input.</summary>
    public string? PathInParent { get; init; }

    /// <summary>How deep this document lies in containers: 0 for a document of the input, 1 for a child of one, 2 for a grandchild.</summary>
    public int Depth { get; init; }
}
