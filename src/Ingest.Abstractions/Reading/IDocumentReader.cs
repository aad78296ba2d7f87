namespace Ingest;

/// <summary>
/// Reads the bytes of one source document in a given format into a <see cref="Document"/>.
/// </summary>
/// <remarks>
/// Readers are registered with <see cref="IngestBuilderExtensions.AddReader{TReader}(IIngestBuilder, int)"/>.
/// When several readers declare the same format, the one registered with the highest priority reads it.
/// A reader must not throw for bad input: it reports what it could not read as diagnostics on the document,
/// and throws only <see cref="DocumentReadException"/> (or <see cref="OperationCanceledException"/>) when nothing can be read.
/// </remarks>
public interface IDocumentReader
{
    /// <summary>A short name shown in results and summaries (<c>text</c>, <c>html</c>, <c>pdf</c>).</summary>
    string Name { get; }

    /// <summary>The formats this reader reads.</summary>
    IReadOnlyList<DocumentFormat> Formats { get; }

    /// <summary>Reads <paramref name="content"/> into a document.</summary>
    /// <param name="content">The content, positioned at its start. It may not be seekable; the reader does not dispose it.</param>
    /// <param name="context">The source document, the detected media type and the limits in force.</param>
    /// <param name="cancellationToken">Cancels reading; the pipeline also cancels it when the document's time budget runs out.</param>
    ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default);
}
